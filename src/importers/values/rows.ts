/**
 * Turning rows of a values file into values: each row gives zero or more values (one in the
 * long layout, one per period column in the wide layout), cells that hold no value are
 * counted as missing, and every problem becomes a rejection with line, column, value and a
 * Swedish reason. Duplicates across the whole file are found where the rows are collected.
 */
import type { ImportedValue, ValueRejection } from '../../shared/value-import-types';
import { parseWrittenPeriod } from '../../domain/periods';
import { type Cell, cellText, isMissing, normaliseName, parseSexCell, parseValueCell } from './cells';
import type { ResolvedMapping } from './mapping';

/** A measure of the plan, and whether the importing person may import its values. */
export interface MeasureRef {
  id: number;
  name: string;
  mayImport: boolean;
}

/** What one row gave. */
export interface RowResult {
  values: ImportedValue[];
  rejections: ValueRejection[];
  missing: number;
}

const MAX_AGE_BAND = 40;
/** Distinct cell texts remembered per column; beyond it, cells are parsed each time (memory stays bounded). */
const CACHE_LIMIT = 10_000;

/** Memoises a parser of cell text, up to CACHE_LIMIT distinct texts. */
function cached<T>(parse: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) return memo.get(text)!;
    const value = parse(text);
    if (memo.size < CACHE_LIMIT) memo.set(text, value);
    return value;
  };
}
const MAX_AREA = 120;

/** Where measures are looked up: by id, and by normalised name (a name two measures share is ambiguous). */
export class MeasureIndex {
  private readonly byId = new Map<number, MeasureRef>();
  private readonly byName = new Map<string, MeasureRef[]>();

  constructor(measures: MeasureRef[]) {
    for (const m of measures) {
      this.byId.set(m.id, m);
      const key = normaliseName(m.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), m]);
    }
  }

  private readonly cache = new Map<string, MeasureRef | { reason: string }>();

  /** The measure a cell names, or why it names none. Answers are cached: a big file names the same few measures millions of times. */
  find(cell: Cell | undefined): MeasureRef | { reason: string } {
    const text = cellText(cell);
    const cached = this.cache.get(text);
    if (cached) return cached;
    const found = this.lookup(text);
    if (this.cache.size < CACHE_LIMIT) this.cache.set(text, found);
    return found;
  }

  private lookup(text: string): MeasureRef | { reason: string } {
    if (text === '') return { reason: 'Måttet saknas.' };
    if (/^\d+$/.test(text)) {
      const m = this.byId.get(Number(text));
      return m ?? { reason: `Planen har inget mått med id ${text}.` };
    }
    const found = this.byName.get(normaliseName(text)) ?? [];
    if (found.length === 1) return found[0]!;
    if (found.length > 1) return { reason: `Flera mått i planen heter så (id ${found.map((m) => m.id).join(', ')}). Ange måttets id.` };
    return { reason: 'Okänt mått: planen har inget mått med det namnet. Ange måttets id eller dess exakta namn.' };
  }

  /** A measure's name by id (for previews). */
  name(id: number): string {
    return this.byId.get(id)?.name ?? '';
  }
}

/**
 * Reads rows with a resolved mapping. `strictWidth` (CSV) rejects rows with fewer cells than
 * the header, which is how a file cut in the middle of a row shows; XLSX rows leave trailing
 * empty cells out, so there a short row is normal.
 */
export function createRowReader(mapping: ResolvedMapping, measures: MeasureIndex, numberFormat: 'sv' | 'en', strictWidth: boolean) {
  const { headers } = mapping;
  const column = (i: number | null) => (i === null ? null : headers[i] ?? null);
  const period = cached(parseWrittenPeriod);
  const sexOf = cached((text: string) => parseSexCell(text));

  return function readRow(line: number, cells: Cell[]): RowResult {
    const result: RowResult = { values: [], rejections: [], missing: 0 };
    const reject = (index: number | null, reason: string) =>
      result.rejections.push({ line, column: column(index), value: index === null ? '' : cellText(cells[index]), reason });

    if (cells.every((c) => cellText(c) === '')) return result; // a blank row, as spreadsheets leave them
    if (strictWidth && cells.length !== headers.length) {
      const extra = cells.slice(headers.length).some((c) => cellText(c) !== '');
      if (cells.length < headers.length || extra) {
        result.rejections.push({
          line,
          column: null,
          value: cells.map(cellText).join(' | ').slice(0, 200),
          reason:
            cells.length < headers.length
              ? `Raden har ${cells.length} kolumner men rubriken har ${headers.length}. Filen kan vara avkortad, eller ett fält innehåller en avgränsare utan citattecken.`
              : `Raden har fler kolumner (${cells.length}) än rubriken (${headers.length}).`,
        });
        return result;
      }
    }

    const measure = measures.find(cells[mapping.measure]);
    if ('reason' in measure) reject(mapping.measure, measure.reason);
    else if (!measure.mayImport) reject(mapping.measure, `Du får bara importera värden för mått som du är ägare till, och ${measure.name} (id ${measure.id}) är inte ditt.`);

    const sex = mapping.sex === null ? 'T' : sexOf(cellText(cells[mapping.sex]));
    if (sex === null) reject(mapping.sex, 'Okänt kön. Skriv T, K eller M (eller Totalt, Kvinnor, Män).');
    const ageBand = mapping.ageBand === null ? '' : cellText(cells[mapping.ageBand]);
    if (ageBand.length > MAX_AGE_BAND) reject(mapping.ageBand, `Åldersgruppen får vara högst ${MAX_AGE_BAND} tecken.`);
    const area = mapping.area === null ? '' : cellText(cells[mapping.area]);
    if (area.length > MAX_AREA) reject(mapping.area, `Området får vara högst ${MAX_AREA} tecken.`);

    // Long layout: one (period, value) pair; wide layout: one per period column.
    const pairs: { period: string | null; periodIndex: number | null; valueIndex: number }[] = [];
    if (mapping.layout === 'long') {
      const text = cellText(cells[mapping.period!]);
      const key = period(text);
      if (!key) {
        reject(mapping.period, text === '' ? 'Perioden saknas.' : 'Okänd period. Skriv t.ex. 2022-DÅ04, DÅ 04 2022, 2022, 2022-T1, 2022-Q1 eller 2022-03.');
      }
      pairs.push({ period: key, periodIndex: mapping.period, valueIndex: mapping.value! });
    } else {
      for (const p of mapping.periodColumns) pairs.push({ period: p.period, periodIndex: null, valueIndex: p.index });
    }

    const values: ImportedValue[] = [];
    for (const pair of pairs) {
      const cell = cells[pair.valueIndex];
      if (isMissing(cell)) {
        result.missing += 1;
        continue;
      }
      const value = parseValueCell(cell!, numberFormat);
      if (value === null) {
        reject(
          pair.valueIndex,
          numberFormat === 'en'
            ? 'Värdet är inget tal. Skriv t.ex. 6.5 eller 43,000; lämna tomt eller skriv .. om värde saknas.'
            : 'Värdet är inget tal. Skriv t.ex. 6,5 eller 43 000; lämna tomt eller skriv .. om värde saknas.',
        );
        continue;
      }
      if (pair.period === null || 'reason' in measure || sex === null) continue;
      values.push({ line, measureId: measure.id, period: pair.period, sex, ageBand, area, value });
    }
    if (result.rejections.length === 0) result.values = values;
    return result;
  };
}
