import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '../../../domain/i18n/plural';
import { api, isApiError } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { STANCE_LABELS } from './stances';

/** A published round for anyone (no account): the parties with their marks, every answer, and the notat to download. */
export function PublishedPage({ id }: { id: number }) {
  const { t, lang } = useT();
  const view = useQuery({
    queryKey: ['published-consultation', id],
    queryFn: ({ signal }) => api.call('GET /api/public/consultations/:id', { params: { id } }, { signal, redirectOn401: false }),
    retry: false,
  });
  useDocumentTitle(view.data?.title ?? t('consultation.listTitle'));
  if (view.isPending) return <Loading />;
  if (view.isError) {
    if (isApiError(view.error) && view.error.status === 404)
      return (
        <div className="page narrow">
          <h1>{t('consultation.linkInvalid')}</h1>
        </div>
      );
    return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  }
  const c = view.data;
  const partTitle = (partId: number | null) => (partId === null ? t('consultation.whole') : (c.parts.find((p) => p.id === partId)?.title ?? ''));
  return (
    <div className="page narrow consultation-published">
      <h1>{c.title}</h1>
      <p className="lead">{t('consultation.deadlineLine', { date: formatDateTime(c.deadline, lang) })}</p>
      <p className="button-row">
        <a className="button" href={api.href('GET /api/public/consultations/:id/summary.pdf', { params: { id }, query: { lang } })} download>
          {t('consultation.summaryPdf')}
        </a>
        <a className="button button-secondary" href={api.href('GET /api/public/consultations/:id/summary.docx', { params: { id }, query: { lang } })} download>
          {t('consultation.summaryDocx')}
        </a>
      </p>
      <ul>
        {c.parties.map((p) => (
          <li key={p.invitationId}>
            {p.party}: {p.submitted ? t('consultation.answeredMark') : t('consultation.notAnswered')}
          </li>
        ))}
      </ul>
      {c.questions.map((q, i) => (
        <section key={q.id} className="card" aria-labelledby={`published-q-${q.id}`}>
          <h2 id={`published-q-${q.id}`}>
            {t('consultation.question', { n: i + 1 })}: {q.text}
          </h2>
          {q.summary && <p>{q.summary}</p>}
          {c.parties.flatMap((p) =>
            (p.submitted?.answers ?? [])
              .filter((a) => a.questionId === q.id)
              .map((a) => (
                <article key={`${p.invitationId}-${a.partId ?? 0}`} className="consultation-point">
                  <h3>
                    {p.party} – {partTitle(a.partId)}
                  </h3>
                  {a.stance && <p>{STANCE_LABELS[a.stance][lang]}</p>}
                  <p>{a.text}</p>
                </article>
              )),
          )}
        </section>
      ))}
    </div>
  );
}
