import { describe, expect, it } from 'vitest';
import type { MeasureDetail } from '../../../shared/api-types';
import { emptyValues, rebaseValues, targetRowErrors, toCreateRequest, toUpdateRequest, valuesFromDetail } from './form-values';

const detail = {
  id: 7,
  name: 'Andel sjukfrånvaro',
  kindKey: 'styrmatt',
  definition: 'Sjukfrånvaro i procent',
  method: '',
  unit: '%',
  betterDirection: 'decrease',
  valueNature: 'flow',
  baselineText: '2019: 7,0 %',
  targets: [
    { year: 2022, text: 'Under 6,5 %', needsRevision: true },
    { year: 2025, text: 'Under 6 %', needsRevision: false },
  ],
  source: 'HR',
  reportingPeriods: ['DÅ04', 'DÅ08', 'ÅR'],
  breakdowns: { sex: true, ageBands: [], areas: ['Luleå'] },
  owner: { id: 3, name: 'Anna' },
  footnotes: [{ mark: '1', text: 'Från lönesystemet' }],
  koladaKpi: null,
  version: 4,
} as unknown as MeasureDetail;

describe('measure form values', () => {
  it('sends nothing but the version when nothing changed', () => {
    expect(toUpdateRequest(valuesFromDetail(detail), detail)).toEqual({ version: 4 });
  });

  it('sends the whole set of targets when one changes, and only that', () => {
    const v = valuesFromDetail(detail);
    v.targets[1]!.text = 'Under 5,5 %';
    expect(toUpdateRequest(v, detail)).toEqual({ targets: { '2022': 'Under 6,5 %', '2025': 'Under 5,5 %' }, version: 4 });
  });

  it('treats every period and no period alike: every follow-up period', () => {
    const v = valuesFromDetail(detail);
    expect(v.reportingPeriods).toEqual([]);
    expect(toCreateRequest(v).reportingPeriods).toEqual(['DÅ04', 'DÅ08', 'ÅR']);
    v.reportingPeriods = ['ÅR'];
    expect(toUpdateRequest(v, detail)).toEqual({ reportingPeriods: ['ÅR'], version: 4 });
  });

  it('reads lists one per line and drops empty targets, footnotes and KPI', () => {
    const v = emptyValues('styrmatt', [2025, 2026]);
    v.name = ' Väntetid ';
    v.targets[0]!.text = 'Under 6,5 %';
    v.areas = 'Luleå\n\n Kiruna ';
    v.koladaKpi = 'n79240';
    const r = toCreateRequest(v);
    expect(r.name).toBe('Väntetid');
    expect(r.targets).toEqual({ '2025': 'Under 6,5 %' });
    expect(r.breakdowns).toEqual({ sex: false, ageBands: [], areas: ['Luleå', 'Kiruna'] });
    expect(r.koladaKpi).toBe('N79240');
  });

  it('flags a year that is not a year and a year given twice', () => {
    const v = emptyValues('styrmatt', [2025, 2025]);
    v.targets.push({ key: 'x', year: '25', text: 'Öka', needsRevision: false });
    const errors = targetRowErrors(v.targets);
    expect(Object.values(errors).sort()).toEqual(['duplicate', 'year']);
  });
});

describe('rebaseValues', () => {
  it('keeps what the person typed and takes the newer value of every other field', () => {
    const was = valuesFromDetail(detail);
    const typed = { ...valuesFromDetail(detail), targets: valuesFromDetail(detail).targets.map((r) => (r.year === '2025' ? { ...r, text: 'Under 5 %' } : r)) };
    const now = valuesFromDetail({ ...detail, definition: 'Ändrad av en kollega', version: 5 } as MeasureDetail);
    const merged = rebaseValues(typed, was, now);
    expect(merged.definition).toBe('Ändrad av en kollega');
    expect(targetsRecordOf(merged)).toEqual({ '2022': 'Under 6,5 %', '2025': 'Under 5 %' });
    expect(toUpdateRequest(merged, { ...detail, definition: 'Ändrad av en kollega', version: 5 } as MeasureDetail)).toEqual({
      targets: { '2022': 'Under 6,5 %', '2025': 'Under 5 %' },
      version: 5,
    });
  });
});

const targetsRecordOf = (v: ReturnType<typeof valuesFromDetail>) => Object.fromEntries(v.targets.map((r) => [r.year, r.text]));
