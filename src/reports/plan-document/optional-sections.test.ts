import { describe, expect, it, vi } from 'vitest';
import { readDocx, readPdf } from '../../test-support/read-documents';
import { renderDocx } from '../docx/render-docx';
import { buildFollowUpReport } from '../follow-up/build-follow-up-report';
import type { FollowUpReport } from '../follow-up/types';
import { renderPdf } from '../pdf/render-pdf';
import { buildPlanDocument } from './build-plan-document';
import { REGIONBIDRAG, RISKS } from '../../test-support/fixtures/seed-001-plan-document.fixtures';
import type { PlanDocument } from './types';

// Writing a PDF takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const PLAN: PlanDocument = {
  title: 'Regionstyrelsens plan 2022-2024',
  organisation: 'Region Norrbotten',
  startYear: 2022,
  endYear: 2024,
  generatedOn: '2026-12-01',
  vision: 'Tillsammans för Norrbotten – Bästa livet, bästa hälsan.',
  targetYears: [2022, 2024],
  assignmentName: 'Uppdrag',
  assignments: [{ text: 'Minimera patientresandet.', bodies: ['RS'] }],
  chapters: [
    {
      title: 'Nära vård',
      paragraphs: ['Det innebär att vården ska vidareutvecklas med primärvården som nav.'],
      children: [{ title: 'Målbild', paragraphs: ['En gemensam målbild för nära vård har utarbetats ur ett medborgarperspektiv tillsammans med länets kommuner.'] }],
    },
  ],
  budgetTables: [REGIONBIDRAG],
  measuresHeading: 'Framgångsfaktorer och styrmått',
  perspectives: [],
  risks: RISKS,
};

describe('optional sections of the plan document', () => {
  it('renders the chapters, the budget table with Swedish numbers and the risk table in Word, headers repeating', async () => {
    const doc = await readDocx(await renderDocx(buildPlanDocument(PLAN)));
    expect(doc.html).toMatch(/<h1>(<a [^>]*><\/a>)?Nära vård<\/h1>/);
    expect(doc.html).toMatch(/<h2>(<a [^>]*><\/a>)?Målbild<\/h2>/);
    const [budget, risks] = doc.tables;
    expect(budget!.headerRepeats).toBe(true);
    expect(budget!.rows[0]).toEqual(['Mnkr', '2022', '2023', '2024']);
    expect(budget!.rows[1]).toEqual(['Anslag året innan', '8\u00a0406,5', '8\u00a0712,1', '8\u00a0930,2']);
    expect(budget!.rows[6]).toEqual(['Sunderbyn engångskostnader', '\u22128,1', '', '']);
    expect(budget!.rows[10]).toEqual(['Regionbidrag', '8\u00a0712,1', '8\u00a0930,2', '9\u00a0201,5']);
    expect(risks!.headerRepeats).toBe(true);
    expect(risks!.rows[0]!.slice(0, 3)).toEqual(['Nr', 'Perspektiv och strategiskt mål', 'Framgångsfaktor']);
    expect(risks!.rows[2]!.slice(0, 3)).toEqual(['12', 'Medarbetare: Hållbar kompetensförsörjning', 'Tillgänglig och rätt använd kompetens']);
    expect(risks!.rows[2]!.slice(5, 8)).toEqual(['3', '4', '12']);
    expect(risks!.rows[1]!.slice(5, 8)).toEqual(['3', '', '6']);
    // The risk table gets landscape pages of its own.
    expect(doc.xml.includes('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')).toBe(true);
  });

  it('renders the same in the PDF, with the Swedish minus sign and letters intact', async () => {
    const text = (await readPdf(await renderPdf(buildPlanDocument(PLAN)))).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Förändringar i regionbidraget till Regionstyrelsen');
    expect(text).toContain('Sunderbyn engångskostnader \u22128,1');
    // (\s also matches the no-break spaces that group the digits.)
    expect(text).toContain('Regionbidrag 8 712,1 8 930,2 9 201,5');
    expect(text).toContain('Tillgänglig och rätt använd kompetens');
    expect(text).toContain('Bilaga 5 Regionstyrelsens riskbedömning av framgångsfaktorer');
    expect(text).toContain('K = konsekvens (1–4), S = sannolikhet (1–4), risk = K × S (1–16).');
  });

  it('leaves out every optional section that has no data', async () => {
    const bare = buildPlanDocument({ ...PLAN, chapters: undefined, budgetTables: undefined, risks: undefined });
    expect(bare.blocks.filter((b) => b.kind === 'table')).toEqual([]);
    expect(bare.blocks.some((b) => b.kind === 'heading' && b.text === 'Verksamhet och ekonomi')).toBe(false);
  });
});

describe('optional sections of the follow-up report', () => {
  const report: FollowUpReport = {
    planTitle: PLAN.title,
    organisation: 'Region Norrbotten',
    period: '2022-DÅ08',
    periodLabel: 'Delår augusti 2022',
    generatedOn: '2026-12-01',
    vision: PLAN.vision,
    counts: { met: 1, 'partly-met': 0, 'not-met': 0, 'too-few-values': 0, 'no-value': 0, 'not-reported': 0, 'not-measurable': 0 },
    nodes: [
      {
        levelName: 'Framgångsfaktor',
        title: 'En hållbar verksamhet med hög säkerhet',
        status: 'met',
        explanation: '1 av 1 bedömda mått är uppfyllt.',
        counts: { met: 1, 'partly-met': 0, 'not-met': 0, 'too-few-values': 0, 'no-value': 0, 'not-reported': 0, 'not-measurable': 0 },
        judgement: { code: 'partly', workflow: 'approved', analysis: 'Fallskadorna har inte minskat i den takt som planerades.', actions: 'Fallpreventionen utökas till alla vårdavdelningar.', by: 'Anna Strateg', approvedOn: '2022-09-10' },
        measures: [],
        children: [],
      },
    ],
    assignmentName: 'Uppdrag',
    assignments: [{ text: 'Minimera patientresandet.', bodies: ['RS'], status: { label: 'Pågår', comment: 'Digitala vårdmöten ersätter resor.' } }],
    risks: RISKS,
  };

  it('shows a person’s judgement with analysis and actions, assignment status and the risks', async () => {
    const doc = await readDocx(await renderDocx(buildFollowUpReport(report)));
    expect(doc.text).toContain('Bedömning: Delvis uppfyllt (godkänd av Anna Strateg 10 september 2022)');
    expect(doc.text).toContain('Analys: Fallskadorna har inte minskat i den takt som planerades.');
    expect(doc.text).toContain('Åtgärder: Fallpreventionen utökas till alla vårdavdelningar.');
    expect(doc.tables.find((t) => t.rows[0]?.[0] === 'Uppdrag')!.rows[1]).toEqual(['Minimera patientresandet. (RS)', 'Pågår', 'Digitala vårdmöten ersätter resor.']);
    expect(doc.tables.some((t) => t.rows[0]?.[0] === 'Nr')).toBe(true);
  });
});
