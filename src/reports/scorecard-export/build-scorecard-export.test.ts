import { describe, expect, it } from 'vitest';
import { GOVERNANCE_TEMPLATES } from '../../domain/model/templates';
import type { FulfilmentStatus } from '../../domain/fulfilment/types';
import type { Localized } from '../../domain/i18n/lang';
import type { Scorecard, ScorecardMeasure, ScorecardNode } from '../../shared/api-types';
import ExcelJS from 'exceljs';
import { buildScorecardExport, countsText } from './build-scorecard-export';
import { renderScorecardXlsx } from './render-scorecard-xlsx';

const MODEL = GOVERNANCE_TEMPLATES.find((m) => m.key === 'norrbotten')!;
const text = (sv: string, da = `${sv} (da)`, en = `${sv} (en)`): Localized => ({ sv, da, en });
const none = (): Record<FulfilmentStatus, number> => ({ met: 0, 'partly-met': 0, 'not-met': 0, 'too-few-values': 0, 'no-value': 0, 'not-reported': 0, 'not-measurable': 0 });

function measure(id: number, name: string, status: FulfilmentStatus, rule: string, extra: Partial<ScorecardMeasure> = {}): ScorecardMeasure {
  return {
    id,
    name,
    kindKey: 'styrmatt',
    baselineText: '2021',
    targetText: null,
    targetYear: null,
    valueText: null,
    valueFromKolada: false,
    fulfilment: { status, explanation: text(rule) },
    reportedThisPeriod: status !== 'not-reported',
    canEnterValues: false,
    ...extra,
  };
}

function node(id: number, levelKey: string, title: string, status: FulfilmentStatus, rule: string, children: ScorecardNode[], measures: ScorecardMeasure[]): ScorecardNode {
  const counts = none();
  const count = (n: { measures: ScorecardMeasure[]; children: ScorecardNode[] }): void => {
    for (const m of n.measures) counts[m.fulfilment.status] += 1;
    for (const c of n.children) count(c);
  };
  count({ measures, children });
  return { id, levelKey, title, description: '', longTermGoals: '', bodies: [], version: 1, fulfilment: { status, explanation: text(rule), counts }, children, measures };
}

// Seed 001's real measures under one success factor of Verksamhetsperspektivet, as the scorecard judged them at DÅ 08 2022.
const VARDSKADOR = measure(1, 'Andel vårdskador, sluten somatisk vård', 'met', 'Minska: 5,8 % < 6,5 % (mål 2022) – uppfyllt', {
  targetText: '< 6,5 %',
  targetYear: 2022,
  valueText: text('5,8 %'),
  baselineValueText: text('6,9 %'),
});
const TRIAGE = measure(2, 'Antal slutförda ärenden (triage) per år totalt i länet på Digitalen', 'no-value', 'Inget värde för DÅ 08 2022');
const KPP = measure(3, 'Kostnad per producerad DRG-poäng exkl ytterfall enligt nationella KPP-databasen', 'not-reported', 'Rapporteras inte denna period');
const FACTOR = node(3, 'success-factor', 'Säker vård', 'too-few-values', '1 av 2 mått har värde (50 %)…', [], [VARDSKADOR, TRIAGE, KPP]);
const GOAL = node(2, 'goal', 'God och nära vård', 'too-few-values', 'Framgångsfaktorerna: för få värden', [FACTOR], []);
const PERSPECTIVE = node(1, 'perspective', 'Verksamhetsperspektivet', 'too-few-values', 'Målen: för få värden', [GOAL], []);

const SCORECARD: Scorecard = {
  plan: { id: 1, organisationId: 1, title: 'Regionstyrelsens plan 2022-2024', startYear: 2022, endYear: 2024, targetYears: [2022, 2024] },
  vision: '',
  period: '2022-DÅ08',
  periods: [],
  model: MODEL,
  nodes: [PERSPECTIVE],
};
const CTX = { organisation: 'Region Norrbotten', generatedOn: '2026-12-07' };

describe('the scorecard export model', () => {
  it('lists every node and measure below a perspective in the plan’s order, each with symbol, word, rule, value, target and baseline', () => {
    const book = buildScorecardExport(SCORECARD, 'sv', CTX);
    expect(book.periodLabel).toBe('Delår augusti 2022');
    const [p] = book.perspectives;
    expect(p!.title).toBe('Verksamhetsperspektivet');
    expect(p!.status).toEqual({ status: 'too-few-values', symbol: '◌', word: 'För få värden', rule: 'Målen: för få värden', colour: null });
    expect(p!.rows.map((r) => [r.kind, r.depth, r.levelName, r.title])).toEqual([
      ['node', 0, 'Strategiskt mål', 'God och nära vård'],
      ['node', 1, 'Framgångsfaktor', 'Säker vård'],
      ['measure', 2, 'Styrmått', VARDSKADOR.name],
      ['measure', 2, 'Styrmått', TRIAGE.name],
      ['measure', 2, 'Styrmått', KPP.name],
    ]);
    const vardskador = p!.rows[2]!;
    expect(vardskador.status).toEqual({ status: 'met', symbol: '✓', word: 'Uppfyllt', rule: 'Minska: 5,8 % < 6,5 % (mål 2022) – uppfyllt', colour: '2E7D32' });
    expect([vardskador.value, vardskador.target, vardskador.baseline]).toEqual(['5,8 %', '< 6,5 % (2022)', '2021: 6,9 %']);
    // A measure without a value, target or known baseline value claims none, and no colour.
    expect(p!.rows[3]).toMatchObject({ value: '', target: '', baseline: '2021', status: { symbol: '○', word: 'Inget värde ännu', colour: null } });
    expect(p!.rows[4]!.status).toMatchObject({ symbol: '·', word: 'Rapporteras inte denna period', colour: null });
  });

  it('counts the measures per status, for the title slide and the summary sheet', () => {
    const book = buildScorecardExport(SCORECARD, 'sv', CTX);
    expect(book.summary.filter((s) => s.count > 0).map((s) => [s.status.word, s.count])).toEqual([
      ['Uppfyllt', 1],
      ['Inget värde ännu', 1],
      ['Rapporteras inte denna period', 1],
    ]);
    expect(book.perspectives[0]!.countsText).toBe('✓ 1 · ○ 1 · · 1');
    expect(countsText(none())).toBe('');
  });

  it('gives a colour only to met, partly met and not met', () => {
    const book = buildScorecardExport(SCORECARD, 'sv', CTX);
    const coloured = book.summary.filter((s) => s.status.colour).map((s) => s.status.status);
    expect(coloured).toEqual(['met', 'partly-met', 'not-met']);
  });

  it('speaks the language asked for: level names, status words and the rule sentence', () => {
    const en = buildScorecardExport(SCORECARD, 'en', CTX);
    expect(en.periodLabel).not.toBe('Delår augusti 2022');
    const rows = en.perspectives[0]!.rows;
    expect(rows[0]!.levelName).toBe('Strategic goal');
    expect(rows[2]!.levelName).toBe('Steering measure');
    expect(rows[2]!.status.word).toBe('Met');
    expect(rows[2]!.status.rule).toBe('Minska: 5,8 % < 6,5 % (mål 2022) – uppfyllt (en)');
    const da = buildScorecardExport(SCORECARD, 'da', CTX);
    expect(da.perspectives[0]!.rows[1]!.levelName).toBe('Succesfaktor');
    expect(da.perspectives[0]!.rows[2]!.value).toBe('5,8 % (da)');
  });

  it('dates the Excel summary as the language writes dates, not ISO', async () => {
    for (const [lang, line] of [
      ['sv', 'Utskriven ur Ledstjärna 7 december 2026'],
      ['da', 'Udskrevet fra Ledstjärna 7. december 2026'],
      ['en', 'Printed from Ledstjärna 7 December 2026'],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await renderScorecardXlsx(buildScorecardExport(SCORECARD, lang, CTX))) as unknown as ArrayBuffer);
      const cells: string[] = [];
      wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
      expect(cells).toContain(line);
    }
  });
});
