import { useMemo, useRef, useState, type FormEvent } from 'react';
import { AGENDA_2030_GOALS, agendaGoal } from '../../../domain/plan-content/agenda2030';
import type { PlanAgendaGoal } from '../../../shared/plan-content-types';
import { useAgendaGoals, useSetNodeAgendaGoals } from '../../api/plan-content-queries';
import { useScorecard } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { SelectField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { nodeOptions, type NodeOption } from './planNodes';
import { PlanContentLinks } from './PlanContentLinks';

/** The plan's Agenda 2030 goals by dimension, the goals linked to each node, and (for editors) a form to link them. */
export function AgendaPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const agenda = useAgendaGoals(planId);
  const scorecard = useScorecard(planId, null);
  const plan = scorecard.data?.plan;
  useDocumentTitle(plan ? `${t('agenda.title')} – ${plan.title}` : null);
  const nodes = useMemo(() => (scorecard.data ? nodeOptions(scorecard.data.nodes, scorecard.data.model, lang) : []), [scorecard.data, lang]);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (agenda.isPending || scorecard.isPending) return <Loading />;
  if (agenda.isError) return <ErrorMessage error={agenda.error} onRetry={() => void agenda.refetch()} />;
  const { planGoals, nodeGoals, canEdit } = agenda.data;
  const dimensions = [...new Set(planGoals.map((g) => g.dimension))];
  const linked = nodeGoals.map((n) => ({ node: nodes.find((o) => o.id === n.nodeId), goals: n.goals })).filter((n) => n.node !== undefined);

  return (
    <div className="page agenda">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: plan?.title ?? t('measure.plan') }]} current={t('agenda.title')} />
      <h1>{t('agenda.title')}</h1>
      <p className="lead">{t('agenda.intro')}</p>
      <PlanContentLinks planId={planId} organisationId={plan?.organisationId} />

      <section aria-labelledby="agenda-plan-goals">
        <h2 id="agenda-plan-goals">{t('agenda.planGoals')}</h2>
        {planGoals.length === 0 && <p>{t('agenda.noPlanGoals')}</p>}
        {dimensions.map((dimension) => (
          <div key={dimension} className="agenda-dimension">
            {dimension && <h3>{dimension}</h3>}
            <ul className="agenda-goal-list">
              {planGoals.filter((g: PlanAgendaGoal) => g.dimension === dimension).map((g) => (
                <li key={g.goal} className={`agenda-chip agenda-goal-${g.goal}`}>
                  {t('agenda.goalName', { number: g.goal, name: g.name[lang] })}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="agenda-node-goals">
        <h2 id="agenda-node-goals">{t('agenda.nodeGoals')}</h2>
        {linked.length === 0 ? (
          <p>{t('agenda.noNodeGoals')}</p>
        ) : (
          <ScrollRegion label={t('agenda.nodeGoalsCaption')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('agenda.nodeGoalsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agenda.col.node')}</th>
                  <th scope="col">{t('agenda.col.goals')}</th>
                </tr>
              </thead>
              <tbody>
                {linked.map(({ node, goals }) => (
                  <tr key={node!.id}>
                    <th scope="row">{node!.label}</th>
                    <td>{goals.map((g) => t('agenda.goalName', { number: g, name: agendaGoal(g)?.name[lang] ?? '' })).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {canEdit && nodes.length > 0 && <LinkGoalsForm planId={planId} nodes={nodes} nodeGoals={nodeGoals} planGoals={planGoals} />}
      </section>
    </div>
  );
}

interface LinkGoalsFormProps {
  planId: number;
  nodes: NodeOption[];
  nodeGoals: { nodeId: number; goals: number[] }[];
  planGoals: PlanAgendaGoal[];
}

/** Chooses a node and the goals it contributes to; the plan's own goals are marked. */
function LinkGoalsForm({ planId, nodes, nodeGoals, planGoals }: LinkGoalsFormProps) {
  const { t, lang } = useT();
  const save = useSetNodeAgendaGoals(planId);
  const [nodeId, setNodeId] = useState('');
  const [goals, setGoals] = useState<number[]>([]);
  const [nodeError, setNodeError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const own = new Set(planGoals.map((g) => g.goal));

  const chooseNode = (value: string) => {
    setNodeId(value);
    setGoals(nodeGoals.find((n) => String(n.nodeId) === value)?.goals ?? []);
    setSaved('');
  };
  const toggle = (goal: number) => setGoals((g) => (g.includes(goal) ? g.filter((x) => x !== goal) : [...g, goal].sort((a, b) => a - b)));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setFormError(null);
    if (!nodeId) {
      setNodeError(t('agenda.nodeRequired'));
      formRef.current?.querySelector<HTMLElement>('select')?.focus();
      return;
    }
    setNodeError(undefined);
    const node = nodes.find((n) => String(n.id) === nodeId);
    save.mutate(
      { nodeId: Number(nodeId), goals },
      {
        onSuccess: (result) => setSaved(t('agenda.saved', { title: node?.title ?? '', count: result.goals.length })),
        onError: (error) => setFormError(error.message || t('agenda.failed')),
      },
    );
  };

  return (
    <form ref={formRef} className="form card agenda-form" onSubmit={onSubmit} noValidate>
      <h3>{t('agenda.linkTitle')}</h3>
      <SelectField
        label={t('agenda.node')}
        error={nodeError}
        value={nodeId}
        onChange={chooseNode}
        options={[{ value: '', label: t('agenda.chooseNode') }, ...nodes.map((n) => ({ value: String(n.id), label: `${'– '.repeat(n.depth)}${n.label}` }))]}
      />
      <fieldset className="checkbox-grid">
        <legend>{t('agenda.goals')}</legend>
        {AGENDA_2030_GOALS.map((g) => (
          <label key={g.number} className="checkbox">
            <input type="checkbox" checked={goals.includes(g.number)} onChange={() => toggle(g.number)} />{' '}
            {t('agenda.goalName', { number: g.number, name: g.name[lang] })}
            {own.has(g.number) && <span className="meta"> ({t('agenda.planGoalMark')})</span>}
          </label>
        ))}
      </fieldset>
      <FormFooter error={formError} pending={save.isPending} submitLabel={t('agenda.save')} pendingLabel={t('agenda.saving')} success={saved} />
    </form>
  );
}
