import { useCallback, useEffect, useRef, useState } from 'react';
import { EXERCISES, type Exercise, type WorkshopCard } from '../../../shared/workshop-types';
import { isApiError } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { AgendaNav } from './AgendaNav';
import { CardBoard } from './CardBoard';
import { ConditionsTable } from './ConditionsTable';
import { CardForm } from './CardForm';
import { FacilitatorPanel } from './FacilitatorPanel';
import { GapTable } from './GapTable';
import { useArrivals, useCountdown, useWorkshopLive } from './useWorkshopLive';
import { VotingPanel } from './VotingPanel';
import { useWorkshopTerms, WorkshopText } from './WorkshopText';

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/**
 * The workshop, live: the facilitator's view (for the projector: every card, the controls) or a
 * participant's (a phone: write, group, vote). Arrivals of others' cards are announced politely.
 */
export function WorkshopPage({ workshopId }: { workshopId: number }) {
  const { t } = useT();
  const { query, connected } = useWorkshopLive(workshopId);
  const state = query.data;
  const [exercise, setExercise] = useState<Exercise>('brainstorm');
  const [perspective, setPerspective] = useState<string>('');
  const describe = useCallback(
    (c: WorkshopCard) => (c.text === null ? t('workshop.arrivalHidden', { org: c.organisationName }) : t('workshop.arrival', { org: c.organisationName, text: c.text })),
    [t],
  );
  const arrivals = useArrivals(state, describe);
  const left = useCountdown(state?.timer);
  // When the facilitator moves the room to another agenda step, every screen opens its exercise and says so.
  const [moved, setMoved] = useState('');
  const seenStep = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    if (!state) return;
    const id = state.currentAgendaId;
    if (seenStep.current === id) return;
    const first = seenStep.current === undefined;
    seenStep.current = id;
    const step = state.agenda.find((a) => a.id === id);
    if (step?.exercise) setExercise(step.exercise);
    if (step && !first) setMoved(t('regionTools.agendaMoved', { title: step.title }));
  }, [state, t]);
  useDocumentTitle(state?.title ?? t('workshop.participantView'));
  const terms = useWorkshopTerms(state);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 401) return <p className="page narrow">{t('workshop.noAccess')}</p>;
    return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  }
  const s = query.data;
  const myOrg = s.organisations.find((o) => o.id === s.me.organisationId)?.name ?? s.federationName;
  const chosenPerspective = perspective === '' ? null : perspective;
  return (
    <div className={`page workshop ${s.me.facilitator ? 'workshop-projector' : 'workshop-phone'}`}>
      <header className="workshop-head">
        <div>
          <h1>{s.title}</h1>
          <p className="meta">
            {s.federationName} · {s.me.facilitator ? t('workshop.facilitatorView') : t('workshop.participantView')} · {t('workshop.youAre', { name: s.me.name, org: myOrg })}
          </p>
        </div>
        <div className="workshop-status">
          <p className="workshop-timer">
            <span className="visually-hidden">{t('workshop.timer')}: </span>
            {left === null ? t('workshop.timerNone') : `${s.timer.label ? `${s.timer.label}: ` : ''}${clock(left)}`}
          </p>
          <p className={connected ? 'workshop-live' : 'workshop-offline'}>{connected ? t('workshop.live') : t('workshop.reconnecting')}</p>
        </div>
      </header>
      <p className="visually-hidden" aria-live="polite" role="status">
        {arrivals}
      </p>
      <p className="visually-hidden" aria-live="polite" role="status">
        {moved}
      </p>
      <AgendaNav state={s} />

      <div className="workshop-controls">
        <fieldset className="workshop-exercises">
          <legend>{t('workshop.exercise')}</legend>
          {EXERCISES.map((e) => (
            <button key={e} type="button" className={`button button-small${e === exercise ? '' : ' button-secondary'}`} aria-pressed={e === exercise} onClick={() => setExercise(e)}>
              {t(`workshop.exercises.${e}`)}
            </button>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="workshop-perspective">{t('workshop.perspective')}</label>
          <select id="workshop-perspective" value={perspective} onChange={(e) => setPerspective(e.target.value)}>
            <option value="">{t('workshop.allPerspectives')}</option>
            {s.perspectives.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!s.me.facilitator && !(s.revealed.includes(exercise) || (chosenPerspective && s.revealed.includes(`${exercise}/${chosenPerspective}`))) && (
        <p className="meta">{t('workshop.silentNote')}</p>
      )}

      <div className="workshop-layout">
        <div className="workshop-main">
          {exercise === 'conditions' && <ConditionsTable workshopId={s.id} facilitator={s.me.facilitator} />}
          {exercise === 'gap' && <GapTable state={s} perspective={chosenPerspective} />}
          <CardBoard state={s} exercise={exercise} perspective={chosenPerspective} />
          <CardForm key={`${exercise}-${perspective}`} state={s} exercise={exercise} perspective={chosenPerspective} />
          <VotingPanel state={s} />
          <section aria-labelledby="areas-heading" className="card">
            <h2 id="areas-heading">{t('workshop.focusAreas')}</h2>
            {s.focusAreas.length === 0 ? (
              <p>{t('workshop.noFocusAreas')}</p>
            ) : (
              <ul>
                {s.focusAreas.map((a) => (
                  <li key={a.id}>
                    <strong>
                      <WorkshopText text={a.name} terms={terms} />
                    </strong>{' '}
                    <span className="meta">({[...new Set(a.cardIds.map((id) => s.cards.find((c) => c.id === id)?.organisationName).filter(Boolean))].join(', ')})</span>
                  </li>
                ))}
              </ul>
            )}
            {s.targetPicture && (
              <>
                <h3>{t('workshop.targetPicture')}</h3>
                <p>
                  <WorkshopText text={s.targetPicture} terms={terms} />
                </p>
              </>
            )}
          </section>
          <section aria-labelledby="docs-heading" className="card">
            <h2 id="docs-heading">{t('workshop.documentation')}</h2>
            <ul>
              <li>
                <a href={`/api/workshops/${s.id}/documentation.docx`}>{t('workshop.docx')}</a>
              </li>
              <li>
                <a href={`/api/workshops/${s.id}/documentation.pdf`}>{t('workshop.pdf')}</a>
              </li>
            </ul>
          </section>
        </div>
        {s.me.facilitator && <FacilitatorPanel state={s} exercise={exercise} perspective={chosenPerspective} />}
      </div>
    </div>
  );
}
