import { useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { EFFECT_TAGS, MILESTONE_STATUSES } from '../../../domain/roadmap/types';
import type { RoadmapVersionView } from '../../../shared/roadmap-types';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { downloadPng } from './downloads';
import { filtersFromParams, matchesFilters, type RoadmapFilters } from './filters';
import { MapView } from './MapView';
import { MilestoneDetail } from './MilestoneDetail';
import { MilestoneEditForm } from './MilestoneForms';
import { MilestoneTable } from './MilestoneTable';
import { useCreateVersion, useRoadmapVersion } from './roadmap-api';
import { highlightFor } from './selection';

const FILTER_PARAMS: Record<keyof RoadmapFilters, string> = { focusArea: 'area', year: 'year', status: 'status', tag: 'tag' };

/** One version of a strategic map: the map or the table, filters, the selected milestone's path and detail, versions and downloads. */
export function RoadmapPage({ versionId }: { versionId: number }) {
  const { t } = useT();
  const query = useRoadmapVersion(versionId);
  useDocumentTitle(query.data ? t('roadmap.versionOf', { title: query.data.roadmap.title, year: query.data.version.year }) : null);
  if (!Number.isFinite(versionId)) return <ErrorMessage error={new Error('bad id')} />;
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <RoadmapVersion view={query.data} />;
}

function RoadmapVersion({ view }: { view: RoadmapVersionView }) {
  const { t, lang } = useT();
  const [, navigate] = useLocation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const mode = params.get('view') === 'table' ? 'table' : 'map';
  const selected = view.milestones.some((m) => m.key === params.get('m')) ? params.get('m') : null;
  const setParam = (name: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const select = (key: string | null) => setParam('m', key);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `filters` is a new object on every render; its fields are what change
  const shown = useMemo(() => view.milestones.filter((m) => matchesFilters(m, filters)), [view, filters.focusArea, filters.year, filters.status, filters.tag]);
  const highlight = useMemo(() => highlightFor(selected, view.edges), [selected, view.edges]);
  const selectedMilestone = view.milestones.find((m) => m.key === selected) ?? null;
  const createVersion = useCreateVersion(view.roadmap.id);
  const [pngError, setPngError] = useState<string | null>(null);
  const latest = view.versions.at(-1)!;
  const nextYear = Math.max(latest.year + 1, new Date().getFullYear());
  const years = [...new Set(view.milestones.map((m) => m.year).filter((y): y is number => y !== null))].sort();
  const areas = view.groups.flatMap((g) => g.focusAreas);
  const fileBase = `strategisk-karta-${view.version.year}`;
  const other = view.versions.find((v) => v.id !== view.version.id);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere on the page clears the selection; the keys come from the focusable controls inside
    <div
      className="page roadmap-page"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && selected) select(null);
      }}
    >
      <Breadcrumb trail={[{ href: '/roadmaps', label: t('roadmap.listTitle') }]} current={t('roadmap.versionOption', { year: view.version.year })} />
      <h1>{view.roadmap.title}</h1>
      <div className="toolbar rm-toolbar">
        <div className="field field-inline">
          <label htmlFor="rm-version">{t('roadmap.version')}</label>
          <select id="rm-version" value={view.version.id} onChange={(e) => navigate(`/roadmaps/versions/${e.target.value}${mode === 'table' ? '?view=table' : ''}`)}>
            {view.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {t('roadmap.versionOption', { year: v.year })}
                {v.basedOnVersionId ? ` (${t('roadmap.basedOn', { year: view.versions.find((b) => b.id === v.basedOnVersionId)?.year ?? '' })})` : ''}
              </option>
            ))}
          </select>
        </div>
        {view.canEdit && !view.versions.some((v) => v.year === nextYear) && (
          <button
            type="button"
            className="button"
            aria-disabled={createVersion.isPending || undefined}
            onClick={() => createVersion.mutate({ year: nextYear }, { onSuccess: (v) => navigate(`/roadmaps/versions/${v.id}`) })}
          >
            {createVersion.isPending ? t('roadmap.creatingVersion') : t('roadmap.newVersion', { year: nextYear })}
          </button>
        )}
        {other && (
          <Link className="button button-secondary" href={`/roadmaps/${view.roadmap.id}/compare?before=${Math.min(other.id, view.version.id)}&after=${Math.max(other.id, view.version.id)}`}>
            {t('roadmap.compare')}
          </Link>
        )}
      </div>
      {createVersion.isError && <ErrorMessage error={createVersion.error} />}

      <div className="rm-toolbar-row">
        {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields: <fieldset> would want a <legend> and bring the form's fieldset styles */}
        <div className="rm-view-switch" role="group" aria-label={t('roadmap.viewLabel')}>
          <button type="button" className="button button-secondary" aria-pressed={mode === 'map'} onClick={() => setParam('view', null)}>
            {t('roadmap.viewMap')}
          </button>
          <button type="button" className="button button-secondary" aria-pressed={mode === 'table'} onClick={() => setParam('view', 'table')}>
            {t('roadmap.viewTable')}
          </button>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields: <fieldset> would want a <legend> and bring the form's fieldset styles */}
        <div className="rm-downloads" role="group" aria-label={t('roadmap.downloads.label')}>
          <span className="meta" aria-hidden="true">
            {t('roadmap.downloads.label')}:
          </span>
          <button type="button" className="link-button" onClick={() => downloadPng(view.version.id, `${fileBase}.png`, lang).catch((e: Error) => setPngError(e.message))}>
            {t('roadmap.downloads.png')}
          </button>
          <a href={`/api/roadmap-versions/${view.version.id}/map.svg?lang=${lang}`} download={`${fileBase}.svg`}>
            {t('roadmap.downloads.svg')}
          </a>
          <a href={`/api/roadmap-versions/${view.version.id}/map.pdf?lang=${lang}`} download={`${fileBase}.pdf`}>
            {t('roadmap.downloads.pdf')}
          </a>
          <a href={`/api/roadmap-versions/${view.version.id}/tabell-1.docx`} download={`tabell-1-${view.version.year}.docx`}>
            {t('roadmap.downloads.docx')}
          </a>
        </div>
      </div>
      {pngError && <ErrorMessage error={new Error(pngError)} />}

      <fieldset className="rm-filters">
        <legend>{t('roadmap.filters')}</legend>
        <FilterSelect id="rm-f-area" label={t('roadmap.focusArea')} value={filters.focusArea} onChange={(v) => setParam(FILTER_PARAMS.focusArea, v)} all={t('roadmap.allFocusAreas')} options={areas.map((a) => [a.key, a.name])} />
        <FilterSelect
          id="rm-f-year"
          label={t('roadmap.year')}
          value={filters.year}
          onChange={(v) => setParam(FILTER_PARAMS.year, v)}
          all={t('roadmap.allYears')}
          options={[...years.map((y): [string, string] => [String(y), String(y)]), ...(view.milestones.some((m) => m.year === null) ? [['unscheduled', t('roadmap.unscheduled')] as [string, string]] : [])]}
        />
        <FilterSelect id="rm-f-status" label={t('roadmap.status')} value={filters.status} onChange={(v) => setParam(FILTER_PARAMS.status, v)} all={t('roadmap.allStatuses')} options={MILESTONE_STATUSES.map((s) => [s, t(`roadmap.statusName.${s}`)])} />
        <FilterSelect id="rm-f-tag" label={t('roadmap.effectTag')} value={filters.tag} onChange={(v) => setParam(FILTER_PARAMS.tag, v)} all={t('roadmap.allTags')} options={EFFECT_TAGS.map((tag) => [tag, `${tag} – ${t(`roadmap.tag.${tag}`)}`])} />
        <p className="toolbar-status" role="status">
          {t('roadmap.shown', { shown: shown.length, total: view.milestones.length })}
        </p>
      </fieldset>

      <p className="rm-selection" role="status" aria-live="polite">
        {selectedMilestone && highlight ? t('roadmap.map.selection', { title: selectedMilestone.title, before: highlight.before.size, after: highlight.after.size }) : t('roadmap.map.selectionNone')}
        {selectedMilestone && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => select(null)}>
              {t('roadmap.map.clear')}
            </button>
          </>
        )}
      </p>

      <div className={selectedMilestone ? 'rm-body rm-body-with-detail' : 'rm-body'}>
        <div className="rm-main">
          {mode === 'map' ? <MapView view={view} milestones={shown} highlight={highlight} onSelect={select} /> : <MilestoneTable view={view} milestones={shown} highlight={highlight} onSelect={select} />}
          <Legend />
        </div>
        {selectedMilestone && highlight && <MilestoneDetail view={view} milestone={selectedMilestone} highlight={highlight} onClose={() => select(null)} />}
      </div>
      {view.canEdit && (
        <details className="rm-add card">
          <summary>{t('roadmap.editForm.add')}</summary>
          <MilestoneEditForm view={view} milestone={null} />
        </details>
      )}
    </div>
  );
}

function FilterSelect({ id, label, value, onChange, all, options }: { id: string; label: string; value: string; onChange: (v: string) => void; all: string; options: [string, string][] }) {
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Legend() {
  const { t } = useT();
  return (
    <section className="rm-legend" aria-labelledby="rm-legend-title">
      <h2 id="rm-legend-title">{t('roadmap.legend.title')}</h2>
      <ul>
        <li>
          <svg width="44" height="10" aria-hidden="true" focusable="false">
            <line x1="2" y1="5" x2="42" y2="5" className="rm-edge" />
          </svg>{' '}
          {t('roadmap.legend.enables')}
        </li>
        <li>
          <svg width="44" height="10" aria-hidden="true" focusable="false">
            <line x1="2" y1="5" x2="42" y2="5" className="rm-edge rm-edge-dashed" />
          </svg>{' '}
          {t('roadmap.legend.leadsTo')}
        </li>
        <li>
          <span className="rm-legend-swatch rm-status-late" aria-hidden="true" /> {t('roadmap.legend.late')}
        </li>
        <li>
          <span className="rm-legend-swatch rm-status-reached" aria-hidden="true" /> {t('roadmap.legend.reached')}
        </li>
        <li>{t('roadmap.legend.path')}</li>
      </ul>
    </section>
  );
}
