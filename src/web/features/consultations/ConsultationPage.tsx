import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../../../domain/i18n/plural';
import type { AnswerView, ConsultationView, PartyView, PlanChange, ReviewView } from '../../../shared/contracts/consultations';
import { api } from '../../api/client';
import { Field, TextField } from '../../components/Field';
import { ErrorMessage, Loading, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { STANCE_LABELS } from './stances';

/**
 * The region's side of a round: who answered, the answers side by side per question and part, the
 * region's reply to each point (tags, reply, the plan edit it led to), summaries, the notat and publication.
 */
export function ConsultationPage({ id }: { id: number }) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const key = ['consultation', id];
  const view = useQuery({ queryKey: key, queryFn: ({ signal }) => api.call('GET /api/consultations/:id', { params: { id } }, { signal }) });
  const changes = useQuery({ queryKey: ['consultation-changes', id], queryFn: ({ signal }) => api.call('GET /api/consultations/:id/plan-changes', { params: { id } }, { signal }) });
  useDocumentTitle(view.data?.title ?? t('consultation.listTitle'));
  const refresh = (v: ConsultationView) => client.setQueryData(key, v);
  const close = useMutation({ mutationFn: () => api.call('POST /api/consultations/:id/close', { params: { id } }), onSuccess: refresh });
  const publish = useMutation({ mutationFn: () => api.call('POST /api/consultations/:id/publish', { params: { id } }), onSuccess: refresh });

  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  const c = view.data;
  const answered = c.parties.filter((p) => p.submitted).length;
  return (
    <div className="page consultation">
      <p>
        <Link href={`/organisations/${c.organisationId}/consultations`}>{t('consultation.listTitle')}</Link>
      </p>
      <h1>{c.title}</h1>
      <p className="lead">
        {t('consultation.deadlineLine', { date: formatDateTime(c.deadline, lang) })} · {t('consultation.answered', { answered, invited: c.parties.length })}
        {c.closedAt ? ` · ${t('consultation.closed')}` : ''}
        {c.publishedAt ? ` · ${t('consultation.published')}` : ''}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">{t('consultation.invitees')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consultation.party')}</th>
            <th scope="col">{t('consultation.status')}</th>
          </tr>
        </thead>
        <tbody>
          {c.parties.map((p) => (
            <tr key={p.invitationId}>
              <th scope="row">{p.party}</th>
              <td>
                {p.submitted
                  ? p.submittedVersions > 1
                    ? t('consultation.answeredVersion', { version: p.submitted.version })
                    : t('consultation.answeredMark')
                  : t('consultation.notAnswered')}
                {p.withdrawn ? ` · ${t('consultation.withdrawn')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        {!c.closedAt && (
          <button type="button" className="button button-secondary" onClick={() => close.mutate()}>
            {t('consultation.close')}
          </button>
        )}
        {c.ended && !c.publishedAt && (
          <button type="button" className="button button-secondary" onClick={() => publish.mutate()}>
            {t('consultation.publish')}
          </button>
        )}
        <a className="button button-secondary" href={api.href('GET /api/consultations/:id/summary.docx', { params: { id }, query: { lang } })} download>
          {t('consultation.summaryDocx')}
        </a>
        <a className="button" href={api.href('GET /api/consultations/:id/summary.pdf', { params: { id }, query: { lang } })} download>
          {t('consultation.summaryPdf')}
        </a>
        {c.publishedAt && (
          <a className="button button-secondary" href={`/public/consultations/${id}`}>
            {t('consultation.publicPage')}
          </a>
        )}
      </div>
      {(close.isError || publish.isError) && <ErrorMessage error={close.error ?? publish.error} />}
      {!c.ended && <p>{t('consultation.notEnded')}</p>}
      {c.questions.map((q, i) => (
        <section key={q.id} className="card" aria-labelledby={`question-${q.id}`}>
          <h2 id={`question-${q.id}`}>
            {t('consultation.question', { n: i + 1 })}: {q.text}
          </h2>
          {c.ended && <SummaryForm consultationId={id} questionId={q.id} initial={q.summary ?? ''} onSaved={refresh} />}
          {[null, ...c.parts].map((part) => {
            const rows = c.parties.flatMap((p) => (p.submitted?.answers ?? []).filter((a) => a.questionId === q.id && a.partId === (part?.id ?? null)).map((a) => ({ party: p, answer: a })));
            if (rows.length === 0) return null;
            return (
              <div key={part?.id ?? 'whole'} className="consultation-part">
                <h3>{part ? part.title : t('consultation.whole')}</h3>
                {rows.map(({ party, answer }) => (
                  <Point
                    key={`${party.invitationId}`}
                    consultation={c}
                    party={party}
                    answer={answer}
                    review={c.reviews.find((r) => r.invitationId === party.invitationId && r.questionId === q.id && r.partId === answer.partId)}
                    changes={changes.data ?? []}
                    onSaved={refresh}
                  />
                ))}
              </div>
            );
          })}
          {!c.parties.some((p) => p.submitted?.answers.some((a) => a.questionId === q.id)) && <p>{t('consultation.noAnswers')}</p>}
        </section>
      ))}
    </div>
  );
}

function SummaryForm({ consultationId, questionId, initial, onSaved }: { consultationId: number; questionId: number; initial: string; onSaved: (v: ConsultationView) => void }) {
  const { t } = useT();
  const [summary, setSummary] = useState(initial);
  const save = useMutation({ mutationFn: () => api.call('PUT /api/consultations/:id/questions/:questionId/summary', { params: { id: consultationId, questionId }, body: { summary } }), onSuccess: onSaved });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t('consultation.summary')}>
        <textarea rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </Field>
      <button type="submit" className="button button-secondary">
        {t('consultation.saveSummary')}
      </button>
      {save.isSuccess && <SuccessMessage message={t('consultation.saved')} />}
    </form>
  );
}

/** One party's answer to a question (for a part) beside the region's reply to it. */
function Point(props: { consultation: ConsultationView; party: PartyView; answer: AnswerView; review: ReviewView | undefined; changes: PlanChange[]; onSaved: (v: ConsultationView) => void }) {
  const { t, lang } = useT();
  const { consultation: c, party, answer, review } = props;
  const [response, setResponse] = useState(review?.response ?? '');
  const [tags, setTags] = useState((review?.tags ?? []).join(', '));
  const [ledToChange, setLedToChange] = useState(review?.ledToChange ?? false);
  const [changeAuditId, setChangeAuditId] = useState<number | null>(review?.changeAuditId ?? null);
  const [changeDescription, setChangeDescription] = useState(review?.changeDescription ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.call('PUT /api/consultations/:id/reviews', {
        params: { id: c.id },
        body: {
          invitationId: party.invitationId,
          questionId: answer.questionId,
          partId: answer.partId,
          tags: tags.split(',').map((x) => x.trim()).filter(Boolean),
          response,
          ledToChange,
          changeAuditId: ledToChange ? changeAuditId : null,
          changeDescription: ledToChange ? changeDescription : null,
        },
      }),
    onSuccess: props.onSaved,
  });
  const label = `${party.party}`;
  return (
    <article className="consultation-point" aria-label={label}>
      <h4>{party.party}</h4>
      {answer.stance && (
        <p>
          <strong>{t('consultation.stance')}:</strong> {STANCE_LABELS[answer.stance][lang]}
        </p>
      )}
      <blockquote>
        {answer.text.split(/\n+/).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </blockquote>
      {c.ended && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Field label={`${t('consultation.response')} (${party.party})`}>
            <textarea rows={2} value={response} onChange={(e) => setResponse(e.target.value)} />
          </Field>
          <TextField label={`${t('consultation.tags')} (${party.party})`} value={tags} onChange={setTags} />
          <label className="checkbox">
            <input type="checkbox" checked={ledToChange} onChange={(e) => setLedToChange(e.target.checked)} /> {t('consultation.ledToChange')}
          </label>
          {ledToChange && (
            <>
              <Field label={`${t('consultation.change')} (${party.party})`}>
                <select value={changeAuditId ?? ''} onChange={(e) => setChangeAuditId(e.target.value ? Number(e.target.value) : null)}>
                  <option value="">{t('consultation.noChange')}</option>
                  {props.changes.map((ch) => (
                    <option key={ch.id} value={ch.id}>
                      #{ch.id} {ch.title ?? ch.objectType} ({ch.action}, {formatDateTime(ch.at, lang)})
                    </option>
                  ))}
                </select>
              </Field>
              <TextField label={`${t('consultation.changeDescription')} (${party.party})`} value={changeDescription} onChange={setChangeDescription} />
            </>
          )}
          <button type="submit" className="button button-secondary">
            {t('consultation.saveResponse')}
          </button>
          {save.isError && <ErrorMessage error={save.error} />}
          {save.isSuccess && <SuccessMessage message={t('consultation.saved')} />}
        </form>
      )}
    </article>
  );
}
