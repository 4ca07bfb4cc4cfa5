import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../domain/i18n/lang';
import { buildConsultationNotes } from './consultation/build-consultation-notes';
import type { ConsultationNotes } from './consultation/types';
import { cellText, type DocumentModel } from './document-model';
import { renderDocx } from './docx/render-docx';
import { buildFollowUpReport } from './follow-up/build-follow-up-report';
import type { FollowUpReport } from './follow-up/types';
import { buildPlanDocument } from './plan-document/build-plan-document';
import { RISKS } from '../test-support/fixtures/seed-001-plan-document.fixtures';
import type { PlanDocument } from './plan-document/types';

/** The plan as the document builders get it: every optional section present. */
const PLAN: PlanDocument = {
  title: 'Strategispor',
  organisation: 'Region Midtjylland',
  startYear: 2016,
  endYear: 2019,
  generatedOn: '2026-12-07',
  vision: 'Fælles ansvar for sundhed',
  targetYears: [2017, 2019],
  assignmentName: 'Opgaver',
  assignments: [{ text: 'Udbred sundhedshuse.', bodies: ['RR'] }],
  budgetTables: [
    { title: 'Budget', labelHeader: 'Post', columns: ['2017'], rows: [{ label: 'Drift', values: [-1234.5], sum: false }], decimals: 1, footnotes: [], checks: [{ label: 'Drift', computed: 10, stated: 10, ok: true }] },
  ],
  agenda2030: { intro: '', goals: [{ number: 3, name: 'Sundhed og trivsel', dimension: '' }] },
  advocacy: [{ area: 'Sundhed', text: 'Nye honoreringsformer', arena: 'National', decisionMaker: 'Folketinget' }],
  measuresHeading: 'Spor og indikatorer',
  perspectives: [
    {
      levelName: 'Spor',
      title: 'Fælles og integrerende samarbejdsformer',
      description: '',
      longTermGoals: '',
      bodies: [],
      measureTables: [{ kindName: 'Indikator', rows: [{ name: 'Genindlæggelser', baseline: '12 %', targets: ['10 %', '8 %'], source: 'LPR', period: 'År', footnotes: [] }] }],
      children: [],
    },
  ],
  risks: RISKS,
};

const headings = (doc: DocumentModel) => doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : b.kind === 'toc' ? [b.title] : []));
const tableHeaders = (doc: DocumentModel) => doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.columns.map((c) => c.header)] : []));
const allText = (doc: DocumentModel) =>
  doc.blocks
    .flatMap((b) => {
      if (b.kind === 'heading') return [b.text];
      if (b.kind === 'paragraph') return [b.runs.map((r) => r.text).join('')];
      if (b.kind === 'bullets') return b.items.map((i) => i.map((r) => r.text).join(''));
      if (b.kind === 'table') return [...b.columns.map((c) => c.header), ...b.rows.flat().map(cellText), ...(b.footnotes ?? []).map((f) => f.text)];
      return b.kind === 'toc' ? [b.title] : [];
    })
    .join('\n');

// Written out by hand, independently of the label files: what a Danish and an English reader sees.
const PLAN_HEADINGS: Record<Exclude<Lang, 'sv'>, string[]> = {
  da: [
    'Indhold',
    'Vision',
    'Opgaver fra regionsrådet',
    'Verdensmålene (Agenda 2030)',
    'Virksomhed og økonomi',
    'Budget',
    'Spor og indikatorer',
    'Fælles og integrerende samarbejdsformer',
    'Bilag: Påvirkningssager',
    // The risk appendix keeps the title the plan gave it.
    'Bilaga 5 Regionstyrelsens riskbedömning av framgångsfaktorer',
  ],
  en: [
    'Contents',
    'Vision',
    'Opgaver from the regional council',
    'Agenda 2030',
    'Operations and finances',
    'Budget',
    'Spor og indikatorer',
    'Fælles og integrerende samarbejdsformer',
    'Appendix: Advocacy issues',
    'Bilaga 5 Regionstyrelsens riskbedömning av framgångsfaktorer',
  ],
};

describe('the plan document in Danish and English', () => {
  it.each(['da', 'en'] as const)('%s: every heading of the plan in the language (the plan’s own titles as written)', (lang) => {
    expect(headings(buildPlanDocument(PLAN, lang))).toEqual(PLAN_HEADINGS[lang]);
  });
  it('names the measure, risk and advocacy columns in Danish and English', () => {
    const da = tableHeaders(buildPlanDocument(PLAN, 'da'));
    expect(da).toContainEqual(['Indikator', 'Udgangsværdi', 'Mål 2017', 'Mål 2019', 'Kilde', 'Periode']);
    expect(da).toContainEqual(['Område', 'Påvirkningssag', 'Arena', 'Beslutningstager']);
    expect(da).toContainEqual(['Nr.', 'Perspektiv og strategisk mål', 'Succesfaktor', 'Hvad kan der ske?', 'Konsekvens', 'K', 'S', 'Risiko', 'Årsag', 'Hvad skal der gøres?', 'Kontrolmetode']);
    const en = tableHeaders(buildPlanDocument(PLAN, 'en'));
    expect(en).toContainEqual(['Indikator', 'Baseline', 'Target 2017', 'Target 2019', 'Source', 'Period']);
    expect(en).toContainEqual(['No.', 'Perspective and strategic goal', 'Success factor', 'What can happen?', 'Consequence', 'C', 'P', 'Risk', 'Cause', 'What needs to be done?', 'Control method']);
  });
  it('writes numbers, the title page and checks in the language', () => {
    const da = buildPlanDocument(PLAN, 'da');
    expect(da.meta).toEqual(['2016–2019', 'Udskrevet fra Ledstjärna 7. december 2026']);
    expect(da.lang).toBe('da');
    expect(allText(da)).toContain('-1.234,5');
    expect(allText(da)).not.toContain('-1\u00a0234,5');
    expect(allText(da)).toContain('Den angivne sum stemmer med den beregnede.');
    const en = buildPlanDocument(PLAN, 'en');
    expect(en.meta).toEqual(['2016–2019', 'Printed from Ledstjärna 7 December 2026']);
    expect(allText(en)).toContain('-1,234.5');
    expect(allText(en)).toContain('The stated total agrees with the computed one.');
    const sv = buildPlanDocument(PLAN);
    expect(sv.meta).toEqual(['2016–2019', 'Utskriven ur Ledstjärna 7 december 2026']);
    expect(allText(sv)).toContain('\u22121\u00a0234,5');
  });
  it('leaves no Swedish word of its own in a Danish or English plan', () => {
    for (const lang of ['da', 'en'] as const) {
      const text = allText(buildPlanDocument({ ...PLAN, risks: undefined }, lang));
      for (const sv of ['Innehåll', 'Ingångsvärde', 'Källa', 'Verksamhet och ekonomi', 'Påverkansfrågor', 'Utskriven', 'regionfullmäktige', 'Kontroll av summor']) {
        expect(text).not.toContain(sv);
      }
    }
  });
});

describe('the follow-up report in every language', () => {
  const report: FollowUpReport = {
    planTitle: 'Strategispor',
    organisation: 'Region Midtjylland',
    period: '2017',
    periodLabel: '2017',
    generatedOn: '2026-12-07',
    vision: '',
    counts: { met: 1, 'partly-met': 0, 'not-met': 0, 'too-few-values': 0, 'no-value': 0, 'not-reported': 0, 'not-measurable': 0 },
    nodes: [
      {
        levelName: 'Spor',
        title: 'Proaktiv og differentieret indsats',
        status: 'met',
        explanation: '1 af 1',
        counts: { met: 1, 'partly-met': 0, 'not-met': 0, 'too-few-values': 0, 'no-value': 0, 'not-reported': 0, 'not-measurable': 0 },
        judgement: { code: 'partly', workflow: 'submitted', analysis: 'A', actions: 'B', by: 'Mette' },
        measures: [],
        children: [],
      },
    ],
    assignmentName: 'Opgaver',
    assignments: [{ text: 'Udbred sundhedshuse.', bodies: [], status: { label: 'I gang', comment: '' } }],
    risks: undefined,
  };
  it.each([
    ['da', ['Indhold', 'Sammenfatning', 'Proaktiv og differentieret indsats', 'Opgaver og deres status'], 'Opfølgning på Strategispor', 'Vurdering: Delvist opfyldt (indsendt af Mette, endnu ikke godkendt)', ['Status', 'Antal målinger']],
    ['en', ['Contents', 'Summary', 'Proaktiv og differentieret indsats', 'Opgaver and their status'], 'Follow-up of Strategispor', 'Assessment: Partly met (submitted by Mette, not yet approved)', ['Status', 'Number of measures']],
  ] as const)('%s: headings, title, judgement and summary columns', (lang, expected, title, judgement, summaryColumns) => {
    const doc = buildFollowUpReport(report, lang);
    expect(headings(doc)).toEqual(expected);
    expect(doc.title).toBe(title);
    expect(allText(doc)).toContain(judgement);
    expect(tableHeaders(doc)[0]).toEqual(summaryColumns);
  });
  it.each([
    ['sv', 'Utskriven ur Ledstjärna 7 december 2026', 'godkänd av Mette 6 december 2026'],
    ['da', 'Udskrevet fra Ledstjärna 7. december 2026', 'godkendt af Mette 6. december 2026'],
    ['en', 'Printed from Ledstjärna 7 December 2026', 'approved by Mette 6 December 2026'],
  ] as const)('%s: the title page and an approval are dated as the language writes dates', (lang, generated, approved) => {
    const node = report.nodes[0]!;
    const judged = { ...report, nodes: [{ ...node, judgement: { ...node.judgement!, workflow: 'approved' as const, approvedOn: '2026-12-06' } }] };
    const doc = buildFollowUpReport(judged, lang);
    expect(doc.meta).toEqual([generated]);
    expect(allText(doc)).toContain(approved);
    expect(allText(doc)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('the høringsnotat / remissammanställning in every language', () => {
  const notes: ConsultationNotes = {
    title: 'Høring om strategispor',
    organisation: 'Region Midtjylland',
    letter: 'Brev',
    deadline: '2016-08-15T21:59:00Z',
    generatedOn: '2016-09-01',
    parts: ['Spor 1'],
    parties: [
      { name: 'Horsens-klyngen', answered: true, version: 1, submittedAt: '2016-08-10T10:00:00Z' },
      { name: 'Aarhus-klyngen', answered: false, version: null, submittedAt: null },
      { name: 'Ebeltoft', answered: true, version: 2, submittedAt: '2016-08-11T10:00:00Z' },
    ],
    questions: [
      {
        text: 'Konkrete input til strategien?',
        subQuestions: [],
        summary: 'Sammenfatning',
        points: [{ party: 'Horsens-klyngen', part: 'Spor 1', stance: 'supports', text: 'Ja', tags: ['data'], response: 'Tak', ledToChange: true, change: 'Spor 1 omskrevet' }],
      },
    ],
  };
  it.each([
    [
      'da',
      ['Indhold', 'Høringsparter', 'Høringsbrevet', 'Dele i høring', 'Sammenfatning pr. spørgsmål', 'Spørgsmål 1: Konkrete input til strategien?', 'Sammenfatning', 'Høringssvar og regionens bemærkninger (1 bemærkning)', 'Ændringer i planen', 'Bilag: Høringssvarene i deres helhed', 'Ebeltoft', 'Horsens-klyngen', 'Spørgsmål 1 – Spor 1', 'Aarhus-klyngen'],
      ['Høringspart', 'Høringssvar'],
      'Høringsnotat: Region Midtjylland',
      'Høringsfrist 15. august 2016',
    ],
    [
      'sv',
      ['Innehåll', 'Remissinstanser', 'Remissen', 'Delar som remitterades', 'Sammanfattning per fråga', 'Fråga 1: Konkrete input til strategien?', 'Sammanfattning', 'Remissvar och regionens kommentarer (1 synpunkt)', 'Ändringar i planen', 'Bilaga: Remissvaren i sin helhet', 'Aarhus-klyngen', 'Ebeltoft', 'Horsens-klyngen', 'Fråga 1 – Spor 1'],
      ['Remissinstans', 'Remissvar'],
      'Remissammanställning: Region Midtjylland',
      'Sista svarsdag 15 augusti 2016',
    ],
    [
      'en',
      ['Contents', 'Consulted parties', 'The consultation letter', 'Parts under consultation', 'Summary per question', 'Question 1: Konkrete input til strategien?', 'Summary', 'Responses and the region’s replies (1 point)', 'Changes to the plan', 'Appendix: The responses in full', 'Aarhus-klyngen', 'Ebeltoft', 'Horsens-klyngen', 'Question 1 – Spor 1'],
      ['Consulted party', 'Response'],
      'Consultation report: Region Midtjylland',
      'Deadline 15 August 2016',
    ],
  ] as const)('%s: headings, parties in the language’s alphabetical order, title page', (lang, expected, partyColumns, subtitle, deadline) => {
    const doc = buildConsultationNotes(notes, lang);
    expect(headings(doc)).toEqual(expected);
    expect(tableHeaders(doc)[0]).toEqual(partyColumns);
    expect(doc.subtitle).toBe(subtitle);
    expect(doc.meta).toContain(deadline);
  });
  it('marks each party that answered and counts them with the right plural', () => {
    const da = buildConsultationNotes(notes, 'da');
    const table = da.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.map((r) => r.map(cellText))).toEqual([
      ['Ebeltoft', '● Svaret (version 2)'],
      ['Horsens-klyngen', '● Svaret'],
      ['Aarhus-klyngen', '○ Intet svar'],
    ]);
    expect(allText(da)).toContain('2 ud af 3 høringsparter har svaret.');
    expect(allText(buildConsultationNotes({ ...notes, parties: notes.parties.slice(0, 1) }, 'sv'))).toContain('1 av 1 remissinstans har svarat.');
    expect(allText(buildConsultationNotes({ ...notes, parties: notes.parties.slice(0, 1) }, 'en'))).toContain('1 of 1 consulted party responded.');
  });
});

describe('page footers', () => {
  it.each([
    ['sv', 'Sida', 'av'],
    ['da', 'Side', 'af'],
    ['en', 'Page', 'of'],
  ] as const)('%s: a Word document numbers its pages in its own language', async (lang, page, of) => {
    const docx = await renderDocx(buildPlanDocument(PLAN, lang));
    const zip = await JSZip.loadAsync(docx);
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const words = footers.join('').match(/<w:t[^>]*>([^<]*)<\/w:t>/g)?.map((t) => t.replace(/<[^>]+>/g, '').trim()) ?? [];
    expect(words).toEqual(expect.arrayContaining([page, of]));
    for (const other of ['Sida', 'Side', 'Page'].filter((w) => w !== page)) expect(words).not.toContain(other);
  });
});
