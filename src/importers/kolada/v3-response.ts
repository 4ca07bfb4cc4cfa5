import type { KoladaGender } from '../../shared/kolada-types';

/** One value from Kolada: a KPI for a municipality or region, a year and a sex. `value` null = missing. */
export interface KoladaDataPoint {
  kpi: string;
  municipalityId: string;
  year: number;
  gender: KoladaGender;
  value: number | null;
  /** Members behind the value: 1 for a municipality or region, more for a group average. */
  count: number;
  status: string;
}

/** One page of `/v3/data/...`: its values and the URL of the next page, if any. */
export interface KoladaDataPage {
  points: KoladaDataPoint[];
  nextUrl: string | null;
  /** Entries with a sex code the product cannot place (the old documentation's "F"). */
  ignored: number;
}

export type ParseResult<T> = { ok: true; page: T } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Year from `period`: v3 sends a number (2022), the older API a string ("2022"). */
function yearOf(period: unknown): number | null {
  const text = typeof period === 'number' ? String(period) : typeof period === 'string' ? period.trim() : '';
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/**
 * Checks the v3 envelope `{ values, count, next_url, previous_url }` of a data page and every
 * data object `{ kpi, municipality, period, values: [{ gender, count, status, value }] }` in it.
 * A page whose `count` differs from its number of values is a partial page and is refused.
 */
export function parseDataPage(body: unknown): ParseResult<KoladaDataPage> {
  if (!isObject(body)) return { ok: false, reason: 'svaret är inte ett JSON-objekt' };
  const { values, count } = body;
  if (!Array.isArray(values)) return { ok: false, reason: 'svaret saknar listan "values"' };
  if (typeof count !== 'number' || !Number.isInteger(count)) return { ok: false, reason: 'svaret saknar antalet "count"' };
  if (count !== values.length) {
    return { ok: false, reason: `sidan är ofullständig: "count" säger ${count} men sidan har ${values.length} poster` };
  }
  const next = body.next_url ?? null;
  if (next !== null && typeof next !== 'string') return { ok: false, reason: '"next_url" är inte en adress' };
  const points: KoladaDataPoint[] = [];
  let ignored = 0;
  for (const [i, obj] of values.entries()) {
    const at = `values[${i}]`;
    if (!isObject(obj)) return { ok: false, reason: `${at} är inte ett objekt` };
    if (typeof obj.kpi !== 'string' || obj.kpi === '') return { ok: false, reason: `${at}.kpi saknas` };
    if (typeof obj.municipality !== 'string' || !/^\d{4}$|^G\d+$/.test(obj.municipality)) {
      return { ok: false, reason: `${at}.municipality är inget Kolada-id (fyra siffror som text)` };
    }
    const year = yearOf(obj.period);
    if (year === null) return { ok: false, reason: `${at}.period är inget år` };
    if (!Array.isArray(obj.values)) return { ok: false, reason: `${at}.values saknas` };
    for (const [k, v] of obj.values.entries()) {
      const vat = `${at}.values[${k}]`;
      if (!isObject(v)) return { ok: false, reason: `${vat} är inte ett objekt` };
      if (v.gender === 'F') {
        ignored += 1;
        continue;
      }
      if (v.gender !== 'T' && v.gender !== 'K' && v.gender !== 'M') return { ok: false, reason: `${vat}.gender är "${String(v.gender)}", inte T, K eller M` };
      if (v.value !== null && (typeof v.value !== 'number' || !Number.isFinite(v.value))) {
        return { ok: false, reason: `${vat}.value är varken ett tal eller null` };
      }
      points.push({
        kpi: obj.kpi,
        municipalityId: obj.municipality,
        year,
        gender: v.gender,
        value: v.value as number | null,
        count: typeof v.count === 'number' ? v.count : 1,
        status: typeof v.status === 'string' ? v.status : '',
      });
    }
  }
  return { ok: true, page: { points, nextUrl: next, ignored } };
}

/** Kolada's sex codes in the product's words. */
export const GENDER_MEANING: Record<KoladaGender, 'total' | 'women' | 'men'> = { T: 'total', K: 'women', M: 'men' };
