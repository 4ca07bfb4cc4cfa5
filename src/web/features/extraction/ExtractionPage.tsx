import { type FormEvent, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { TableBlock } from '../../../domain/extraction/blocks';
import type { ExtractionMapping } from '../../../domain/extraction/mapping';
import { headerOf } from '../../../domain/extraction/propose';
import type { ProposedMeasure, ProposedNode } from '../../../domain/extraction/proposal';
import type { DraftCreated, ExtractionView } from '../../../shared/contracts/extraction';
import { isApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { ErrorMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useCreateDraft, useProposal, useSaveProfile, useUploadDocument } from './api';
import { ColumnsPanel, headerRowOf } from './ColumnsPanel';
import { ProposedModelPanel } from './ProposedModelPanel';

const EMPTY: ExtractionMapping = { levels: {}, columns: {}, skipRows: [], cellEdits: {} };

/**
 * Reading a plan document: upload, then the document beside the proposed plan, the level and
 * column mapping, rows to skip, cells to correct, the plan's name and years; then a draft plan.
 */
export function ExtractionPage({ orgId }: { orgId: number }) {
  const { t, lang } = useT();
  useDocumentTitle(t('extraction.title'));
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [view, setView] = useState<ExtractionView | null>(null);
  const [mapping, setMapping] = useState<ExtractionMapping>(EMPTY);
  const [title, setTitle] = useState('');
  const [years, setYears] = useState({ start: new Date().getFullYear(), end: new Date().getFullYear() });
  const [selected, setSelected] = useState<number | null>(null);
  const [profileName, setProfileName] = useState('');
  const [draft, setDraft] = useState<DraftCreated | null>(null);
  const upload = useUploadDocument(orgId);
  const propose = useProposal();
  const saveProfile = useSaveProfile(orgId);
  const createDraft = useCreateDraft();
  const profileSelectId = useId();
  const [profileId, setProfileId] = useState('');

  const adopt = (v: ExtractionView, m: ExtractionMapping) => {
    setView(v);
    setMapping(m);
    if (v.proposal.title && title === '') setTitle(v.proposal.title);
    if (v.proposal.years && !m.years) setYears(v.proposal.years);
  };

  const onUpload = (e: FormEvent) => {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    setFileMissing(!file);
    if (!file) {
      fileRef.current?.focus();
      return;
    }
    setDraft(null);
    setTitle('');
    upload.mutate(file, { onSuccess: (v) => adopt(v, EMPTY) });
  };
  const refresh = (m: ExtractionMapping) => {
    if (!view) return;
    setMapping(m);
    propose.mutate({ id: view.id, mapping: m }, { onSuccess: (v) => setView(v) });
  };
  const show = (block: number) => {
    setSelected(block);
    requestAnimationFrame(() => document.getElementById(`block-${block}`)?.focus());
  };

  const levelName = (key: string | number) => view?.levels.find((l) => l.key === key)?.name[lang] ?? String(key);
  const cells = (obj: Record<string, string>) =>
    Object.entries(obj)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ') || '–';
  const renderMeasure = (m: ProposedMeasure) => (
    <li key={`${m.at.block}:${m.at.row}`} className={selected === m.at.block ? 'extract-selected' : undefined}>
      <button type="button" className="link-button" onClick={() => show(m.at.block)} aria-label={t('extraction.showInSource', { name: m.name })}>
        {m.name}
      </button>
      <span className="muted">
        {' '}
        — {t('extraction.measureCells', { baseline: m.baseline ?? '–', targets: cells(m.targets), outcomes: cells(m.outcomes) })}
        {m.responsible !== undefined && ` · ${t('extraction.responsibleShort', { name: m.responsible })}`}
      </span>
    </li>
  );
  const renderNode = (n: ProposedNode) => (
    <li key={`${n.at.block}-${n.name}`}>
      <span className="extract-level">{levelName(n.level)}</span>{' '}
      <button type="button" className="link-button" onClick={() => show(n.at.block)} aria-label={t('extraction.showInSource', { name: n.name })}>
        {n.name}
      </button>
      {n.measures.length > 0 && <ul>{n.measures.map(renderMeasure)}</ul>}
      {n.children.length > 0 && <ul>{n.children.map(renderNode)}</ul>}
    </li>
  );

  const tables = view ? view.blocks.filter((b): b is TableBlock => b.kind === 'table') : [];
  const measureTables = tables.filter((b) => headerOf(b, mapping) !== null);
  const tableNumber = (b: TableBlock) => tables.indexOf(b) + 1;

  const onDraft = (e: FormEvent) => {
    e.preventDefault();
    if (!view) return;
    const m = { ...mapping, years };
    createDraft.mutate({ id: view.id, mapping: m, title: title.trim(), startYear: years.start, endYear: years.end }, { onSuccess: (d) => setDraft(d) });
  };

  return (
    <div className="page extraction">
      <h1>{t('extraction.title')}</h1>
      <p>{t('extraction.intro')}</p>
      <form className="card" onSubmit={onUpload} noValidate>
        <Field label={t('extraction.file')} hint={t('extraction.fileHint')} error={fileMissing ? t('extraction.fileRequired') : undefined}>
          <input ref={fileRef} type="file" name="file" accept=".docx,.pdf,.xlsx,.csv,.html,.htm,.txt,.md" />
        </Field>
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending ? t('extraction.uploading') : t('extraction.upload')}
        </button>
        {upload.isError && <ErrorMessage error={upload.error} />}
        {view && (
          <p role="status">{t('extraction.read', { file: view.fileName, format: view.format.toUpperCase(), blocks: view.blocks.length })}</p>
        )}
      </form>

      {view && view.profiles.length > 0 && (
        <div className="card">
          <label htmlFor={profileSelectId}>{t('extraction.profile')}</label>
          <select id={profileSelectId} value={profileId} onChange={(e) => setProfileId(e.target.value)}>
            <option value="">{t('extraction.profileNone')}</option>
            {view.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            className="button button-secondary"
            disabled={profileId === ''}
            onClick={() => {
              const p = view.profiles.find((x) => String(x.id) === profileId);
              if (p) {
                if (p.mapping.years) setYears(p.mapping.years);
                refresh({ ...EMPTY, ...p.mapping });
              }
            }}
          >
            {t('extraction.applyProfile')}
          </button>
        </div>
      )}

      {view && (
        <>
          <div className="extract-columns">
            <section className="card extract-source" aria-labelledby="extract-source-heading">
              <h2 id="extract-source-heading">{t('extraction.source')}</h2>
              <p className="field-hint">{t('extraction.sourceHint')}</p>
              {/* The list scrolls within its box: focusable, so a keyboard can scroll a long document too. */}
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1) */}
              <ol className="extract-blocks" tabIndex={0} aria-labelledby="extract-source-heading">
                {view.blocks.map((b) => {
                  const isMeasureTable = b.kind === 'table' && measureTables.includes(b);
                  const headerRow = b.kind === 'table' ? headerRowOf(b, mapping) : 0;
                  return (
                    <li key={b.index} id={`block-${b.index}`} tabIndex={-1} className={selected === b.index ? 'extract-highlight' : undefined} aria-current={selected === b.index ? 'true' : undefined}>
                      {b.kind === 'heading' && <strong>{b.text}</strong>}
                      {b.kind === 'paragraph' && <span>{b.text}</span>}
                      {b.kind === 'list-item' && <span style={{ paddingLeft: `${b.depth + 1}em` }}>• {b.text}</span>}
                      {b.kind === 'page' && <span className="muted">— {b.number} —</span>}
                      {b.kind === 'table' && (
                        <div className="table-scroll">
                          <table>
                            <caption>{t('extraction.tableCaption', { n: tableNumber(b) })}</caption>
                            <tbody>
                              {b.rows.map((row, r) => (
                                <tr key={r}>
                                  {isMeasureTable && (
                                    <td>
                                      {r > headerRow && (
                                        <input
                                          type="checkbox"
                                          aria-label={t('extraction.skipRow', { row: r })}
                                          checked={mapping.skipRows.includes(`${b.index}:${r}`)}
                                          onChange={(e) =>
                                            refresh({
                                              ...mapping,
                                              skipRows: e.target.checked ? [...mapping.skipRows, `${b.index}:${r}`] : mapping.skipRows.filter((x) => x !== `${b.index}:${r}`),
                                            })
                                          }
                                        />
                                      )}
                                    </td>
                                  )}
                                  {row.map((cell, c) =>
                                    isMeasureTable && r > headerRow ? (
                                      <td key={c}>
                                        <input
                                          type="text"
                                          aria-label={t('extraction.cell', { row: r, column: b.rows[headerRow]?.[c] || String(c + 1) })}
                                          defaultValue={mapping.cellEdits[`${b.index}:${r}:${c}`] ?? cell}
                                          onBlur={(e) => {
                                            const key = `${b.index}:${r}:${c}`;
                                            const edits = { ...mapping.cellEdits };
                                            if (e.target.value === cell) delete edits[key];
                                            else edits[key] = e.target.value;
                                            if ((mapping.cellEdits[key] ?? cell) !== e.target.value) refresh({ ...mapping, cellEdits: edits });
                                          }}
                                        />
                                      </td>
                                    ) : (
                                      <td key={c}>{cell}</td>
                                    ),
                                  )}
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ol>
            </section>

            <section className="card extract-proposal" aria-labelledby="extract-proposal-heading">
              <h2 id="extract-proposal-heading">{t('extraction.proposal')}</h2>
              {view.proposal.nodes.length === 0 ? <p>{t('extraction.noNodes')}</p> : <ul className="extract-tree">{view.proposal.nodes.map(renderNode)}</ul>}
              {view.proposal.measures.length > 0 && (
                <>
                  <h3>{t('extraction.looseMeasures')}</h3>
                  <ul>{view.proposal.measures.map(renderMeasure)}</ul>
                </>
              )}
              {view.proposal.notFound.length > 0 && (
                <>
                  <h3>{t('extraction.notFound')}</h3>
                  <ul>
                    {view.proposal.notFound.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                </>
              )}
              {view.proposal.skipped.length > 0 && (
                <details>
                  <summary>
                    {t('extraction.skipped')} ({view.proposal.skipped.length})
                  </summary>
                  <ul>
                    {view.proposal.skipped.map((s, i) => (
                      <li key={i}>{s}</li>
                    ))}
                  </ul>
                </details>
              )}
            </section>
          </div>

          <section className="card" aria-labelledby="extract-levels-heading">
            <h2 id="extract-levels-heading">{t('extraction.levels')}</h2>
            {view.kinds.map((k) => (
              <Field key={k.kind} label={t('extraction.levelFor', { kind: k.kind, count: k.count, example: k.example.slice(0, 60) })}>
                <select
                  value={mapping.levels[k.kind] ?? ''}
                  onChange={(e) => {
                    const levels = { ...mapping.levels };
                    if (e.target.value === '') delete levels[k.kind];
                    else levels[k.kind] = e.target.value;
                    refresh({ ...mapping, levels });
                  }}
                >
                  <option value="">{t('extraction.levelKeep')}</option>
                  {view.levels.map((l) => (
                    <option key={l.key} value={l.key}>
                      {l.name[lang]}
                    </option>
                  ))}
                  <option value="skip">{t('extraction.levelSkip')}</option>
                </select>
              </Field>
            ))}
          </section>

          {view.proposedModel && <ProposedModelPanel key={view.id} orgId={orgId} proposed={view.proposedModel} levels={view.levels} mapping={mapping} onMap={refresh} />}

          {tables.length > 0 && <ColumnsPanel tables={tables} tableNumber={tableNumber} mapping={mapping} years={years} onChange={refresh} />}
          {propose.isPending && <p role="status">{t('extraction.refreshing')}</p>}
          {propose.isError && <ErrorMessage error={propose.error} />}

          <form className="card" onSubmit={onDraft} aria-labelledby="extract-plan-heading" noValidate>
            <h2 id="extract-plan-heading">{t('extraction.planStep')}</h2>
            <Field label={t('extraction.planTitle')}>
              <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
            </Field>
            <Field label={t('extraction.startYear')}>
              <input type="number" inputMode="numeric" value={years.start} onChange={(e) => setYears({ ...years, start: Number(e.target.value) })} />
            </Field>
            <Field label={t('extraction.endYear')}>
              <input type="number" inputMode="numeric" value={years.end} onChange={(e) => setYears({ ...years, end: Number(e.target.value) })} />
            </Field>
            <button type="submit" className="button" disabled={createDraft.isPending}>
              {createDraft.isPending ? t('extraction.creating') : t('extraction.createDraft')}
            </button>
            {createDraft.isError && (
              <ErrorMessage error={createDraft.error}>
                {isApiError(createDraft.error) && createDraft.error.details.length > 0 && (
                  <>
                    <p>{t('extraction.problems')}</p>
                    <ul>
                      {createDraft.error.details.map((d) => (
                        <li key={d.path + d.message}>{d.message}</li>
                      ))}
                    </ul>
                  </>
                )}
              </ErrorMessage>
            )}
            {draft && (
              <div role="status">
                <p>{t('extraction.created', { nodes: draft.nodes, measures: draft.measures, values: draft.values })}</p>
                {draft.owners > 0 && <p>{t('extraction.createdOwners', { owners: draft.owners })}</p>}
                {draft.skippedCells.length > 0 && (
                  <>
                    <p>{t('extraction.skippedCells')}</p>
                    <ul>
                      {draft.skippedCells.map((c) => (
                        <li key={`${c.path}:${c.period}`}>{t('extraction.skippedCell', { measure: c.measure, period: c.period, text: c.text })}</li>
                      ))}
                    </ul>
                  </>
                )}
                <p>
                  <Link href={`/plans/${draft.planId}`}>{t('extraction.openDraft')}</Link>
                </p>
              </div>
            )}
          </form>

          <form
            className="card"
            onSubmit={(e) => {
              e.preventDefault();
              if (profileName.trim() !== '') saveProfile.mutate({ name: profileName.trim(), mapping: { ...mapping, years } });
            }}
          >
            <Field label={t('extraction.profileName')}>
              <input type="text" value={profileName} onChange={(e) => setProfileName(e.target.value)} />
            </Field>
            <button type="submit" className="button button-secondary" disabled={saveProfile.isPending}>
              {t('extraction.saveProfile')}
            </button>
            {saveProfile.isError && <ErrorMessage error={saveProfile.error} />}
            {saveProfile.data && <p role="status">{t('extraction.profileSaved', { name: saveProfile.data.name, version: saveProfile.data.version })}</p>}
          </form>
        </>
      )}
    </div>
  );
}
