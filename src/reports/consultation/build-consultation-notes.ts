import { STANCE_LABELS } from '../../domain/consultation/stance';
import type { Lang } from '../../domain/i18n/lang';
import { formatDateTime, formatLongDate, LOCALES } from '../../domain/i18n/plural';
import { type Block, type DocumentModel, para, paragraphs } from '../document-model';
import { NOTES_LABELS } from './notes-labels';
import type { ConsultationNotes, NotesPoint } from './types';

/**
 * The høringsnotat / remissammanställning: the consulted parties in alphabetical order with a mark
 * for each that answered, a summary per question, the region's response to every point, the changes
 * made, and every party's answers in full in an appendix.
 */
export function buildConsultationNotes(notes: ConsultationNotes, lang: Lang): DocumentModel {
  const L = NOTES_LABELS[lang];
  const collator = new Intl.Collator(LOCALES[lang]);
  const parties = [...notes.parties].sort((a, b) => collator.compare(a.name, b.name));
  const answered = parties.filter((p) => p.answered).length;
  const blocks: Block[] = [{ kind: 'toc', title: tocTitle(lang) }];

  blocks.push({ kind: 'heading', level: 1, text: L.parties }, para(L.partiesIntro), {
    kind: 'table',
    columns: [
      { header: L.partyColumn, width: 60 },
      { header: L.answeredColumn, width: 40 },
    ],
    rows: parties.map((p) => [p.name, p.answered ? `${L.answered}${p.version && p.version > 1 ? ` (${L.version(p.version)})` : ''}` : L.notAnswered]),
  });
  blocks.push(para(L.answeredCount(answered, parties.length)));

  blocks.push({ kind: 'heading', level: 1, text: L.letter }, ...paragraphs(notes.letter));
  if (notes.parts.length) blocks.push({ kind: 'heading', level: 2, text: L.parts }, { kind: 'bullets', items: notes.parts.map((p) => [{ text: p }]) });

  blocks.push({ kind: 'heading', level: 1, text: L.summaryPerQuestion });
  notes.questions.forEach((q, i) => {
    blocks.push({ kind: 'heading', level: 2, text: `${L.question(i + 1)}: ${q.text}` });
    if (q.subQuestions.length) blocks.push({ kind: 'bullets', items: q.subQuestions.map((s) => [{ text: s }]) });
    blocks.push({ kind: 'heading', level: 3, text: L.summary, noToc: true });
    blocks.push(...(q.summary ? paragraphs(q.summary) : [para(L.noSummary, 'small')]));
    blocks.push({ kind: 'heading', level: 3, text: `${L.responses} (${L.pointCount(q.points.length)})`, noToc: true });
    if (q.points.length === 0) blocks.push(para(L.noAnswers, 'small'));
    else blocks.push(pointsTable(q.points, lang, collator));
  });

  const changes = notes.questions.flatMap((q, i) => q.points.filter((p) => p.ledToChange).map((p) => ({ ...p, question: i + 1 })));
  blocks.push({ kind: 'heading', level: 1, text: L.changes });
  if (changes.length === 0) blocks.push(para(L.noChanges));
  else {
    blocks.push(para(L.changesIntro), {
      kind: 'table',
      columns: [
        { header: L.questionColumn, width: 10 },
        { header: L.party, width: 25 },
        { header: L.regionResponse, width: 35 },
        { header: L.changes, width: 30 },
      ],
      rows: changes.map((c) => [String(c.question), c.part ? `${c.party} (${c.part})` : c.party, c.response ?? '', c.change ?? L.ledToChange]),
    });
  }

  blocks.push({ kind: 'page-break' }, { kind: 'heading', level: 1, text: L.appendix }, para(L.appendixIntro));
  for (const party of parties) {
    blocks.push({ kind: 'heading', level: 2, text: party.name });
    if (!party.answered) {
      blocks.push(para(L.notAnswered.replace(/^○\s*/, ''), 'small'));
      continue;
    }
    if (party.submittedAt) blocks.push(para(`${L.answeredColumn}: ${formatDateTime(party.submittedAt, lang)}${party.version ? `, ${L.version(party.version)}` : ''}`, 'small'));
    notes.questions.forEach((q, i) => {
      for (const p of q.points.filter((x) => x.party === party.name)) {
        blocks.push({ kind: 'heading', level: 3, text: `${L.question(i + 1)}${p.part ? ` – ${p.part}` : ''}`, noToc: true });
        if (p.stance) blocks.push({ kind: 'paragraph', runs: [{ text: `${L.stance}: `, bold: true }, { text: STANCE_LABELS[p.stance][lang] }] });
        blocks.push(...paragraphs(p.text));
      }
    });
  }

  return {
    title: notes.title,
    subtitle: L.subtitle(notes.organisation),
    meta: [notes.organisation, L.deadline(formatLongDate(notes.deadline, lang)), L.generated(formatLongDate(notes.generatedOn, lang))],
    runningHeader: `${L.documentName} – ${notes.title}`,
    blocks,
    lang,
  };
}

function pointsTable(points: NotesPoint[], lang: Lang, collator: Intl.Collator): Block {
  const L = NOTES_LABELS[lang];
  const sorted = [...points].sort((a, b) => collator.compare(a.party, b.party) || collator.compare(a.part ?? '', b.part ?? ''));
  return {
    kind: 'table',
    columns: [
      { header: L.party, width: 20 },
      { header: L.answer, width: 45 },
      { header: L.regionResponse, width: 35 },
    ],
    rows: sorted.map((p) => [
      p.part ? `${p.party} (${p.part})` : p.party,
      [p.stance ? `${STANCE_LABELS[p.stance][lang]}. ` : '', p.text].join(''),
      [p.response || L.noResponse, p.tags.length ? `${L.tags}: ${p.tags.join(', ')}` : '', p.ledToChange ? `${L.ledToChange}${p.change ? `: ${p.change}` : ''}` : '']
        .filter(Boolean)
        .join(' · '),
    ]),
  };
}

const tocTitle = (lang: Lang) => ({ sv: 'Innehåll', da: 'Indhold', en: 'Contents' })[lang];
