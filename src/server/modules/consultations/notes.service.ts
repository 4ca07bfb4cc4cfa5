import type { Db } from '../../../db/client';
import type { Lang } from '../../../domain/i18n/lang';
import { formatDateTime } from '../../../domain/i18n/plural';
import { buildConsultationNotes } from '../../../reports/consultation/build-consultation-notes';
import { NOTES_LABELS } from '../../../reports/consultation/notes-labels';
import type { ConsultationNotes } from '../../../reports/consultation/types';
import { renderDocx } from '../../../reports/docx/render-docx';
import { renderPdf } from '../../../reports/pdf/render-pdf';
import { CONTENT_TYPES, type RenderedDocument } from '../documents/documents.service';
import * as q from './consultations.queries';
import { consultationView } from './consultations.service';

/** The notat's data: every party, their latest submitted answers per question and part, the region's reviews and linked plan edits. */
export async function loadNotes(db: Db, c: q.ConsultationRow, lang: Lang): Promise<ConsultationNotes> {
  const view = await consultationView(db, c);
  const parts = new Map(view.parts.map((p) => [p.id, p.title]));
  const audits = new Map<number, { object_type: string; object_id: number; action: string; at: string }>();
  if (c.plan_id !== null) {
    for (const r of view.reviews) {
      if (r.changeAuditId && !audits.has(r.changeAuditId)) {
        const entry = await q.findPlanAuditEntry(db, c.plan_id, r.changeAuditId);
        if (entry) audits.set(r.changeAuditId, entry);
      }
    }
  }
  const editWords = { sv: 'ändring', da: 'ændring', en: 'change' }[lang];
  return {
    title: view.title,
    organisation: c.organisation_name,
    letter: view.letter,
    deadline: view.deadline,
    generatedOn: new Date().toISOString().slice(0, 10),
    parts: view.parts.map((p) => p.title),
    parties: view.parties.map((p) => ({
      name: p.party,
      answered: p.submitted !== null,
      version: p.submitted?.version ?? null,
      submittedAt: p.submitted?.submittedAt ?? null,
    })),
    questions: view.questions.map((question) => ({
      text: question.text,
      subQuestions: question.subQuestions,
      summary: question.summary,
      points: view.parties.flatMap((p) =>
        (p.submitted?.answers ?? [])
          .filter((a) => a.questionId === question.id)
          .map((a) => {
            const review = view.reviews.find((r) => r.invitationId === p.invitationId && r.questionId === a.questionId && r.partId === a.partId);
            const audit = review?.changeAuditId ? audits.get(review.changeAuditId) : undefined;
            const link = audit ? `${editWords} #${review!.changeAuditId} (${audit.object_type} ${audit.object_id}, ${formatDateTime(audit.at, lang)})` : '';
            return {
              party: p.party,
              part: a.partId === null ? null : (parts.get(a.partId) ?? null),
              stance: a.stance,
              text: a.text,
              tags: review?.tags ?? [],
              response: review?.response || null,
              ledToChange: review?.ledToChange ?? false,
              change: [review?.changeDescription, link].filter(Boolean).join(' – ') || null,
            };
          }),
      ),
    })),
  };
}

/** The notat as Word or PDF in `lang`. */
export async function renderNotes(db: Db, c: q.ConsultationRow, format: 'docx' | 'pdf', lang: Lang): Promise<RenderedDocument> {
  const model = buildConsultationNotes(await loadNotes(db, c, lang), lang);
  const body = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
  const name = `${NOTES_LABELS[lang].documentName} ${c.title}`.replace(/[\\/:*?"<>|\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
  return { body, contentType: CONTENT_TYPES[format], fileName: `${name}.${format}` };
}
