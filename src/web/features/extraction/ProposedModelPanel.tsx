import { useState } from 'react';
import type { ProposedGovernanceModel } from '../../../domain/extraction/governance-proposal';
import type { ExtractionMapping } from '../../../domain/extraction/mapping';
import { matchProposedLevels, shippedModelFor } from '../../../domain/extraction/proposed-model-match';
import type { ExtractionView } from '../../../shared/contracts/extraction';
import { useGovernanceTemplates } from '../../api/queries';
import { Field } from '../../components/Field';
import { ErrorMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useModelUsage, useSaveModel } from '../model/api';

interface Props {
  orgId: number;
  proposed: ProposedGovernanceModel;
  levels: ExtractionView['levels'];
  mapping: ExtractionMapping;
  onMap: (mapping: ExtractionMapping) => void;
}

/**
 * The governance model a document describes (seed 004's "Modell för Balanserad styrning"): its
 * statements, its levels in order with their questions, its measures and action plan. The user
 * maps each level to one of the organisation's (kept in the mapping and so in the profile), or
 * adopts the shipped model it is as the organisation's own.
 */
export function ProposedModelPanel({ orgId, proposed, levels, mapping, onMap }: Props) {
  const { t, lang } = useT();
  const matches = matchProposedLevels(proposed, levels);
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(matches.map((m) => [m.kind, mapping.levels[m.kind] ?? m.levelKey ?? ''])),
  );
  const templates = useGovernanceTemplates();
  const shipped = templates.data ? shippedModelFor(proposed, templates.data) : null;
  const usage = useModelUsage(orgId, shipped !== null);
  const save = useSaveModel(orgId);

  const applyMapping = () => {
    const next = { ...mapping.levels };
    for (const m of matches) {
      const key = chosen[m.kind] ?? '';
      if (key === '') delete next[m.kind];
      else next[m.kind] = key;
    }
    onMap({ ...mapping, levels: next });
  };

  return (
    <section className="card" aria-labelledby="extract-model-heading">
      <h2 id="extract-model-heading">{t('extraction.modelTitle')}</h2>
      <p>{proposed.name ? t('extraction.modelFound', { name: proposed.name }) : t('extraction.modelFoundUnnamed')}</p>
      {proposed.statements.length > 0 && (
        <dl>
          {proposed.statements.map((s) => (
            <div key={s.term}>
              <dt>{s.term}</dt>
              <dd>{s.text || '–'}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t('extraction.modelLevels')}</h3>
      <ol>
        {proposed.levels.map((l) => {
          const starters = proposed.starters.find((s) => s.level === l.term);
          return (
            <li key={l.term}>
              <strong>{l.term}</strong>
              {l.text !== '' && ` – ${l.text}`}
              {starters && ` (${starters.names.join(', ')})`}
              {l.carriesMeasures && <span className="muted"> · {t('extraction.modelCarriesMeasures')}</span>}
            </li>
          );
        })}
      </ol>
      {proposed.measureKind && (
        <p>
          {t('extraction.modelMeasures')}: <strong>{proposed.measureKind.term}</strong>
          {proposed.measureKind.text !== '' && ` – ${proposed.measureKind.text}`}
        </p>
      )}
      {proposed.actions && (
        <p>
          {t('extraction.modelActions')}: <strong>{proposed.actions.term}</strong>
          {proposed.actions.text !== '' && ` – ${proposed.actions.text}`}
        </p>
      )}

      <h3>{t('extraction.modelMapTitle')}</h3>
      <p className="field-hint">{t('extraction.modelMapHint')}</p>
      {matches.map((m) => (
        <Field key={m.kind} label={t('extraction.modelMapLevel', { term: m.term })}>
          <select value={chosen[m.kind] ?? ''} onChange={(e) => setChosen({ ...chosen, [m.kind]: e.target.value })}>
            <option value="">{t('extraction.modelMapNone')}</option>
            {levels.map((l) => (
              <option key={l.key} value={l.key}>
                {l.name[lang]}
              </option>
            ))}
          </select>
        </Field>
      ))}
      <button type="button" className="button button-secondary" onClick={applyMapping}>
        {t('extraction.modelMapApply')}
      </button>

      <h3>{t('extraction.modelAdoptTitle')}</h3>
      {shipped ? (
        <>
          <p>{t('extraction.modelShipped', { name: shipped.name[lang], levels: shipped.levels.map((l) => l.name[lang]).join(', ') })}</p>
          <button
            type="button"
            className="button"
            disabled={save.isPending || !usage.data}
            onClick={() => usage.data && save.mutate({ model: shipped, version: usage.data.version })}
          >
            {t('extraction.modelAdopt')}
          </button>
          {save.isError && <ErrorMessage error={save.error} />}
          {save.isSuccess && <p role="status">{t('extraction.modelAdopted', { name: shipped.name[lang] })}</p>}
        </>
      ) : (
        <p>{t('extraction.modelNoShipped')}</p>
      )}
    </section>
  );
}
