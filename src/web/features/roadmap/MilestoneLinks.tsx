import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { MilestoneLink, RoadmapMilestone, RoadmapVersionView } from '../../../shared/roadmap-types';
import { isApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { type LinkTarget, useLinkMilestone, useLinkTargets, useUnlinkMilestone } from './roadmap-api';

const targetOf = (l: MilestoneLink): LinkTarget => (l.kind === 'node' ? { planNodeId: l.id, measureId: null } : { planNodeId: null, measureId: l.id });

/** A link to what the milestone is linked to: a measure's page, or the node in its plan's scorecard. */
function LinkTo({ link }: { link: MilestoneLink }) {
  return <Link href={link.kind === 'measure' ? `/measures/${link.id}` : `/plans/${link.planId}#node-${link.id}`}>{link.title}</Link>;
}

/** The milestone's links to plan nodes and measures; editors add and remove them here. */
export function MilestoneLinks({ view, milestone }: { view: RoadmapVersionView; milestone: RoadmapMilestone }) {
  const { t } = useT();
  const unlink = useUnlinkMilestone(milestone.id);
  return (
    <>
      <h3>{t('roadmap.detail.links')}</h3>
      {milestone.links.length === 0 ? (
        <p>{t('roadmap.detail.noLinks')}</p>
      ) : (
        <ul>
          {milestone.links.map((l) => (
            <li key={`${l.kind}${l.id}`}>
              <LinkTo link={l} /> <span className="meta">({l.kind === 'node' ? t('roadmap.linkForm.nodeKind') : t('roadmap.linkForm.measureKind')})</span>
              {view.canEdit && (
                <button type="button" className="button button-secondary button-small rm-inline-button" onClick={() => unlink.mutate(targetOf(l))}>
                  <span aria-hidden="true">✕</span>
                  <span className="visually-hidden">{t('roadmap.linkForm.remove', { title: l.title })}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {unlink.isError && <p role="alert">{isApiError(unlink.error) ? unlink.error.message : String(unlink.error)}</p>}
      {view.canEdit && <LinkForm view={view} milestone={milestone} />}
    </>
  );
}

/** Links the milestone to one node or measure of the organisation's plans; without a plan it says so. */
function LinkForm({ view, milestone }: { view: RoadmapVersionView; milestone: RoadmapMilestone }) {
  const { t } = useT();
  const targets = useLinkTargets(view.version.id, true);
  const add = useLinkMilestone(milestone.id);
  const [choice, setChoice] = useState('');
  const [saved, setSaved] = useState('');
  if (targets.isPending) return <p>{t('roadmap.linkForm.loading')}</p>;
  if (targets.isError) return <p role="alert">{isApiError(targets.error) ? targets.error.message : String(targets.error)}</p>;
  if (targets.data.length === 0) return <p>{t('roadmap.linkForm.noPlan')}</p>;
  const linked = new Set(milestone.links.map((l) => `${l.kind}:${l.id}`));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    const [kind, id] = choice.split(':');
    if (!id) return;
    add.mutate(kind === 'node' ? { planNodeId: Number(id), measureId: null } : { planNodeId: null, measureId: Number(id) }, {
      onSuccess: () => {
        setChoice('');
        setSaved(t('roadmap.linkForm.saved'));
      },
    });
  };
  return (
    <form className="rm-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('roadmap.linkForm.legend')}</legend>
        <Field label={t('roadmap.linkForm.target')}>
          <select value={choice} onChange={(e) => setChoice(e.target.value)} required>
            <option value="">{t('roadmap.linkForm.choose')}</option>
            {targets.data.map((p) => (
              <optgroup key={p.id} label={p.title}>
                {p.nodes
                  .filter((n) => !linked.has(`node:${n.id}`))
                  .map((n) => (
                    <option key={`n${n.id}`} value={`node:${n.id}`}>
                      {t('roadmap.linkForm.nodeOption', { title: n.title })}
                    </option>
                  ))}
                {p.measures
                  .filter((m) => !linked.has(`measure:${m.id}`))
                  .map((m) => (
                    <option key={`m${m.id}`} value={`measure:${m.id}`}>
                      {t('roadmap.linkForm.measureOption', { title: m.name })}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <FormFooter
          error={add.isError ? (isApiError(add.error) ? add.error.message : String(add.error)) : null}
          pending={add.isPending}
          submitLabel={t('roadmap.linkForm.submit')}
          pendingLabel={t('app.saving')}
          success={saved}
        />
      </fieldset>
    </form>
  );
}
