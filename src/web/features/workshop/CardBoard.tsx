import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { GlossaryTerm } from '../../../domain/federation/glossary-terms';
import { groupByCluster } from '../../../domain/workshop/clustering';
import type { Exercise, WorkshopCard, WorkshopState } from '../../../shared/workshop-types';
import { api } from '../../api/client';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Form';
import { useT } from '../../i18n';
import { useWorkshopTerms, WorkshopText } from './WorkshopText';

/**
 * The cards of one exercise in their clusters. A card moves by dragging it onto a cluster, or by
 * keyboard with its "Move to cluster" select; both send the same idempotent request.
 */
export function CardBoard({ state, exercise, perspective }: { state: WorkshopState; exercise: Exercise; perspective: string | null }) {
  const { t } = useT();
  const [dragging, setDragging] = useState<number | null>(null);
  const terms = useWorkshopTerms(state);
  const cards = state.cards.filter((c) => c.exercise === exercise && (perspective === null || c.perspective === perspective));
  const groups = groupByCluster(cards, state.clusters, exercise);
  const clusters = state.clusters.filter((c) => c.exercise === exercise);
  const move = useMutation({
    mutationFn: ({ cardId, clusterId }: { cardId: number; clusterId: number | null }) =>
      api.call('PUT /api/workshops/:id/cards/:cardId/cluster', { params: { id: state.id, cardId }, body: { clusterId } }, { redirectOn401: false }),
  });
  return (
    <section aria-labelledby="board-heading" className="workshop-board-wrap">
      <h2 id="board-heading">
        {t(`workshop.exercises.${exercise}`)}
        {perspective ? ` – ${perspective}` : ''}
      </h2>
      <FormError message={move.error ? move.error.message : null} />
      <div className="workshop-board">
        {groups.map((g) => {
          const key = g.cluster?.id ?? 'none';
          const name = g.cluster?.name ?? t('workshop.unclustered');
          return (
            <section
              key={key}
              className="workshop-cluster"
              aria-label={name}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (dragging !== null) move.mutate({ cardId: dragging, clusterId: g.cluster?.id ?? null });
                setDragging(null);
              }}
            >
              <h3>
                {name} <span className="meta">({t('workshop.cardsIn', { count: g.cards.length })})</span>
              </h3>
              <ul className="workshop-cards">
                {g.cards.map((c) => (
                  <CardItem
                    key={c.id}
                    card={c}
                    state={state}
                    clusters={clusters}
                    terms={terms}
                    onDragStart={() => setDragging(c.id)}
                    onMove={(clusterId) => move.mutate({ cardId: c.id, clusterId })}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <NewCluster workshopId={state.id} exercise={exercise} />
    </section>
  );
}

function CardItem({
  card,
  state,
  clusters,
  terms,
  onDragStart,
  onMove,
}: {
  card: WorkshopCard;
  state: WorkshopState;
  clusters: WorkshopState['clusters'];
  terms: readonly GlossaryTerm[];
  onDragStart: () => void;
  onMove: (clusterId: number | null) => void;
}) {
  const { t } = useT();
  const id = useId();
  const hidden = card.text === null;
  return (
    <li className={`workshop-card${hidden ? ' workshop-card-hidden' : ''}`} draggable={!hidden} onDragStart={onDragStart}>
      {hidden ? (
        <p>{t('workshop.hiddenCard', { org: card.organisationName })}</p>
      ) : (
        <>
          {card.term && <p className="workshop-term">{card.term}</p>}
          <p className="workshop-card-text">
            <WorkshopText text={card.text ?? ''} terms={terms} card={card} />
          </p>
          <p className="meta">
            {card.organisationName}
            {card.quadrant ? ` · ${t(`workshop.quadrants.${card.quadrant}`)}` : ''}
            {card.stage ? ` · ${t(`workshop.stages.${card.stage}`)}` : ''}
            {card.who ? ` · ${t('workshop.who')}: ${card.who}` : ''}
            {card.when ? ` · ${t('workshop.when')}: ${card.when}` : ''}
          </p>
          {card.exercise === 'definitions' && <Positions card={card} state={state} />}
          {clusters.length > 0 && (
            <div className="workshop-move">
              <label htmlFor={`${id}-move`}>{t('workshop.moveTo')}</label>
              <select id={`${id}-move`} value={card.clusterId ?? ''} onChange={(e) => onMove(e.target.value === '' ? null : Number(e.target.value))}>
                <option value="">{t('workshop.unclustered')}</option>
                {clusters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </>
      )}
    </li>
  );
}

/** Agree, disagree or comment for the viewer's organisation; the consensus per term. */
function Positions({ card, state }: { card: WorkshopCard; state: WorkshopState }) {
  const { t } = useT();
  const [comment, setComment] = useState('');
  const def = state.definitions.find((d) => d.cardId === card.id);
  const org = state.me.organisationId;
  const canTake = org !== null && state.organisations.some((o) => o.id === org);
  const set = useMutation({
    mutationFn: (position: 'agree' | 'disagree' | 'comment') =>
      api.call(
        'PUT /api/workshops/:id/definitions/:cardId/position',
        { params: { id: state.id, cardId: card.id }, body: { organisationId: org ?? 0, position, ...(position === 'comment' ? { comment } : {}) } },
        { redirectOn401: false },
      ),
  });
  const orgName = (id: number) => state.organisations.find((o) => o.id === id)?.name ?? String(id);
  return (
    <div className="workshop-positions">
      <p>
        <strong>{t(`workshop.consensus.${def?.state ?? 'open'}`)}</strong>
        {def && def.missing.length > 0 && <> · {t('workshop.waitingFor', { orgs: def.missing.map(orgName).join(', ') })}</>}
      </p>
      {def && def.positions.length > 0 && (
        <ul>
          {def.positions.map((p) => (
            <li key={p.organisationId}>
              {orgName(p.organisationId)}: {t(`workshop.${p.position}`)}
              {p.comment ? ` – ${p.comment}` : ''}
            </li>
          ))}
        </ul>
      )}
      {canTake && (
        <div className="workshop-position-actions">
          <button type="button" className="button button-small" onClick={() => set.mutate('agree')}>
            {t('workshop.agree')}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => set.mutate('disagree')}>
            {t('workshop.disagree')}
          </button>
          <TextField label={t('workshop.commentText')} value={comment} onChange={setComment} maxLength={2000} />
          <button type="button" className="button button-small button-secondary" onClick={() => set.mutate('comment')} disabled={!comment.trim()}>
            {t('workshop.comment')}
          </button>
        </div>
      )}
      <FormError message={set.error ? set.error.message : null} />
    </div>
  );
}

function NewCluster({ workshopId, exercise }: { workshopId: number; exercise: Exercise }) {
  const { t } = useT();
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: () => api.call('POST /api/workshops/:id/clusters', { params: { id: workshopId }, body: { exercise, name } }, { redirectOn401: false }),
    onSuccess: () => setName(''),
  });
  return (
    <form
      className="form-row workshop-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <TextField label={t('workshop.clusterName')} value={name} onChange={setName} required maxLength={200} />
      <button type="submit" className="button button-secondary" disabled={add.isPending}>
        {t('workshop.addCluster')}
      </button>
      <FormError message={add.error ? add.error.message : null} />
    </form>
  );
}
