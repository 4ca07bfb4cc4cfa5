import type { KoladaGender } from '../../shared/kolada-types';
import { parseCsvRecords } from './csv';
import type { KoladaDataPoint } from './v3-response';

const COLUMNS = ['gender', 'count', 'status', 'value', 'kpi', 'year', 'municipality_id'] as const;

/**
 * Parses recorded Kolada values in the cache's CSV form (rKolada's unnested `values[]`:
 * gender,count,status,value,kpi,year,municipality_id,…). An empty value is missing (null), never 0.
 */
export function parseRecordedValues(csv: string): KoladaDataPoint[] {
  return parseCsvRecords(csv, COLUMNS).map((r, index) => {
    const line = index + 2;
    if (r.gender !== 'T' && r.gender !== 'K' && r.gender !== 'M') throw new Error(`rad ${line}: okänt kön "${r.gender}"`);
    const value = r.value === '' ? null : Number(r.value);
    if (value !== null && !Number.isFinite(value)) throw new Error(`rad ${line}: "${r.value}" är inget tal`);
    if (!/^\d{4}$/.test(r.year!)) throw new Error(`rad ${line}: "${r.year}" är inget år`);
    return {
      kpi: r.kpi!,
      municipalityId: r.municipality_id!,
      year: Number(r.year),
      gender: r.gender as KoladaGender,
      value,
      count: Number(r.count) || 1,
      status: r.status!,
    };
  });
}
