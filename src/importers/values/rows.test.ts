import { describe, expect, it } from 'vitest';
import type { ValueMapping } from '../../shared/value-import-types';
import { resolveMapping, suggestMapping, type ResolvedMapping } from './mapping';
import { createRowReader, MeasureIndex } from './rows';

const measures = new MeasureIndex([
  { id: 12, name: 'Andel vårdskador, sluten somatisk vård', mayImport: true },
  { id: 13, name: 'Antibiotikarecept per tusen invånare och år', mayImport: false },
]);

function resolved(headers: string[], mapping: Partial<ValueMapping>): ResolvedMapping {
  const r = resolveMapping(headers, { layout: 'long', measure: 'Mått', numberFormat: 'sv', ...mapping });
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return r;
}

describe('reading rows', () => {
  const headers = ['Mått', 'Period', 'Kön', 'Värde'];
  const read = createRowReader(resolved(headers, { period: 'Period', value: 'Värde', sex: 'Kön' }), measures, 'sv', true);

  it('reads a long row by id or by name', () => {
    expect(read(2, ['12', 'DÅ 04 2022', 'Kvinnor', '6,5']).values).toEqual([
      { line: 2, measureId: 12, period: '2022-DÅ04', sex: 'K', ageBand: '', area: '', value: 6.5 },
    ]);
    expect(read(3, ['  andel vårdskador,  sluten somatisk vård ', '2022', 'T', '5,8']).values[0]).toMatchObject({ measureId: 12, period: '2022' });
  });

  it('counts missing cells without rejecting them', () => {
    expect(read(2, ['12', '2022', 'T', '..'])).toEqual({ values: [], rejections: [], missing: 1 });
  });

  it('rejects each bad cell with line, column, value and a Swedish reason', () => {
    const r = read(7, ['Okänt mått', '2022-DÅ05', 'X', 'sex']);
    expect(r.values).toEqual([]);
    expect(r.rejections.map((x) => [x.line, x.column, x.value])).toEqual([
      [7, 'Mått', 'Okänt mått'],
      [7, 'Kön', 'X'],
      [7, 'Period', '2022-DÅ05'],
      [7, 'Värde', 'sex'],
    ]);
    expect(r.rejections[0]!.reason).toContain('Okänt mått');
  });

  it('rejects measures the importer does not own', () => {
    expect(read(2, ['13', '2022', 'T', '270']).rejections[0]!.reason).toContain('ägare');
  });

  it('rejects a row cut short', () => {
    expect(read(9, ['12', '2022']).rejections[0]).toMatchObject({ line: 9, column: null, reason: expect.stringContaining('avkortad') });
  });

  it('reads a wide row into one value per period column', () => {
    const wide = createRowReader(resolved(['Mått', 'DÅ 04 2022', '2022-DÅ08', '2022'], { layout: 'wide', periodColumns: ['DÅ 04 2022', '2022-DÅ08', '2022'] }), measures, 'sv', true);
    const r = wide(2, ['12', '6,1', '', '5,9']);
    expect(r.values.map((v) => [v.period, v.value])).toEqual([['2022-DÅ04', 6.1], ['2022', 5.9]]);
    expect(r.missing).toBe(1);
  });
});

describe('mapping', () => {
  it('names every problem with its field', () => {
    const r = resolveMapping(['Mått', 'Värde'], { layout: 'long', measure: 'Mått', period: 'Tid', value: 'Mått', numberFormat: 'sv' });
    expect('problems' in r && r.problems.map((p) => p.path)).toEqual(['mapping.period', 'mapping.value']);
  });

  it('guesses a long and a wide layout from the header', () => {
    expect(suggestMapping(['Mått', 'Period', 'Kön', 'Värde'], [['1', '2022', 'T', '6.5']])).toMatchObject({
      layout: 'long', measure: 'Mått', period: 'Period', sex: 'Kön', value: 'Värde', numberFormat: 'en',
    });
    expect(suggestMapping(['Measure', 'Sex', '2022-DÅ04', 'DÅ 08 2022'], [['1', 'T', '6,5', '7']])).toMatchObject({
      layout: 'wide', measure: 'Measure', sex: 'Sex', periodColumns: ['2022-DÅ04', 'DÅ 08 2022'], numberFormat: 'sv',
    });
  });
});
