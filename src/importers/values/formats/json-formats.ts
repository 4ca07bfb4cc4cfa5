/**
 * Readers of the JSON value formats: DHIS2 dataValueSets, SCB's PX-Web JSON (PxWebApi v1
 * `format: json`), JSON-stat 2.0 (PxWebApi v1 `json-stat2` and v2), and Kolada's API
 * response. Pure: a parsed JSON document in, neutral rows out.
 */
import { type CodedFormat, CodedFileError, type NeutralRow } from './neutral';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: Json): string => (v === null || v === undefined ? '' : String(v));

/** Which JSON value format a parsed document is, or null. */
export function detectJsonFormat(doc: Json): CodedFormat | null {
  if (!isObject(doc)) return null;
  if (Array.isArray(doc.dataValues)) return 'dhis2-json';
  if (doc.class === 'dataset' && Array.isArray(doc.id) && isObject(doc.dimension) && 'value' in doc) return 'json-stat2';
  if (Array.isArray(doc.columns) && Array.isArray(doc.data)) return 'pxweb-json';
  if (Array.isArray(doc.values) && doc.values.every((v) => isObject(v) && 'kpi' in v && Array.isArray(v.values))) return 'kolada-json';
  return null;
}

/** DHIS2's default category option combination: the value is for the whole, no breakdown. */
const DHIS2_DEFAULT_COC = 'HllvX50cXC0';

/** A DHIS2 data element code, with its category option combination unless it is the default one. */
export function dhis2Code(dataElement: string, coc: string): string {
  return coc === '' || coc === DHIS2_DEFAULT_COC ? dataElement : `${dataElement}.${coc}`;
}

/** DHIS2 dataValueSets JSON: `{ dataSet?, period?, orgUnit?, dataValues: [{ dataElement, period, orgUnit, categoryOptionCombo?, value }] }`. */
export function readDhis2Json(doc: Record<string, Json>): NeutralRow[] {
  const rows: NeutralRow[] = [];
  const values = doc.dataValues as Json[];
  values.forEach((dv, i) => {
    const line = i + 1;
    if (!isObject(dv)) {
      rows.push({ line, system: 'dhis2', code: '', period: '', sex: '', ageBand: '', orgUnit: '', value: null, problem: `Värde nummer ${line} i dataValues är inget objekt.` });
      return;
    }
    const dataElement = text(dv.dataElement);
    rows.push({
      line,
      system: 'dhis2',
      code: dhis2Code(dataElement, text(dv.categoryOptionCombo)),
      period: text(dv.period ?? doc.period),
      sex: '',
      ageBand: '',
      orgUnit: text(dv.orgUnit ?? doc.orgUnit),
      value: dv.value === undefined || dv.value === null || dv.value === '' ? null : typeof dv.value === 'number' ? dv.value : text(dv.value),
      ...(dataElement === '' ? { problem: 'Värdet saknar dataElement.' } : {}),
    });
  });
  return rows;
}

/** SCB's sex codes (Kon): 1 men, 2 women, 1+2 both. */
const SCB_SEX: Record<string, string> = { '1': 'M', '2': 'K', '1+2': 'T', tot: 'T' };
const REGION_DIMENSIONS = /^(region|lan|län|kommun|kommuner|lansdel)$/i;
const SEX_DIMENSIONS = /^(kon|kön|kn)$/i;
const AGE_DIMENSIONS = /^(alder|ålder|aldersgrupp|åldersgrupp)$/i;
const TIME_DIMENSIONS = /^(tid|time|år|year)$/i;
const CONTENTS_DIMENSIONS = /^contentscode$/i;
const isTotalAge = (code: string) => /^tot/i.test(code);

/** One dimension of an SCB table: its code, role, and value codes with their labels. */
interface Dimension {
  code: string;
  role: 'time' | 'contents' | 'region' | 'sex' | 'age' | 'other';
  values: string[];
  labels: Map<string, string>;
}

function roleOf(code: string, type?: string): Dimension['role'] {
  if (type === 't' || TIME_DIMENSIONS.test(code)) return 'time';
  if (type === 'c' || CONTENTS_DIMENSIONS.test(code)) return 'contents';
  if (REGION_DIMENSIONS.test(code)) return 'region';
  if (SEX_DIMENSIONS.test(code)) return 'sex';
  if (AGE_DIMENSIONS.test(code)) return 'age';
  return 'other';
}

/** One cell of an SCB table, as the codes of each dimension and its value. */
function scbRow(line: number, table: string | undefined, dims: Dimension[], codes: string[], value: number | string | null): NeutralRow {
  const of = (role: Dimension['role']) => {
    const i = dims.findIndex((d) => d.role === role);
    return i < 0 ? null : { code: codes[i]!, label: dims[i]!.labels.get(codes[i]!) };
  };
  const contents = of('contents');
  const region = of('region');
  const sex = of('sex');
  const age = of('age');
  const code = contents ? (table ? `${table}:${contents.code}` : contents.code) : (table ?? '');
  return {
    line,
    system: 'scb',
    code,
    ...(contents?.label ? { codeLabel: contents.label } : {}),
    period: of('time')?.code ?? '',
    sex: sex ? (SCB_SEX[sex.code.toLowerCase()] ?? sex.code) : '',
    ageBand: age && !isTotalAge(age.code) ? age.code : '',
    orgUnit: region?.code ?? '',
    ...(region?.label ? { orgUnitLabel: region.label } : {}),
    value,
  };
}

/** A dimension other than time, contents, region, sex and age with several values would make rows that cannot be told apart. */
function checkDimensions(dims: Dimension[]) {
  if (!dims.some((d) => d.role === 'time')) throw new CodedFileError('Tabellen har ingen tidsdimension (Tid).');
  const extra = dims.find((d) => d.role === 'other' && d.values.length > 1);
  if (extra) {
    throw new CodedFileError(
      `Tabellen har dimensionen ${extra.code} med ${extra.values.length} värden. Gör uttaget med ett enda värde för ${extra.code} (eller utan den).`,
    );
  }
}

/** SCB's markers for a missing value. */
const scbValue = (v: Json): number | string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  const s = String(v).trim();
  return s === '' || s === '..' || s === '.' || s === '-' || s === '…' ? null : s;
};

/** PX-Web JSON (PxWebApi v1, `response: { format: "json" }`): `{ columns: [{code, text, type}], data: [{key, values}], metadata }`. */
export function readPxWebJson(doc: Record<string, Json>): { table?: string; rows: NeutralRow[] } {
  const columns = (doc.columns as Json[]).filter(isObject);
  const keyColumns = columns.filter((c) => c.type !== 'c');
  const valueColumns = columns.filter((c) => c.type === 'c');
  if (valueColumns.length === 0) throw new CodedFileError('PX-Web-svaret har ingen kolumn med tabellinnehåll (type "c").');
  const meta = Array.isArray(doc.metadata) && isObject(doc.metadata[0]) ? doc.metadata[0] : {};
  const table = text(meta.tableid ?? meta.infofile) || undefined;
  const dims: Dimension[] = [
    ...keyColumns.map((c) => ({ code: text(c.code), role: roleOf(text(c.code), text(c.type)), values: [] as string[], labels: new Map<string, string>() })),
    { code: 'ContentsCode', role: 'contents' as const, values: valueColumns.map((c) => text(c.code)), labels: new Map(valueColumns.map((c) => [text(c.code), text(c.text)])) },
  ];
  const data = (doc.data as Json[]).filter(isObject);
  for (const d of data) {
    (Array.isArray(d.key) ? d.key : []).forEach((k, i) => {
      const dim = dims[i];
      if (dim && !dim.values.includes(text(k))) dim.values.push(text(k));
    });
  }
  checkDimensions(dims);
  const rows: NeutralRow[] = [];
  let line = 0;
  for (const d of data) {
    const key = (Array.isArray(d.key) ? d.key : []).map(text);
    const values = Array.isArray(d.values) ? d.values : [];
    valueColumns.forEach((c, j) => {
      line += 1;
      rows.push(scbRow(line, table, dims, [...key, text(c.code)], scbValue(values[j])));
    });
  }
  return { table, rows };
}

/** JSON-stat 2.0 (PxWebApi v1 `json-stat2`, PxWebApi v2): dimensions in `id` order, values row-major by `size`. */
export function readJsonStat2(doc: Record<string, Json>): { table?: string; rows: NeutralRow[] } {
  if (doc.version !== undefined && doc.version !== '2.0') throw new CodedFileError(`JSON-stat version ${text(doc.version)} stöds inte; bara 2.0.`);
  const ids = (doc.id as Json[]).map(text);
  const size = Array.isArray(doc.size) ? doc.size.map(Number) : [];
  if (size.length !== ids.length) throw new CodedFileError('JSON-stat-filens size och id har olika längd.');
  const dimension = doc.dimension as Record<string, Json>;
  const roles = isObject(doc.role) ? doc.role : {};
  const inRole = (role: string, id: string) => Array.isArray(roles[role]) && (roles[role] as Json[]).map(text).includes(id);
  const dims: Dimension[] = ids.map((id, i) => {
    const d = isObject(dimension[id]) ? dimension[id] : {};
    const category = isObject(d.category) ? d.category : {};
    const index = category.index;
    let values: string[];
    if (Array.isArray(index)) values = index.map(text);
    else if (isObject(index)) values = Object.entries(index).sort((a, b) => Number(a[1]) - Number(b[1])).map(([k]) => k);
    else values = isObject(category.label) ? Object.keys(category.label) : [];
    if (values.length !== size[i]) throw new CodedFileError(`Dimensionen ${id} har ${values.length} värden men size säger ${size[i]}.`);
    const labels = new Map(isObject(category.label) ? Object.entries(category.label).map(([k, v]) => [k, text(v)]) : []);
    const role = inRole('time', id) ? 'time' : inRole('metric', id) ? 'contents' : inRole('geo', id) ? 'region' : roleOf(id);
    return { code: id, role, values, labels };
  });
  checkDimensions(dims);
  const ext = isObject(doc.extension) && isObject(doc.extension.px) ? doc.extension.px : {};
  const table = text(ext.tableid ?? ext.infofile) || undefined;
  const total = size.reduce((a, b) => a * b, 1);
  const value = doc.value;
  const at = (i: number): Json => (Array.isArray(value) ? value[i] : isObject(value) ? value[String(i)] : undefined);
  if (Array.isArray(value) && value.length !== total) throw new CodedFileError(`JSON-stat-filen har ${value.length} värden men dimensionerna ger ${total}.`);
  const rows: NeutralRow[] = [];
  for (let i = 0; i < total; i++) {
    // Row-major: the last dimension changes fastest.
    const codes: string[] = new Array(ids.length);
    let rest = i;
    for (let d = ids.length - 1; d >= 0; d--) {
      codes[d] = dims[d]!.values[rest % size[d]!]!;
      rest = Math.floor(rest / size[d]!);
    }
    rows.push(scbRow(i + 1, table, dims, codes, scbValue(at(i))));
  }
  return { table, rows };
}

/** Kolada's sex codes: T total, K women, M men (its documentation also writes F for women). */
export const koladaSex = (g: string) => (g.toUpperCase() === 'F' ? 'K' : g.toUpperCase());

/** Kolada API JSON (v2/v3 data): `{ values: [{ kpi, municipality, period, values: [{ gender, value }] }] }`. */
export function readKoladaJson(doc: Record<string, Json>): NeutralRow[] {
  const rows: NeutralRow[] = [];
  let line = 0;
  for (const item of doc.values as Record<string, Json>[]) {
    for (const v of item.values as Json[]) {
      line += 1;
      const entry = isObject(v) ? v : {};
      rows.push({
        line,
        system: 'kolada',
        code: text(item.kpi),
        period: text(item.period ?? item.year),
        sex: koladaSex(text(entry.gender)),
        ageBand: '',
        orgUnit: text(item.municipality ?? item.ou),
        value: typeof entry.value === 'number' ? entry.value : entry.value === null || entry.value === undefined ? null : text(entry.value),
      });
    }
  }
  return rows;
}
