/**
 * Where a measure's national value ("riket", Danish "landsgennemsnittet") comes from, as plain data.
 * Targets such as `Bättre än riket` or `Under landsgennemsnittet` are judged against it.
 *
 * Convention: a value of the measure itself, for the whole population (sex T, no age band), with an
 * area that names the nation — `Riket`, `Sverige`, `Hela landet`, `Landet`, `Danmark`, `Hele landet`,
 * `Landsgennemsnittet`, `Landsplan`, `National` (case and spacing ignored) — is the national value for its
 * period. For a measure linked to a Kolada KPI, Kolada's value for Riket (municipality id `0000`, sex T)
 * is the national value for its year. A value entered for the measure wins over Kolada's for the same
 * period: someone chose it. National values are never an area in the equality analysis.
 */

/** Kolada's municipality id for the whole of Sweden. */
export const KOLADA_RIKET_ID = '0000';

/** Area names (lowercase, single-spaced) that mean the nation rather than a part of it. */
export const NATIONAL_AREAS: readonly string[] = [
  'riket', 'hela riket', 'sverige', 'hela landet', 'landet', 'riksgenomsnitt', 'riksgenomsnittet', 'rikssnitt', 'rikssnittet',
  'danmark', 'hele landet', 'landsgennemsnit', 'landsgennemsnittet', 'landsplan', 'national', 'nationalt',
];

/** Whether a stored value's area names the nation (`Riket`, `Hele landet`). */
export function isNationalArea(area: string | null | undefined): boolean {
  return typeof area === 'string' && NATIONAL_AREAS.includes(area.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** One candidate national value: entered for the measure (`entered`) or fetched from Kolada. */
export interface NationalValue {
  period: string;
  value: number;
  from: 'entered' | 'kolada';
}

/** The national value by period key, an entered value winning over Kolada's for the same period. */
export function nationalSeries(values: readonly NationalValue[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const from of ['kolada', 'entered'] as const) {
    for (const v of values) if (v.from === from && Number.isFinite(v.value)) out.set(v.period, v.value);
  }
  return out;
}
