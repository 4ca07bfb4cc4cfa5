import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Exercise, WorkshopState } from '../../../shared/workshop-types';
import { api } from '../../api/client';
import { Field, TextField } from '../../components/Field';
import { FormError } from '../../components/Form';
import { SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';

const guest = { redirectOn401: false };

/** What only the facilitator does: reveal, time, voting method, invitations, focus areas, målbild, the draft plan. */
export function FacilitatorPanel({ state, exercise, perspective }: { state: WorkshopState; exercise: Exercise; perspective: string | null }) {
  const { t } = useT();
  const params = { id: state.id };
  const [minutes, setMinutes] = useState('10');
  const reveal = useMutation({ mutationFn: (target: 'votes' | Exercise) => api.call('POST /api/workshops/:id/reveal', { params, body: { target, ...(target !== 'votes' && perspective ? { perspective } : {}) } }, guest) });
  const timer = useMutation({ mutationFn: (seconds: number) => api.call('POST /api/workshops/:id/timer', { params, body: { seconds, label: t(`workshop.exercises.${exercise}`) } }, guest) });
  const [mode, setMode] = useState(state.voting.mode);
  const [dots, setDots] = useState(String(state.voting.dotsPerPerson));
  const settings = useMutation({ mutationFn: () => api.call('PATCH /api/workshops/:id', { params, body: { votingMode: mode, dotsPerPerson: Number(dots) } }) });
  const [picture, setPicture] = useState(state.targetPicture);
  useEffect(() => setPicture(state.targetPicture), [state.targetPicture]);
  const savePicture = useMutation({ mutationFn: () => api.call('PATCH /api/workshops/:id', { params, body: { targetPicture: picture } }) });
  const [areaName, setAreaName] = useState('');
  const [areaCards, setAreaCards] = useState<Set<number>>(new Set());
  const area = useMutation({
    mutationFn: () => api.call('POST /api/workshops/:id/focus-areas', { params, body: { name: areaName, cardIds: [...areaCards] } }, guest),
    onSuccess: () => {
      setAreaName('');
      setAreaCards(new Set());
    },
  });
  const draft = useMutation({ mutationFn: () => api.call('POST /api/workshops/:id/draft-plan', { params, body: {} }) });
  const [inviteOrg, setInviteOrg] = useState(state.organisations[0]?.id ?? 0);
  const [inviteName, setInviteName] = useState('');
  const [inviteEmail, setInviteEmail] = useState('');
  const invite = useMutation({
    mutationFn: () => api.call('POST /api/workshops/:id/participants', { params, body: { organisationId: inviteOrg, name: inviteName, ...(inviteEmail ? { email: inviteEmail } : {}) } }, guest),
  });
  const revealKey = perspective ? `${exercise}/${perspective}` : exercise;
  const isRevealed = state.revealed.includes(exercise) || state.revealed.includes(revealKey);
  const visibleCards = state.cards.filter((c) => c.text !== null);
  const errors = [reveal, timer, settings, savePicture, area, draft, invite].map((m) => m.error?.message).filter(Boolean);

  return (
    <aside className="workshop-facilitator" aria-labelledby="facilitator-heading">
      <h2 id="facilitator-heading">{t('workshop.facilitatorView')}</h2>
      <FormError message={errors[0] ?? null} />
      <div className="workshop-actions">
        <button type="button" className="button" onClick={() => reveal.mutate(exercise)} disabled={isRevealed}>
          {isRevealed ? t('workshop.revealed') : t('workshop.reveal')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => reveal.mutate('votes')} disabled={state.voting.revealed}>
          {t('workshop.revealVotes')}
        </button>
      </div>
      <form
        className="form-row workshop-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          timer.mutate(Math.round(Number(minutes) * 60));
        }}
      >
        <TextField label={t('workshop.minutes')} type="number" min={1} max={240} value={minutes} onChange={setMinutes} />
        <button type="submit" className="button button-secondary">
          {t('workshop.startTimer')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => timer.mutate(0)}>
          {t('workshop.stopTimer')}
        </button>
      </form>
      <form
        className="form-row workshop-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          settings.mutate();
        }}
      >
        <Field label={t('workshop.voting')}>
          <select value={mode} onChange={(e) => setMode(e.target.value as 'dots' | 'points')}>
            <option value="dots">{t('workshop.useDots')}</option>
            <option value="points">{t('workshop.usePoints')}</option>
          </select>
        </Field>
        {mode === 'dots' && <TextField label={t('workshop.dotsEach')} type="number" min={1} max={50} value={dots} onChange={setDots} />}
        <button type="submit" className="button button-secondary">
          {t('workshop.saveSettings')}
        </button>
      </form>

      <details>
        <summary>{t('workshop.invite')}</summary>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            invite.mutate();
          }}
        >
          <Field label={t('workshop.inviteOrg')}>
            <select value={inviteOrg} onChange={(e) => setInviteOrg(Number(e.target.value))}>
              {state.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <TextField label={t('workshop.inviteName')} value={inviteName} onChange={setInviteName} required maxLength={200} />
          <TextField label={t('workshop.inviteEmail')} type="email" value={inviteEmail} onChange={setInviteEmail} maxLength={320} />
          <div>
            <button type="submit" className="button button-secondary">
              {t('workshop.sendInvite')}
            </button>
          </div>
          {invite.data?.link && (
            <TextField label={t('workshop.inviteLink', { date: invite.data.expiresAt?.slice(0, 10) ?? '' })} value={invite.data.link} onChange={() => undefined} readOnly />
          )}
        </form>
      </details>

      <section aria-labelledby="focus-heading">
        <h3 id="focus-heading">{t('workshop.focusAreas')}</h3>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            area.mutate();
          }}
        >
          <TextField label={t('workshop.focusAreaName')} value={areaName} onChange={setAreaName} required maxLength={200} />
          <fieldset className="workshop-focus-cards">
            <legend>{t('workshop.focusAreaCards')}</legend>
            {visibleCards.map((c) => (
              <label key={c.id} className="block">
                <input
                  type="checkbox"
                  checked={areaCards.has(c.id)}
                  onChange={(e) =>
                    setAreaCards((s) => {
                      const next = new Set(s);
                      if (e.target.checked) next.add(c.id);
                      else next.delete(c.id);
                      return next;
                    })
                  }
                />{' '}
                {c.text} <span className="meta">({t(`workshop.exercises.${c.exercise}`)}, {c.organisationName})</span>
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" className="button button-secondary">
              {t('workshop.addFocusArea')}
            </button>
          </div>
        </form>
      </section>

      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          savePicture.mutate();
        }}
      >
        <Field label={t('workshop.targetPicture')}>
          <textarea value={picture} onChange={(e) => setPicture(e.target.value)} rows={3} maxLength={5000} />
        </Field>
        <div>
          <button type="submit" className="button button-secondary">
            {t('workshop.saveTargetPicture')}
          </button>
        </div>
      </form>

      <section aria-labelledby="draft-heading">
        <h3 id="draft-heading">{t('workshop.draftPlan')}</h3>
        <p className="meta">{t('workshop.draftHint')}</p>
        {state.draftPlanId === null ? (
          <button type="button" className="button" onClick={() => draft.mutate()} disabled={draft.isPending || state.focusAreas.length === 0}>
            {draft.isPending ? t('workshop.makingDraft') : t('workshop.makeDraft')}
          </button>
        ) : (
          <>
            <SuccessMessage message={t('workshop.draftMade')} />
            <p>
              <Link href={`/plans/${state.draftPlanId}`}>{t('workshop.openDraft')}</Link>
            </p>
          </>
        )}
      </section>
    </aside>
  );
}
