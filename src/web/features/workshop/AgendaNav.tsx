import { useMutation } from '@tanstack/react-query';
import { agendaBlocks, agendaPosition } from '../../../domain/workshop/agenda';
import type { WorkshopState } from '../../../shared/workshop-types';
import { api } from '../../api/client';
import { FormError } from '../../components/Form';
import { useT } from '../../i18n';

/**
 * The agenda by day and half-day, the current step marked (aria-current="step") on every screen.
 * The facilitator moves the room: previous, next, or any step; participants follow live.
 */
export function AgendaNav({ state }: { state: WorkshopState }) {
  const { t } = useT();
  const position = agendaPosition(state.agenda, state.currentAgendaId);
  const go = useMutation({
    mutationFn: (agendaItemId: number | null) => api.call('PUT /api/workshops/:id/agenda/current', { params: { id: state.id }, body: { agendaItemId } }, { redirectOn401: false }),
  });
  const facilitator = state.me.facilitator;
  const label = (exercise: WorkshopState['agenda'][number]['exercise']) => (exercise ? t(`workshop.exercises.${exercise}`) : t('regionTools.noExercise'));
  return (
    <nav className="card workshop-agenda" aria-labelledby="agenda-nav-heading">
      <h2 id="agenda-nav-heading">{t('regionTools.agendaNav')}</h2>
      <p className="workshop-agenda-now">
        {position.current
          ? `${t('regionTools.agendaStep', { n: position.index, total: position.total })} · ${t('regionTools.agendaNow', { title: position.current.title })}`
          : t('regionTools.agendaNotStarted')}
      </p>
      {facilitator && (
        <div className="form-row workshop-agenda-moves">
          <button type="button" className="button button-secondary button-small" disabled={!position.previous || go.isPending} onClick={() => position.previous && go.mutate(position.previous.id)}>
            ← {t('regionTools.agendaPrevious')}
          </button>
          <button type="button" className="button button-small" disabled={!position.next || go.isPending} onClick={() => position.next && go.mutate(position.next.id)}>
            {position.current ? t('regionTools.agendaNext') : t('regionTools.agendaStart')} →
          </button>
        </div>
      )}
      <FormError message={go.error ? go.error.message : null} />
      <ol className="workshop-agenda-days">
        {agendaBlocks(state.agenda).map((block) => (
          <li key={`${block.day}-${block.half}`}>
            <h3>{t('workshop.dayHalf', { day: block.day, half: t(`workshop.${block.half}`) })}</h3>
            <ol className="workshop-agenda-steps">
              {block.steps.map((step) => {
                const current = step.id === state.currentAgendaId;
                return (
                  <li key={step.id} className={current ? 'workshop-agenda-current' : undefined} aria-current={current ? 'step' : undefined}>
                    <span>
                      {step.title} <span className="meta">({label(step.exercise)})</span>
                      {current && <strong className="workshop-agenda-badge"> · {t('regionTools.agendaCurrent')}</strong>}
                    </span>
                    {facilitator && !current && (
                      <button type="button" className="button button-secondary button-small" onClick={() => go.mutate(step.id)} disabled={go.isPending}>
                        {t('regionTools.agendaGoTo')}
                        <span className="visually-hidden">: {step.title}</span>
                      </button>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
