/**
 * Value formats that are tables (read by the CSV/XLSX reader) but carry codes instead of a
 * column mapping: DHIS2 dataValueSets as CSV, Kolada files (kpi, municipality, year or
 * period, gender, value) and Stratsys-style tab-separated measure data (unit, period,
 * measure, value). Recognised by their header; each row becomes a neutral row.
 */
import { type Cell, cellText } from '../cells';
import { dhis2Code, koladaSex } from './json-formats';
import type { CodedFormat, NeutralRow } from './neutral';

const norm = (h: string) => h.normalize('NFC').trim().toLowerCase().replace(/[\s_]+/g, '');

/** Column positions of a table format, found in its header. */
interface Columns {
  code: number;
  period: number;
  value: number;
  orgUnit: number | null;
  sex: number | null;
  coc: number | null;
  label: number | null;
  orgUnitLabel: number | null;
}

function find(headers: string[], ...names: string[]): number | null {
  const n = headers.map(norm);
  for (const name of names) {
    const i = n.indexOf(name);
    if (i >= 0) return i;
  }
  return null;
}

/** Which table format a header is, with its columns; null for a plain table (mapped by column). */
export function detectTableFormat(headers: string[], delimiter: string | null): { format: CodedFormat; columns: Columns } | null {
  const de = find(headers, 'dataelement', 'de');
  const ou = find(headers, 'orgunit', 'ou');
  const pe = find(headers, 'period', 'pe');
  const value = find(headers, 'value', 'värde');
  if (de !== null && ou !== null && pe !== null && value !== null) {
    return {
      format: 'dhis2-csv',
      columns: { code: de, period: pe, value, orgUnit: ou, sex: null, coc: find(headers, 'categoryoptioncombo', 'catoptcombo', 'co'), label: null, orgUnitLabel: null },
    };
  }
  const kpi = find(headers, 'kpi', 'kpiid', 'nyckeltal');
  const municipality = find(headers, 'municipalityid', 'municipality', 'kommunid', 'kommun', 'ou', 'ouid');
  const year = find(headers, 'year', 'period', 'år');
  const kValue = find(headers, 'value', 'värde');
  if (kpi !== null && municipality !== null && year !== null && kValue !== null) {
    const named = find(headers, 'municipality', 'kommun');
    return {
      format: 'kolada-csv',
      columns: {
        code: kpi, period: year, value: kValue, orgUnit: municipality, sex: find(headers, 'gender', 'kön'), coc: null, label: null,
        orgUnitLabel: named !== municipality ? named : null,
      },
    };
  }
  if (delimiter === '\t') {
    const unit = find(headers, 'enhet', 'unit', 'organisation', 'organisationsenhet', 'verksamhet', 'förvaltning');
    const measure = find(headers, 'mått', 'mätetal', 'styrmått', 'indikator', 'nyckeltal', 'measure', 'indicator');
    const period = find(headers, 'period', 'tid', 'år');
    const v = find(headers, 'värde', 'utfall', 'value', 'resultat');
    if (unit !== null && measure !== null && period !== null && v !== null) {
      return { format: 'stratsys-tsv', columns: { code: measure, period, value: v, orgUnit: unit, sex: find(headers, 'kön', 'gender'), coc: null, label: null, orgUnitLabel: null } };
    }
  }
  return null;
}

/** Turns one table row into a neutral row. */
export function tableRow(format: CodedFormat, columns: Columns, line: number, cells: Cell[]): NeutralRow {
  const at = (i: number | null) => (i === null ? '' : cellText(cells[i]));
  const raw = cells[columns.value];
  const value: number | string | null = typeof raw === 'number' ? raw : at(columns.value) === '' ? null : at(columns.value);
  const system = format === 'dhis2-csv' ? 'dhis2' : format === 'kolada-csv' ? 'kolada' : 'name';
  const code = format === 'dhis2-csv' ? dhis2Code(at(columns.code), at(columns.coc)) : at(columns.code);
  const sex = at(columns.sex);
  return {
    line,
    system,
    code,
    period: at(columns.period),
    sex: format === 'kolada-csv' ? koladaSex(sex) : sex,
    ageBand: '',
    orgUnit: at(columns.orgUnit),
    ...(columns.orgUnitLabel !== null && at(columns.orgUnitLabel) ? { orgUnitLabel: at(columns.orgUnitLabel) } : {}),
    value,
    ...(code === '' ? { problem: 'Raden saknar mått eller kod.' } : {}),
  };
}
