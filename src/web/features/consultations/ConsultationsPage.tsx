import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { questionsAsText, templateQuestions } from '../../../domain/consultation/template-questions';
import { formatDateTime } from '../../../domain/i18n/plural';
import type { CreatedConsultation } from '../../../shared/contracts/consultations';
import { api, isApiError } from '../../api/client';
import { useOrganisations, usePlans, useScorecard } from '../../api/queries';
import { Field, TextField } from '../../components/Field';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** "Klynge Vest; vest@herning.dk" per line → invitees; the numbers of lines that are not that. */
export function parseInvitees(text: string): { invitees: { name: string; email: string }[]; bad: number[] } {
  const invitees: { name: string; email: string }[] = [];
  const bad: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const m = /^(.+?)\s*[;<]\s*([^\s;<>]+@[^\s;<>]+)\s*>?\s*$/.exec(line.trim());
    if (m) invitees.push({ name: m[1]!.trim(), email: m[2]! });
    else bad.push(i + 1);
  });
  return { invitees, bad };
}

/** Questions one per line; a line starting with "-" is a sub-question of the one above. */
export function parseQuestions(text: string): { text: string; subQuestions: string[] }[] {
  const out: { text: string; subQuestions: string[] }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (/^[-–•]\s*/.test(line) && out.length) out.at(-1)!.subQuestions.push(line.replace(/^[-–•]\s*/, ''));
    else out.push({ text: line.replace(/^[-–•]\s*/, ''), subQuestions: [] });
  }
  return out;
}

/** An organisation's consultation rounds (remisser / høringer) and the form that sends a new one. */
export function ConsultationsPage({ orgId }: { orgId: number }) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const orgs = useOrganisations();
  const plans = usePlans(orgId);
  const list = useQuery({ queryKey: ['consultations', orgId], queryFn: ({ signal }) => api.call('GET /api/organisations/:id/consultations', { params: { id: orgId } }, { signal }) });
  const [title, setTitle] = useState('');
  const [letter, setLetter] = useState('');
  const [deadline, setDeadline] = useState('');
  const [planId, setPlanId] = useState<number | null>(null);
  const [parts, setParts] = useState<number[]>([]);
  // null until the user writes: the form starts from the governance model's questions (Midtjylland: seed 003's).
  const [questionsTyped, setQuestions] = useState<string | null>(null);
  const [invitees, setInvitees] = useState('');
  const [created, setCreated] = useState<CreatedConsultation | null>(null);
  const scorecard = useScorecard(planId ?? Number.NaN, null);
  const org = orgs.data?.find((o) => o.id === orgId);
  const questions = questionsTyped ?? questionsAsText(templateQuestions(org?.governanceModel.key));
  useDocumentTitle(org ? `${t('consultation.listTitle')} – ${org.name}` : t('consultation.listTitle'));

  const parsed = parseInvitees(invitees);
  const create = useMutation({
    mutationFn: () =>
      api.call('POST /api/consultations', {
        body: {
          organisationId: orgId,
          title,
          letter,
          deadline: deadline ? new Date(deadline).toISOString() : '',
          questions: parseQuestions(questions),
          invitees: parsed.invitees,
          ...(planId ? { planId, parts: parts.map((nodeId) => ({ nodeId })) } : {}),
        },
      }),
    onSuccess: (c) => {
      setCreated(c);
      void client.invalidateQueries({ queryKey: ['consultations', orgId] });
    },
  });
  const err = (path: string) => (isApiError(create.error) ? create.error.fieldError(path) : undefined);

  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <div className="page consultations">
      <h1>{t('consultation.listTitle')}</h1>
      <p className="lead">{t('consultation.listIntro')}</p>
      {list.data.length === 0 ? (
        <p>{t('consultation.none')}</p>
      ) : (
        <ul className="consultation-list">
          {list.data.map((c) => (
            <li key={c.id}>
              <Link href={`/consultations/${c.id}`}>{c.title}</Link> — {t('consultation.deadlineLine', { date: formatDateTime(c.deadline, lang) })},{' '}
              {t('consultation.answered', { answered: c.answered, invited: c.invited })}
              {c.closedAt ? `, ${t('consultation.closed')}` : ''}
              {c.publishedAt ? `, ${t('consultation.published')}` : ''}
            </li>
          ))}
        </ul>
      )}
      {created ? (
        <section className="card" aria-labelledby="sent-heading">
          <h2 id="sent-heading">{t('consultation.sent')}</h2>
          <ul>
            {created.invitations.map((i) => (
              <li key={i.invitationId}>
                <a href={i.url} aria-label={t('consultation.link', { party: i.invitee.name })}>
                  {i.invitee.name}
                </a>{' '}
                <code>{i.url}</code>
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/consultations/${created.id}`}>{t('consultation.open')}</Link>
          </p>
        </section>
      ) : (
        <form
          className="card"
          aria-labelledby="new-heading"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <h2 id="new-heading">{t('consultation.newHeading')}</h2>
          <TextField label={t('consultation.title')} value={title} onChange={setTitle} required error={err('title')} />
          <Field label={t('consultation.letter')} error={err('letter')}>
            <textarea rows={6} value={letter} onChange={(e) => setLetter(e.target.value)} required />
          </Field>
          <TextField label={t('consultation.deadline')} type="datetime-local" value={deadline} onChange={setDeadline} required error={err('deadline')} />
          <Field label={t('consultation.plan')}>
            <select value={planId ?? ''} onChange={(e) => setPlanId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('consultation.noPlan')}</option>
              {(plans.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </Field>
          {planId && scorecard.data && (
            <fieldset>
              <legend>{t('consultation.parts')}</legend>
              <p className="field-hint">{t('consultation.partsHint')}</p>
              {scorecard.data.nodes.map((n) => (
                <label key={n.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={parts.includes(n.id)}
                    onChange={(e) => setParts((prev) => (e.target.checked ? [...prev, n.id] : prev.filter((x) => x !== n.id)))}
                  />{' '}
                  {n.title}
                </label>
              ))}
            </fieldset>
          )}
          <Field label={t('consultation.questions')} hint={t('consultation.questionsHint')} error={err('questions')}>
            <textarea rows={6} value={questions} onChange={(e) => setQuestions(e.target.value)} required />
          </Field>
          <Field
            label={t('consultation.invitees')}
            hint={t('consultation.inviteesHint')}
            error={parsed.bad.length ? t('consultation.inviteeLineError', { line: parsed.bad[0]! }) : (err('invitees') ?? err('invitees.0.email'))}
          >
            <textarea rows={4} value={invitees} onChange={(e) => setInvitees(e.target.value)} required />
          </Field>
          {create.isError && <ErrorMessage error={create.error} />}
          <button type="submit" className="button" disabled={create.isPending || parsed.bad.length > 0}>
            {t('consultation.send')}
          </button>
        </form>
      )}
    </div>
  );
}
