import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../domain/i18n/plural';
import type { Stance } from '../../../shared/contracts/consultations';
import { api, isApiError } from '../../api/client';
import { Field, TextField } from '../../components/Field';
import { ErrorMessage, Loading, SuccessMessage } from '../../components/States';
import { STORAGE_KEY, useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { stanceOptions } from './stances';

type Key = string; // `${questionId}:${partId ?? ''}`
const keyOf = (questionId: number, partId: number | null): Key => `${questionId}:${partId ?? ''}`;

/** A consulted party's page, reached by their link without an account: the letter, the parts, the questions and their answer. */
export function RespondPage({ token }: { token: string }) {
  const { t, lang, setLang } = useT();
  const client = useQueryClient();
  const view = useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => api.call('GET /api/consultation-invitations/:token', { params: { token } }, { signal, redirectOn401: false }),
    retry: false,
  });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [answers, setAnswers] = useState<Record<Key, { stance: Stance | ''; text: string }>>({});
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const data = view.data;
  useDocumentTitle(data ? t('consultation.respondTitle', { organisation: data.consultation.organisation }) : t('consultation.listTitle'));

  // A respondent who has not chosen a language reads the consultation in its organisation's.
  useEffect(() => {
    if (!data) return;
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(STORAGE_KEY);
    } catch {
      stored = null;
    }
    if (!stored && data.consultation.language !== lang) setLang(data.consultation.language);
  }, [data, lang, setLang]);

  // The latest version fills the form each time it is fetched; the inputs own their state afterwards.
  useEffect(() => {
    const r = data?.response;
    if (r) {
      setName(r.respondent.name);
      setEmail(r.respondent.email);
      setAnswers(Object.fromEntries(r.answers.map((a) => [keyOf(a.questionId, a.partId), { stance: a.stance ?? '', text: a.text }])));
    }
  }, [data]);

  const save = useMutation({
    mutationFn: (submit: boolean) =>
      api.call(
        'PUT /api/consultation-invitations/:token/answer',
        {
          params: { token },
          body: {
            respondent: { name, email },
            submit,
            newVersion: editing,
            answers: Object.entries(answers)
              .filter(([, a]) => a.text.trim() || a.stance)
              .map(([key, a]) => {
                const [q, p] = key.split(':');
                return { question: `id:${q}`, part: p ? `id:${p}` : null, stance: a.stance || null, text: a.text };
              }),
          },
        },
        { redirectOn401: false },
      ),
    onSuccess: (r) => {
      setEditing(false);
      setNotice(r.submittedAt ? t('consultation.submitted', { version: r.version }) : t('consultation.draftSaved', { version: r.version }));
      void client.invalidateQueries({ queryKey: ['invitation', token] });
    },
  });
  const upload = useMutation({
    mutationFn: (file: File) => api.sendFile('POST /api/consultation-invitations/:token/attachments', { params: { token }, query: { name: file.name } }, file),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['invitation', token] }),
  });

  if (view.isPending) return <Loading />;
  if (view.isError) {
    if (isApiError(view.error) && view.error.status === 404)
      return (
        <div className="page narrow">
          <h1>{t('consultation.linkInvalid')}</h1>
          <p>{t('consultation.linkInvalidText')}</p>
        </div>
      );
    return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  }
  const c = data!;
  const submitted = c.response?.submittedAt != null && !editing;
  const set = (key: Key, patch: Partial<{ stance: Stance | ''; text: string }>) =>
    setAnswers((prev) => ({ ...prev, [key]: { stance: prev[key]?.stance ?? '', text: prev[key]?.text ?? '', ...patch } }));
  const options = [{ value: '' as const, label: t('consultation.noStance') }, ...stanceOptions(lang)];

  const answerFields = (questionId: number, partId: number | null, legend: string) => {
    const key = keyOf(questionId, partId);
    return (
      <fieldset className="consultation-answer" key={key} disabled={submitted}>
        <legend>{legend}</legend>
        <Field label={t('consultation.stance')}>
          <select value={answers[key]?.stance ?? ''} onChange={(e) => set(key, { stance: e.target.value as Stance | '' })}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('consultation.answer')}>
          <textarea rows={4} value={answers[key]?.text ?? ''} onChange={(e) => set(key, { text: e.target.value })} />
        </Field>
      </fieldset>
    );
  };

  return (
    <div className="page narrow consultation-respond">
      <h1>{c.consultation.title}</h1>
      <p className="lead">{t('consultation.respondTitle', { organisation: c.consultation.organisation })}</p>
      <p>
        <strong>{t('consultation.deadlineLine', { date: formatDateTime(c.consultation.deadline, lang) })}</strong>
      </p>
      <section aria-labelledby="letter-heading" className="card">
        <h2 id="letter-heading">{t('consultation.letter')}</h2>
        {c.consultation.letter.split(/\n+/).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {c.parts.length > 0 && (
          <>
            <h3>{t('consultation.parts')}</h3>
            <ul>
              {c.parts.map((p) => (
                <li key={p.id}>{p.title}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <p>{t('consultation.respondIntro', { party: c.party })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(true);
        }}
      >
        <fieldset disabled={submitted}>
          <legend>{t('consultation.respondent')}</legend>
          <TextField label={t('consultation.name')} value={name} onChange={setName} required autoComplete="name" />
          <TextField label={t('consultation.email')} type="email" value={email} onChange={setEmail} required autoComplete="email" error={isApiError(save.error) ? save.error.fieldError('respondent.email') : undefined} />
        </fieldset>
        {c.questions.map((q, i) => (
          <section key={q.id} aria-labelledby={`q-${q.id}`} className="card">
            <h2 id={`q-${q.id}`}>
              {t('consultation.question', { n: i + 1 })}: {q.text}
            </h2>
            {q.subQuestions.length > 0 && (
              <ul>
                {q.subQuestions.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            )}
            {answerFields(q.id, null, t('consultation.wholeAnswer'))}
            {c.parts.map((p) => (
              <details key={p.id} open={Boolean(answers[keyOf(q.id, p.id)]?.text)}>
                <summary>{t('consultation.partAnswer', { part: p.title })}</summary>
                {answerFields(q.id, p.id, t('consultation.partAnswer', { part: p.title }))}
              </details>
            ))}
          </section>
        ))}
        <section aria-labelledby="attachments-heading" className="card">
          <h2 id="attachments-heading">{t('consultation.attachments')}</h2>
          {c.response?.attachments.length ? (
            <ul>
              {c.response.attachments.map((a) => (
                <li key={a.id}>{a.fileName}</li>
              ))}
            </ul>
          ) : null}
          {!submitted && (
            <Field label={t('consultation.attach')} error={upload.error instanceof Error ? upload.error.message : undefined}>
              <input
                type="file"
                accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  if (!file) return;
                  if (!c.response || c.response.submittedAt) await save.mutateAsync(false);
                  upload.mutate(file);
                }}
              />
            </Field>
          )}
        </section>
        {save.isError && <ErrorMessage error={save.error} />}
        <div aria-live="polite">{notice && <SuccessMessage message={notice} />}</div>
        {submitted ? (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('consultation.changeAnswer')}
          </button>
        ) : (
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => save.mutate(false)} disabled={save.isPending}>
              {t('consultation.saveDraft')}
            </button>
            <button type="submit" className="button" disabled={save.isPending}>
              {t('consultation.submit')}
            </button>
          </div>
        )}
      </form>
    </div>
  );
}
