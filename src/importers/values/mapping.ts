/**
 * The column mapping: which header holds the measure, the period, the value, the breakdowns;
 * checked against a file's header, and guessed from the header words for the first screen.
 */
import { parseWrittenPeriod } from '../../domain/periods';
import type { ValueMapping } from '../../shared/value-import-types';
import { type Cell, cellText, detectNumberFormat } from './cells';

/** A mapping error on one field of the mapping, e.g. `{ path: 'mapping.period', message }`. */
export interface MappingProblem {
  path: string;
  message: string;
}

/** A mapping resolved against a header: column indexes, and the period of each wide-layout column. */
export interface ResolvedMapping {
  layout: ValueMapping['layout'];
  measure: number;
  period: number | null;
  value: number | null;
  periodColumns: { index: number; period: string }[];
  sex: number | null;
  ageBand: number | null;
  area: number | null;
  headers: string[];
}

const FIELD_NAMES: Record<string, string> = {
  measure: 'mått',
  period: 'period',
  value: 'värde',
  sex: 'kön',
  ageBand: 'åldersgrupp',
  area: 'område',
};

/** Checks a mapping against the file's header; returns the resolved columns or every problem with its field. */
export function resolveMapping(headers: string[], mapping: ValueMapping): ResolvedMapping | { problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const used = new Map<number, string>();
  const find = (field: string, header: string | null | undefined, required: boolean): number | null => {
    if (header === null || header === undefined || header === '') {
      if (required) problems.push({ path: `mapping.${field}`, message: `Välj vilken kolumn som innehåller ${FIELD_NAMES[field] ?? field}.` });
      return null;
    }
    const matches = headers.flatMap((h, i) => (h === header ? [i] : []));
    if (matches.length === 0) {
      problems.push({ path: `mapping.${field}`, message: `Filen har ingen kolumn "${header}".` });
      return null;
    }
    if (matches.length > 1) {
      problems.push({ path: `mapping.${field}`, message: `Filen har ${matches.length} kolumner som heter "${header}". Ge dem olika rubriker.` });
      return null;
    }
    const index = matches[0]!;
    const other = used.get(index);
    if (other) problems.push({ path: `mapping.${field}`, message: `Kolumnen "${header}" är redan vald för ${FIELD_NAMES[other] ?? other}.` });
    used.set(index, field);
    return index;
  };
  const long = mapping.layout === 'long';
  const measure = find('measure', mapping.measure, true);
  const period = long ? find('period', mapping.period, true) : null;
  const value = long ? find('value', mapping.value, true) : null;
  const sex = find('sex', mapping.sex, false);
  const ageBand = find('ageBand', mapping.ageBand, false);
  const area = find('area', mapping.area, false);
  const periodColumns: ResolvedMapping['periodColumns'] = [];
  if (!long) {
    const columns = mapping.periodColumns ?? [];
    if (columns.length === 0) problems.push({ path: 'mapping.periodColumns', message: 'Välj minst en kolumn med en period som rubrik.' });
    for (const [i, header] of columns.entries()) {
      const index = find(`periodColumns.${i}`, header, true);
      if (index === null) continue;
      const key = parseWrittenPeriod(header);
      if (!key) problems.push({ path: `mapping.periodColumns.${i}`, message: `Rubriken "${header}" är ingen period, t.ex. 2022-DÅ04, DÅ 04 2022 eller 2022.` });
      else if (periodColumns.some((p) => p.period === key)) problems.push({ path: `mapping.periodColumns.${i}`, message: `Perioden ${key} finns i flera kolumner.` });
      else periodColumns.push({ index, period: key });
    }
  }
  if (problems.length > 0 || measure === null) return { problems };
  return { layout: mapping.layout, measure, period, value, periodColumns, sex, ageBand, area, headers };
}

const GUESSES: [keyof Pick<ValueMapping, 'measure' | 'period' | 'value' | 'sex' | 'ageBand' | 'area'>, RegExp][] = [
  ['measure', /^(mått|styrmått|mått ?id|måttets (id|namn)|measure|measure ?id|indikator|nyckeltal|kpi|mål)$/],
  ['period', /^(period|tid|tidpunkt|perioder|time|periode)$/],
  ['value', /^(värde|utfall|value|værdi|resultat|antal|andel)$/],
  ['sex', /^(kön|sex|gender|køn)$/],
  ['ageBand', /^(ålder|åldersgrupp|åldersklass|age|age ?band|age ?group|alder|aldersgruppe)$/],
  ['area', /^(område|area|kommun|geografi|region|enhet|område\/enhet)$/],
];

/** A first guess at the mapping from the header's words and the first rows, for the user to correct. */
export function suggestMapping(headers: string[], sampleRows: Cell[][], numberStyle: 'sv' | 'en' = 'sv'): ValueMapping {
  const norm = headers.map((h) => h.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' '));
  const pick = (re: RegExp) => {
    const i = norm.findIndex((h) => re.test(h));
    return i >= 0 ? headers[i]! : null;
  };
  const guessed = Object.fromEntries(GUESSES.map(([field, re]) => [field, pick(re)])) as Record<(typeof GUESSES)[number][0], string | null>;
  const periodHeaders = headers.filter((h) => parseWrittenPeriod(h) !== null);
  const wide = guessed.period === null && periodHeaders.length > 0;
  const valueIndexes = wide ? periodHeaders.map((h) => headers.indexOf(h)) : guessed.value ? [headers.indexOf(guessed.value)] : [];
  const samples = sampleRows.flatMap((row) => valueIndexes.map((i) => row[i] ?? ''));
  return {
    layout: wide ? 'wide' : 'long',
    measure: guessed.measure ?? headers[0] ?? '',
    period: wide ? null : guessed.period,
    value: wide ? null : guessed.value,
    periodColumns: wide ? periodHeaders : [],
    sex: guessed.sex,
    ageBand: guessed.ageBand,
    area: guessed.area,
    numberFormat: detectNumberFormat(samples, numberStyle),
    status: 'preliminary',
  };
}

/** The header row as text: a cell's text, trimmed. */
export function headerTexts(cells: Cell[]): string[] {
  return cells.map((c) => cellText(c));
}
