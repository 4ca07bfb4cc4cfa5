import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { WorkshopState } from '../../../shared/workshop-types';
import { api } from '../../api/client';
import { FormError } from '../../components/Form';
import { SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';

/** Prioritisation: give dots (or points) to visible cards, hidden from others until the facilitator reveals them. */
export function VotingPanel({ state }: { state: WorkshopState }) {
  const { t } = useT();
  const v = state.voting;
  const budget = v.mode === 'dots' ? v.dotsPerPerson : 100;
  const step = v.mode === 'dots' ? 1 : 10;
  const [ballot, setBallot] = useState<Map<number, number>>(new Map());
  // The ballot starts from what the server holds for this person.
  useEffect(() => setBallot(new Map(v.cards.filter((c) => c.mine > 0).map((c) => [c.cardId, c.mine]))), [v.cards]);
  const used = [...ballot.values()].reduce((s, n) => s + n, 0);
  const save = useMutation({
    mutationFn: () => api.call(
        'PUT /api/workshops/:id/ballot',
        { params: { id: state.id }, body: { entries: [...ballot.entries()].map(([cardId, points]) => ({ cardId, points })) } },
        { redirectOn401: false },
      ),
  });
  const change = (cardId: number, delta: number) =>
    setBallot((b) => {
      const next = new Map(b);
      const value = Math.max(0, (next.get(cardId) ?? 0) + delta);
      if (value === 0) next.delete(cardId);
      else next.set(cardId, value);
      return next;
    });
  const text = (cardId: number) => state.cards.find((c) => c.id === cardId)?.text ?? '';
  const votable = v.cards.filter((c) => text(c.cardId));
  return (
    <section aria-labelledby="voting-heading" className="card workshop-voting">
      <h2 id="voting-heading">{t('workshop.voting')}</h2>
      <p>
        {v.mode === 'dots' ? t('workshop.votingDots', { n: v.dotsPerPerson }) : t('workshop.votingPoints')} · {t('workshop.votersSoFar', { n: v.voters })}
      </p>
      {!v.revealed && <p className="meta">{t('workshop.votesHidden')}</p>}
      {!v.revealed && <p aria-live="polite">{t('workshop.remaining', { n: budget - used })}</p>}
      <ol className="workshop-vote-list">
        {votable.map((c) => (
          <li key={c.cardId}>
            <span className="workshop-vote-text">{text(c.cardId)}</span>
            {v.revealed ? (
              <span>
                {c.rank !== null && `${t('workshop.rank', { n: c.rank })} · `}
                {t('workshop.total', { n: c.total ?? 0 })}
              </span>
            ) : (
              <span className="workshop-vote-controls">
                <button type="button" className="button button-small button-secondary" aria-label={t('workshop.removeDot', { text: text(c.cardId) })} onClick={() => change(c.cardId, -step)} disabled={!ballot.get(c.cardId)}>
                  −
                </button>
                <span>{t('workshop.myPoints', { n: ballot.get(c.cardId) ?? 0 })}</span>
                <button type="button" className="button button-small" aria-label={t('workshop.addDot', { text: text(c.cardId) })} onClick={() => change(c.cardId, step)} disabled={used + step > budget}>
                  +
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {!v.revealed && (
        <button type="button" className="button" onClick={() => save.mutate()} disabled={save.isPending}>
          {save.isPending ? t('workshop.savingVotes') : t('workshop.saveVotes')}
        </button>
      )}
      {save.isSuccess && <SuccessMessage message={t('workshop.votesSaved')} />}
      <FormError message={save.error ? save.error.message : null} />
    </section>
  );
}
