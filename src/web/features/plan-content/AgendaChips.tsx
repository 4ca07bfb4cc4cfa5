import { useParams } from 'wouter';
import { agendaGoal } from '../../../domain/plan-content/agenda2030';
import { useAgendaGoals } from '../../api/plan-content-queries';
import { useT } from '../../i18n';

/** The Agenda 2030 goals a scorecard node is linked to, as small labelled chips; nothing when none. */
export function AgendaChips({ nodeId, title }: { nodeId: number; title: string }) {
  const { t, lang } = useT();
  const planId = Number(useParams<{ planId: string }>().planId);
  const agenda = useAgendaGoals(planId);
  const goals = agenda.data?.nodeGoals.find((n) => n.nodeId === nodeId)?.goals ?? [];
  if (goals.length === 0) return null;
  return (
    <ul className="agenda-chips" aria-label={t('agenda.chipsLabel', { title })}>
      {goals.map((g) => (
        <li key={g} className={`agenda-chip agenda-goal-${g}`}>
          {t('agenda.goalName', { number: g, name: agendaGoal(g)?.name[lang] ?? '' })}
        </li>
      ))}
    </ul>
  );
}
