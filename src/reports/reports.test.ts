import { describe, expect, it } from 'vitest';
import { barChartSvg } from './charts/bar-chart-svg';
import { tocEntries } from './document-model';
import { buildPlanDocument, measureTable } from './plan-document/build-plan-document';
import type { PlanDocument } from './plan-document/types';
import { numberFormat } from './xlsx/render-measures-xlsx';

describe('numberFormat', () => {
  it('groups thousands and keeps a unit entered as a number (5,8 means 5,8 %) as literal text', () => {
    expect(numberFormat(null, 0)).toBe('#,##0');
    expect(numberFormat('st', 0)).toBe('#,##0');
    expect(numberFormat('%', 1)).toBe('#,##0.0" %"');
    expect(numberFormat('kr', 2)).toBe('#,##0.00" kr"');
    expect(numberFormat('mnkr', 1)).toBe('#,##0.0" mnkr"');
  });
});

describe('barChartSvg', () => {
  it('draws one bar per value with its Swedish text, the target as a dashed line, and escapes text', () => {
    const svg = barChartSvg({
      kind: 'chart',
      title: 'Utfall',
      unit: '%',
      bars: [
        { label: 'DÅ 04 2022', value: 6.1, text: '6,1 %' },
        { label: 'DÅ 08 2022', value: 5.8, text: '5,8 %' },
      ],
      target: { value: 6.5, text: 'Under 6,5 % <mål>' },
    });
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('>5,8 %</text>');
    expect(svg).toContain('>DÅ 08 2022</text>');
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('Under 6,5 % &lt;mål&gt;');
  });
  it('draws negative values below the zero line', () => {
    const svg = barChartSvg({ kind: 'chart', title: '', unit: 'mnkr', bars: [{ label: 'ÅR 2022', value: -110, text: '−110 mnkr' }], target: null });
    const [, y, h] = svg.match(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/)!.map(Number);
    const zero = Number(svg.match(/<line x1="[\d.]+" y1="([\d.]+)"/)![1]);
    expect(y).toBeCloseTo(zero);
    expect(h).toBeGreaterThan(0);
  });
});

describe('buildPlanDocument', () => {
  const plan: PlanDocument = {
    title: 'Regionstyrelsens plan 2022-2024',
    organisation: 'Region Norrbotten',
    startYear: 2022,
    endYear: 2024,
    generatedOn: '2026-12-01',
    vision: 'Tillsammans för Norrbotten – Bästa livet, bästa hälsan.',
    targetYears: [2022, 2024],
    assignmentName: 'Uppdrag',
    assignments: [{ text: 'Tydliggöra primärvårdsuppdraget.', bodies: ['RS'] }],
    measuresHeading: 'Framgångsfaktorer och styrmått',
    perspectives: [
      {
        levelName: 'Perspektiv',
        title: 'Ekonomiperspektivet',
        description: '',
        longTermGoals: '',
        bodies: [],
        measureTables: [],
        children: [
          {
            levelName: 'Strategiskt mål',
            title: 'Långsiktigt hållbar ekonomi',
            description: '',
            longTermGoals: '',
            bodies: ['RS', 'RUN', 'PN'],
            measureTables: [],
            children: [
              {
                levelName: 'Framgångsfaktor',
                title: 'Kostnadseffektiv verksamhet',
                description: 'Region Norrbotten förvaltar skattemedlen på ett så kostnadseffektivt sätt som möjligt.\nKunskap om kostnader och resultat används.',
                longTermGoals: '',
                bodies: ['RS'],
                measureTables: [
                  {
                    kindName: 'Styrmått',
                    rows: [
                      {
                        name: 'Kostnadsandel öppenvård av totalkostnad enligt KPP (inner- och ytterfall)',
                        baseline: '2019: Som vård 47,6 % Psykiatrisk vård 48,0 %',
                        targets: ['Öka', 'Öka'],
                        source: 'Datalager',
                        period: 'DÅ 04,08, ÅR',
                        footnotes: [{ mark: '11', text: 'Primärvård inkluderas i måttet när data tillgängligt' }],
                      },
                    ],
                  },
                ],
                children: [],
              },
            ],
          },
        ],
      },
    ],
  };

  it('heads the top level by its title and the levels below it in the plan’s words, with each paragraph of a description', () => {
    const doc = buildPlanDocument(plan);
    expect(tocEntries(doc.blocks).map((e) => `${e.level} ${e.text}`)).toEqual([
      '1 Vision',
      '1 Uppdrag från regionfullmäktige',
      '1 Framgångsfaktorer och styrmått',
      '2 Ekonomiperspektivet',
      '3 Strategiskt mål: Långsiktigt hållbar ekonomi',
      '4 Framgångsfaktor: Kostnadseffektiv verksamhet',
    ]);
    const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(texts).toContain('Ansvar: RS, RUN, PN');
    expect(texts).toContain('Kunskap om kostnader och resultat används.');
  });

  it('writes the measure table with a column per target year and the footnote under it', () => {
    const table = measureTable(plan.perspectives[0]!.children[0]!.children[0]!.measureTables[0]!, [2022, 2024]);
    expect(table.columns.map((c) => c.header)).toEqual(['Styrmått', 'Ingångsvärde', 'Mål 2022', 'Mål 2024', 'Källa', 'Period']);
    expect(table.rows[0]![0]).toEqual({ runs: [{ text: 'Kostnadsandel öppenvård av totalkostnad enligt KPP (inner- och ytterfall)', mark: '11' }] });
    expect(table.footnotes).toEqual([{ mark: '11', text: 'Primärvård inkluderas i måttet när data tillgängligt' }]);
  });
});
