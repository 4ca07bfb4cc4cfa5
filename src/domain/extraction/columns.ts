import { isGroupHeader } from './group-columns';

/**
 * What a table column holds, read from its header cell in Swedish, Danish or English.
 * A column the rules do not know is `other`: shown to the user to map, never guessed at.
 */
export type MeasureField =
  | { field: 'name' }
  | { field: 'baseline' }
  | { field: 'target'; key: string }
  | { field: 'outcome'; key: string }
  | { field: 'source' }
  | { field: 'period' }
  | { field: 'unit' }
  | { field: 'responsible' }
  /** A column naming the plan's own levels (Perspektiv, Strategiskt mål): its cells are nodes. */
  | { field: 'group' }
  | { field: 'decoration' }
  | { field: 'other' };

export type MeasureFieldName = MeasureField['field'];

const NAME = /^(styrmått|kontrollmått|mått|måttnamn|mätetal|nyckeltal|indikator(er)?|målindikator(er)?|resultatindikator(er)?|nøgletal|måltal|mål ?indikator|succeskriterie(r)?|measures?|indicators?|kpis?|name|namn|navn)$/iu;
const BASELINE = /^(ingångsvärde|utgångsvärde|utgångsläge|nuläge|nulägesvärde|basvärde|basår|baslinje|udgangspunkt|udgangsniveau|baseline|nuværende niveau|status nu)(\s*\(?\d{4}\)?)?$/iu;
const TARGET = /^(mål|målvärde|målnivå|målsättning|målniveau|målsætning|måltal|plan|budget|target|goal|mål för|mål for|mål år|mål år)\b\s*[:\-–]?\s*(.*)$/iu;
const OUTCOME = /^(utfall|resultat|bokslut|realiseret|opnået|actual|outcome|result|status|regnskab)\b\s*[:\-–]?\s*(.*)$/iu;
const SOURCE = /^(källa|källor|datakälla|kilde|datakilde|source|data source)$/iu;
const PERIOD = /^(period|mätperiod|periodicitet|frekvens|mätfrekvens|rapportering|redovisning|uppföljning|uppföljningsperiod|periode|opfølgning|frequency|reporting period)$/iu;
const UNIT = /^(enhet|mätenhet|enhed|måleenhed|unit)$/iu;
const RESPONSIBLE = /^(ansvarig|ansvar|ansvarlig|ägare|måttägare|ejer|owner|responsible)$/iu;
const DECORATION = /^[→⟶➔>\-–\s]*$/u;
const MONEY = /^(mnkr|mkr|tkr|kkr|kr|mdkr|mio\.? ?kr\.?|mia\.? ?kr\.?|t ?kr|1 ?000 kr|tusen kronor|miljoner kronor|mio\.|beløb.*|belopp.*)$/iu;
const YEAR = /^(19|20)\d{2}([/-](19|20)?\d{2})?$/u;

/** A year or year span in a header's rest ("2024", "2023/24"), else the rest itself, else the whole header. */
function keyOf(rest: string, header: string): string {
  const r = rest.trim();
  if (r === '') return header.trim();
  const year = /\b((19|20)\d{2}([/-](19|20)?\d{2})?)\b/u.exec(r);
  return year?.[1] ?? r;
}

/** Classifies one header cell. */
export function classifyHeader(cell: string): MeasureField {
  const h = cell.replace(/\s+/gu, ' ').trim();
  if (DECORATION.test(h)) return { field: 'decoration' };
  if (NAME.test(h)) return { field: 'name' };
  if (BASELINE.test(h)) return { field: 'baseline' };
  if (SOURCE.test(h)) return { field: 'source' };
  if (PERIOD.test(h)) return { field: 'period' };
  if (UNIT.test(h)) return { field: 'unit' };
  if (RESPONSIBLE.test(h)) return { field: 'responsible' };
  if (YEAR.test(h)) return { field: 'outcome', key: h };
  const target = TARGET.exec(h);
  if (target) {
    // "Målområde", "Mål och indikator" are not target columns: the word must end at the header or be followed by a year/label.
    const rest = target[2] ?? '';
    if (rest === '' || /\d{4}|^(år|year|niveau|nivå|\d)/iu.test(rest)) return { field: 'target', key: keyOf(rest, h) };
  }
  const outcome = OUTCOME.exec(h);
  if (outcome) {
    const rest = outcome[2] ?? '';
    if (rest === '' || /\d/u.test(rest)) return { field: 'outcome', key: keyOf(rest, h) };
  }
  return { field: 'other' };
}

/** The fields of a header row; where no column is named as the measure, the first text column is the name. */
export function classifyHeaderRow(cells: string[]): MeasureField[] {
  // "Mnkr | 2022 | 2023": amounts per year are a budget table, not measures.
  if (MONEY.test((cells[0] ?? '').trim())) return cells.map(() => ({ field: 'other' }));
  const fields = cells.map(classifyHeader);
  const named = fields.some((f) => f.field === 'name');
  // Beside a measure column, "Mål" or "Perspektiv" is the goal the measure serves, not a target.
  for (const [i, cell] of cells.entries()) {
    if (isGroupHeader(cell) && (named || i < cells.length - 1) && (fields[i]?.field === 'other' || (named && fields[i]?.field === 'target'))) {
      fields[i] = { field: 'group' };
    }
  }
  if (!fields.some((f) => f.field === 'name')) {
    const first = fields.findIndex((f) => f.field === 'other');
    if (first === 0) fields[0] = { field: 'name' };
  }
  return fields;
}

/** Whether a header row makes a measure table: a name column and at least one value column. */
export function isMeasureHeader(fields: MeasureField[]): boolean {
  return fields.some((f) => f.field === 'name') && fields.some((f) => f.field === 'baseline' || f.field === 'target' || f.field === 'outcome');
}
