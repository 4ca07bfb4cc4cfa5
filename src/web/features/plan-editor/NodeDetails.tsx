import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { AGENDA_2030_GOALS } from '../../../domain/plan-content/agenda2030';
import type { NodeInfo } from '../../../shared/authoring-schemas';
import type { ScorecardNode } from '../../../shared/api-types';
import { useOrganisationUsers, useScorecard } from '../../api/queries';
import { Field } from '../../components/Field';
import { Loading, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { nodeOptions } from '../plan-content/planNodes';
import { useNodeInfo, useUpdateNode } from './api';
import { EditError } from './EditError';
import { usePlanEditorState } from './PlanEditorContext';

/** "Detaljer" under a part of the plan: responsible bodies and person, Agenda 2030 goals and the part of the plan above that it serves. */
export function NodeDetails({ node }: { node: ScorecardNode }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="node-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-focus-key={`${node.id}:details`}>
        {t('planEditor.details.summary')}
        <span className="visually-hidden"> {t('planEditor.details.summaryOf', { title: node.title })}</span>
      </summary>
      {open && <DetailsLoader node={node} />}
    </details>
  );
}

function DetailsLoader({ node }: { node: ScorecardNode }) {
  const info = useNodeInfo(node.id, true);
  if (!info.data) return info.isError ? <EditError error={info.error} /> : <Loading />;
  // Not keyed by version: after "Ladda om" the choices made stay, and are sent with the new version.
  return <DetailsForm node={node} info={info.data} />;
}

function DetailsForm({ node, info }: { node: ScorecardNode; info: NodeInfo }) {
  const { t, lang } = useT();
  const editor = usePlanEditorState()!;
  const update = useUpdateNode(editor.planId);
  const orgId = editor.info?.organisationId ?? Number.NaN;
  const users = useOrganisationUsers(orgId);
  const parentPlan = editor.info?.parentPlan ?? null;
  const above = useScorecard(parentPlan?.id ?? Number.NaN, null);
  const [bodies, setBodies] = useState<string[]>(info.bodies);
  const [person, setPerson] = useState(info.responsible ? String(info.responsible.id) : '');
  const [goals, setGoals] = useState<number[]>(info.agendaGoals);
  const [serves, setServes] = useState(info.serves ? String(info.serves.id) : '');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const toggle = <V,>(list: V[], value: V, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (update.isPending) return;
    setError(null);
    setSaved('');
    try {
      await update.mutateAsync({
        nodeId: node.id,
        body: {
          bodies,
          agendaGoals: [...goals].sort((a, b) => a - b),
          ...(users.data ? { responsibleUserId: person ? Number(person) : null } : {}),
          ...(parentPlan ? { servesNodeId: serves ? Number(serves) : null } : {}),
          version: info.version,
        },
      });
      setSaved(t('planEditor.details.saved'));
    } catch (caught) {
      setError(caught);
    }
  }

  const servesOptions = above.data ? nodeOptions(above.data.nodes, above.data.model, lang) : [];
  return (
    <form className="form node-details-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('planEditor.details.bodies')}</legend>
        {editor.model.bodies.length === 0 && <p>{t('planEditor.details.noBodies')}</p>}
        {editor.model.bodies.map((b) => (
          <label key={b.code} className="checkbox">
            <input type="checkbox" checked={bodies.includes(b.code)} onChange={(e) => setBodies(toggle(bodies, b.code, e.target.checked))} /> {b.name[lang]} ({b.code})
          </label>
        ))}
      </fieldset>
      {users.data ? (
        <Field label={t('planEditor.details.person')}>
          <select value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{t('planEditor.details.nobody')}</option>
            {users.data.map((u) => (
              <option key={u.id} value={String(u.id)}>
                {u.name || u.email}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        info.responsible && <p>{t('planEditor.details.personHidden', { name: info.responsible.name })}</p>
      )}
      <fieldset className="agenda-goal-choices">
        <legend>{t('planEditor.details.agenda')}</legend>
        {AGENDA_2030_GOALS.map((g) => (
          <label key={g.number} className="checkbox">
            <input type="checkbox" checked={goals.includes(g.number)} onChange={(e) => setGoals(toggle(goals, g.number, e.target.checked))} />{' '}
            {t('planEditor.details.agendaGoal', { number: g.number, name: g.name[lang] })}
          </label>
        ))}
      </fieldset>
      {parentPlan && (
        <Field label={t('planEditor.details.serves')} hint={t('planEditor.details.servesHint', { plan: parentPlan.title, organisation: parentPlan.organisationName })}>
          <select value={serves} onChange={(e) => setServes(e.target.value)}>
            <option value="">{t('planEditor.details.servesNone')}</option>
            {info.serves && !servesOptions.some((o) => o.id === info.serves!.id) && <option value={String(info.serves.id)}>{info.serves.name}</option>}
            {servesOptions.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {'\u00a0\u00a0'.repeat(o.depth)}
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <p>
        <Link href={`/plan-nodes/${node.id}/cascade`}>
          {t('planEditor.details.cascade')}
          <span className="visually-hidden"> {t('planEditor.details.cascadeOf', { title: node.title })}</span>
        </Link>
      </p>
      <EditError error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-small" aria-disabled={update.isPending || undefined}>
          {update.isPending ? t('planEditor.saving') : t('planEditor.details.save')}
        </button>
        <SuccessMessage message={saved} />
      </div>
    </form>
  );
}
