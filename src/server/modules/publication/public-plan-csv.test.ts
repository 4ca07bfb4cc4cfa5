import { describe, expect, it } from 'vitest';
import { GOVERNANCE_TEMPLATES } from '../../../domain/model/templates';
import type { PublicPlan } from '../../../shared/publication-types';
import { csvCell, publicPlanCsv } from './public-plan-csv';

const explanation = (sv: string) => ({ sv, da: sv, en: sv });

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('säger "nej"')).toBe('"säger ""nej"""');
    expect(csvCell('rad\nrad')).toBe('"rad\nrad"');
    expect(csvCell('5,8 %')).toBe('5,8 %');
  });
  it('keeps a spreadsheet from running a formula, but leaves negative numbers alone', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+46 70')).toBe("'+46 70");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('-0,5')).toBe('-0,5');
  });
});

describe('publicPlanCsv', () => {
  const model = GOVERNANCE_TEMPLATES[0]!;
  const level = model.levels[0]!;
  const plan: PublicPlan = {
    plan: { id: 1, title: 'Plan', startYear: 2022, endYear: 2024, organisationName: 'Region' },
    vision: 'Vision',
    model,
    publishedAt: '2026-01-01',
    periods: [
      {
        key: '2022',
        label: explanation('2022'),
        nodes: [
          {
            id: 1,
            levelKey: level.key,
            title: 'Nöjda invånare',
            description: '',
            fulfilment: { status: 'met', explanation: explanation('Alla mått uppfyllda') },
            judgement: { judgement: 'partly', analysis: 'Vi ser; en förbättring', actions: '', approvedAt: '2023-02-01' },
            measures: [
              {
                id: 9,
                name: 'Väntetid',
                baselineText: '60 %',
                targetText: '70 %',
                targetYear: 2024,
                valueText: { sv: '72,0 %', da: '72,0 %', en: '72.0%' },
                valueFromKolada: false,
                fulfilment: { status: 'met', explanation: explanation('72,0 % ≥ 70 %') },
              },
            ],
            children: [],
          },
        ],
      },
    ],
  };
  it('writes a row per node and measure with the status, its rule and the approved judgement', () => {
    const csv = publicPlanCsv(plan, 'sv');
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Period;Nivå;Mål;Mått;Utgångsläge;Målvärde;Målår;Värde;Status;Regel;Bedömning;Analys;Åtgärder');
    expect(lines[1]).toBe(`2022;${level.name.sv};Nöjda invånare;;;;;;Uppfyllt;Alla mått uppfyllda;Delvis uppfyllt;"Vi ser; en förbättring";`);
    expect(lines[2]).toBe(`2022;${level.name.sv};Nöjda invånare;Väntetid;60 %;70 %;2024;72,0 %;Uppfyllt;72,0 % ≥ 70 %;;;`);
    expect(publicPlanCsv(plan, 'en').split('\r\n')[2]).toContain('72.0%;Met');
  });
});
