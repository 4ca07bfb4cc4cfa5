/**
 * Mapping a coded file's codes to the plan: external measure codes to measures (through the
 * measure's own link — its Kolada KPI — or a mapping made once by hand and remembered for the
 * organisation), organisation-unit codes to the organisation (the whole area) or one of its
 * areas. What cannot be mapped is collected, for the page to ask about once.
 */
import { normaliseName } from '../cells';
import type { CodeSystem, UnmappedCode } from '../../../shared/value-import-types';
import type { NeutralRow } from './neutral';

export type { UnmappedCode };

/** What the book is built from: the plan's measures with their links, the organisation, and the remembered mappings. */
export interface CodeBookInput {
  measures: { id: number; name: string; koladaKpi: string | null }[];
  /** The organisation's Kolada id (`0012` Region Skåne): its code in Kolada and, without the leading zeros, SCB's county code. */
  organisationKoladaId: string | null;
  /** The organisation's name: a unit of that name (a Stratsys export) is the whole organisation. */
  organisationName: string;
  /** Areas the plan's measures are broken down by (`breakdowns.areas`). */
  areas: string[];
  remembered: { kind: 'measure' | 'area'; system: CodeSystem; code: string; measureId: number | null; area: string | null }[];
}

const key = (system: string, code: string) => `${system}\u0000${code}`;
const MAX_UNMAPPED = 500;

export class CodeBook {
  private readonly measures = new Map<string, number | { ambiguous: number[] }>();
  private readonly areas = new Map<string, string>();
  private readonly areaNames = new Map<string, string>();
  private readonly organisation: Set<string>;
  private readonly organisationName: string;
  private readonly unmappedCodes = new Map<string, UnmappedCode>();

  constructor(input: CodeBookInput) {
    for (const m of input.measures) {
      if (!m.koladaKpi) continue;
      const k = key('kolada', m.koladaKpi.trim().toUpperCase());
      const seen = this.measures.get(k);
      if (seen === undefined) this.measures.set(k, m.id);
      else this.measures.set(k, { ambiguous: [...(typeof seen === 'number' ? [seen] : seen.ambiguous), m.id] });
    }
    for (const r of input.remembered) {
      if (r.kind === 'measure' && r.measureId !== null) this.measures.set(key(r.system, this.codeKey(r.system, r.code)), r.measureId);
      if (r.kind === 'area' && r.area !== null) this.areas.set(key(r.system, r.code), r.area);
    }
    for (const a of input.areas) this.areaNames.set(normaliseName(a), a);
    const id = input.organisationKoladaId?.trim() ?? '';
    this.organisation = new Set(id ? [key('kolada', id), key('scb', id.replace(/^0+(?=\d{2}$)/, ''))] : []);
    this.organisationName = normaliseName(input.organisationName);
  }

  private codeKey(system: CodeSystem, code: string) {
    return system === 'kolada' ? code.trim().toUpperCase() : code.trim();
  }

  /** The measure a row's code maps to: an id, a measure's name (for `name` rows, looked up as the CSV path does), or a reason. */
  measureOf(row: NeutralRow): { id: number } | { name: string } | { reason: string } {
    if (row.system === 'name') return { name: row.code };
    const found = this.measures.get(key(row.system, this.codeKey(row.system, row.code)));
    if (typeof found === 'number') return { id: found };
    if (found) return { reason: `Flera mått i planen är kopplade till Kolada-KPI ${row.code} (id ${found.ambiguous.join(', ')}). Koppla koden till ett av dem.` };
    this.note('measure', row.system, row.code, row.codeLabel ?? null);
    return { reason: `Koden ${row.code} (${SYSTEM_NAMES[row.system]}) är inte kopplad till något mått i planen. Koppla den på importsidan.` };
  }

  /** The area a row's organisation unit maps to ('' for the whole organisation), or a reason. */
  areaOf(row: NeutralRow): { area: string } | { reason: string } {
    if (row.orgUnit === '') return { area: '' };
    const system = row.system === 'name' ? 'name' : row.system;
    const k = key(system, row.orgUnit.trim());
    if (this.organisation.has(k) || (system === 'name' && normaliseName(row.orgUnit) === this.organisationName)) return { area: '' };
    const remembered = this.areas.get(k);
    if (remembered !== undefined) return { area: remembered };
    const named = this.areaNames.get(normaliseName(row.orgUnitLabel ?? row.orgUnit));
    if (named !== undefined) return { area: named };
    this.note('area', system, row.orgUnit, row.orgUnitLabel ?? null);
    return { reason: `Enheten ${row.orgUnit}${row.orgUnitLabel ? ` (${row.orgUnitLabel})` : ''} är varken organisationen eller något av dess områden. Koppla den på importsidan.` };
  }

  private note(kind: UnmappedCode['kind'], system: CodeSystem, code: string, label: string | null) {
    const k = `${kind}\u0000${key(system, code)}`;
    const seen = this.unmappedCodes.get(k);
    if (seen) seen.rows += 1;
    else if (this.unmappedCodes.size < MAX_UNMAPPED) this.unmappedCodes.set(k, { kind, system, code, label, rows: 1 });
  }

  /** Every code met so far that could not be mapped, in the order first met. */
  unmapped(): UnmappedCode[] {
    return [...this.unmappedCodes.values()];
  }
}

export const SYSTEM_NAMES: Record<CodeSystem, string> = {
  kolada: 'Kolada-KPI',
  dhis2: 'DHIS2-dataelement',
  scb: 'SCB-tabell och innehåll',
  name: 'måttnamn',
};
