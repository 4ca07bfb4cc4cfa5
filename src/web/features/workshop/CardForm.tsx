import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Exercise, Quadrant, WorkshopState } from '../../../shared/workshop-types';
import { QUADRANTS } from '../../../shared/workshop-types';
import { api, isApiError } from '../../api/client';
import { Field, TextField } from '../../components/Field';
import { FormError } from '../../components/Form';
import { useT } from '../../i18n';

/** Writes a card for the current exercise and perspective; a client key makes a resend the same card. */
export function CardForm({ state, exercise, perspective }: { state: WorkshopState; exercise: Exercise; perspective: string | null }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const [quadrant, setQuadrant] = useState<Quadrant>('strength');
  const [stage, setStage] = useState<'today' | 'target'>('today');
  const [who, setWho] = useState('');
  const [when, setWhen] = useState('');
  const [organisationId, setOrganisationId] = useState<number>(state.me.facilitator ? (state.organisations[0]?.id ?? 0) : (state.me.organisationId ?? 0));
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  const add = useMutation({
    mutationFn: () =>
      api.call(
        'POST /api/workshops/:id/cards',
        {
          params: { id: state.id },
          body: {
            exercise,
            organisationId,
            text,
            clientKey,
            ...(perspective ? { perspective } : {}),
            ...(exercise === 'swot' ? { quadrant } : {}),
            ...(exercise === 'definitions' ? { term } : {}),
            ...(exercise === 'gap' ? { stage } : {}),
            ...(exercise === 'activities' ? { who, when } : {}),
          },
        },
        { redirectOn401: false },
      ),
    onSuccess: () => {
      setText('');
      setTerm('');
      setWho('');
      setWhen('');
      setClientKey(crypto.randomUUID());
    },
  });
  const fieldError = (path: string) => (isApiError(add.error) ? add.error.fieldError(path) : undefined);
  return (
    <form
      className="form workshop-card-form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <h2>{t('workshop.newCard')}</h2>
      {state.me.facilitator && (
        <Field label={t('workshop.inviteOrg')}>
          <select value={organisationId} onChange={(e) => setOrganisationId(Number(e.target.value))}>
            {state.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {exercise === 'definitions' && <TextField label={t('workshop.term')} value={term} onChange={setTerm} required maxLength={200} />}
      <Field label={t('workshop.cardText')} error={fieldError('text')}>
        <textarea value={text} onChange={(e) => setText(e.target.value)} required maxLength={2000} rows={3} />
      </Field>
      {exercise === 'swot' && (
        <Field label={t('workshop.quadrant')}>
          <select value={quadrant} onChange={(e) => setQuadrant(e.target.value as Quadrant)}>
            {QUADRANTS.map((q) => (
              <option key={q} value={q}>
                {t(`workshop.quadrants.${q}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {exercise === 'gap' && (
        <Field label={t('workshop.stage')}>
          <select value={stage} onChange={(e) => setStage(e.target.value as 'today' | 'target')}>
            <option value="today">{t('workshop.stages.today')}</option>
            <option value="target">{t('workshop.stages.target')}</option>
          </select>
        </Field>
      )}
      {exercise === 'activities' && (
        <div className="form-row">
          <TextField label={t('workshop.who')} value={who} onChange={setWho} maxLength={200} />
          <TextField label={t('workshop.when')} value={when} onChange={setWhen} maxLength={100} />
        </div>
      )}
      <FormError message={add.error && !fieldError('text') ? add.error.message : null} />
      <div>
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t('workshop.adding') : t('workshop.addCard')}
        </button>
      </div>
    </form>
  );
}
