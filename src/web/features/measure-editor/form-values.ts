/** The measure form's state and its translation to the API's create and update requests. Pure, so it is unit tested. */
import type { MeasureDetail } from '../../../shared/api-types';
import type { CreateMeasureRequest, UpdateMeasureRequest } from '../../../shared/authoring-schemas';

export const REPORT_PERIODS = ['DÅ04', 'DÅ08', 'ÅR'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export interface TargetRow {
  /** Stable React key: rows are added and removed. */
  key: string;
  year: string;
  text: string;
  needsRevision: boolean;
}

export interface FootnoteRow {
  key: string;
  mark: string;
  text: string;
}

export interface MeasureFormValues {
  name: string;
  kindKey: string;
  definition: string;
  method: string;
  unit: string;
  betterDirection: '' | 'increase' | 'decrease';
  valueNature: 'flow' | 'cumulative' | 'state';
  baseline: string;
  targets: TargetRow[];
  source: string;
  reportingPeriods: ReportPeriod[];
  sex: boolean;
  /** One per line. */
  ageBands: string;
  areas: string;
  ownerUserId: string;
  footnotes: FootnoteRow[];
  koladaKpi: string;
}

let counter = 0;
/** A new key for a row; unique within the page. */
export const rowKey = () => `row-${++counter}`;

/** A new measure: the model's first kind, one target row per year of the plan. */
export function emptyValues(kindKey: string, years: number[]): MeasureFormValues {
  return {
    name: '',
    kindKey,
    definition: '',
    method: '',
    unit: '',
    betterDirection: '',
    valueNature: 'flow',
    baseline: '',
    targets: years.map((y) => ({ key: rowKey(), year: String(y), text: '', needsRevision: false })),
    source: '',
    reportingPeriods: [],
    sex: false,
    ageBands: '',
    areas: '',
    ownerUserId: '',
    footnotes: [],
    koladaKpi: '',
  };
}

/** Every period checked means the same as none: every follow-up period of the plan; the form shows none. */
function periodsOf(list: string[]): ReportPeriod[] {
  const known = REPORT_PERIODS.filter((p) => list.includes(p));
  return known.length === REPORT_PERIODS.length ? [] : known;
}

export function valuesFromDetail(m: MeasureDetail): MeasureFormValues {
  return {
    name: m.name,
    kindKey: m.kindKey,
    definition: m.definition,
    method: m.method,
    unit: m.unit ?? '',
    betterDirection: m.betterDirection ?? '',
    valueNature: m.valueNature,
    baseline: m.baselineText,
    targets: m.targets.map((t) => ({ key: rowKey(), year: String(t.year), text: t.text, needsRevision: t.needsRevision })),
    source: m.source,
    reportingPeriods: periodsOf(m.reportingPeriods),
    sex: m.breakdowns.sex,
    ageBands: m.breakdowns.ageBands.join('\n'),
    areas: m.breakdowns.areas.join('\n'),
    ownerUserId: m.owner ? String(m.owner.id) : '',
    footnotes: m.footnotes.map((f) => ({ key: rowKey(), mark: f.mark, text: f.text })),
    koladaKpi: m.koladaKpi ?? '',
  };
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** Targets as the API takes them; rows without a text are left out (the server removes their year). */
export function targetsRecord(rows: TargetRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) if (r.text.trim() !== '' && /^\d{4}$/.test(r.year.trim())) out[r.year.trim()] = r.text.trim();
  return out;
}

/** Client-side checks the server would also make, said next to the row: a year that is not a year, a year twice. */
export function targetRowErrors(rows: TargetRow[]): Record<string, 'year' | 'duplicate'> {
  const errors: Record<string, 'year' | 'duplicate'> = {};
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.text.trim() === '' && r.year.trim() === '') continue;
    if (!/^\d{4}$/.test(r.year.trim())) errors[r.key] = 'year';
    else if (seen.has(r.year.trim())) errors[r.key] = 'duplicate';
    seen.add(r.year.trim());
  }
  return errors;
}

function fields(v: MeasureFormValues) {
  return {
    name: v.name.trim(),
    kindKey: v.kindKey,
    definition: v.definition.trim(),
    method: v.method.trim(),
    unit: v.unit.trim() || null,
    betterDirection: v.betterDirection || null,
    valueNature: v.valueNature,
    baseline: v.baseline.trim(),
    targets: targetsRecord(v.targets),
    source: v.source.trim(),
    // None checked: every follow-up period of the plan, which the server stores as all three.
    reportingPeriods: v.reportingPeriods.length === 0 ? [...REPORT_PERIODS] : REPORT_PERIODS.filter((p) => v.reportingPeriods.includes(p)),
    breakdowns: { sex: v.sex, ageBands: lines(v.ageBands), areas: lines(v.areas) },
    ownerUserId: v.ownerUserId ? Number(v.ownerUserId) : null,
    footnotes: v.footnotes.filter((f) => f.text.trim() !== '').map((f) => ({ mark: f.mark.trim(), text: f.text.trim() })),
    koladaKpi: v.koladaKpi.trim().toUpperCase() || null,
  };
}

export function toCreateRequest(v: MeasureFormValues): CreateMeasureRequest {
  return fields(v);
}

/** Only what differs from the measure as loaded, so that a decided plan's protected fields are not touched by accident. */
export function toUpdateRequest(v: MeasureFormValues, m: MeasureDetail): UpdateMeasureRequest {
  const now = fields(v);
  const was = fields(valuesFromDetail(m));
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(now) as (keyof typeof now)[]) {
    if (JSON.stringify(now[key]) !== JSON.stringify(was[key])) patch[key] = now[key];
  }
  return { ...(patch as UpdateMeasureRequest), version: m.version };
}

/** Field names the server may name in an error, for placing its messages. */
export const FORM_FIELDS = [
  'name',
  'kindKey',
  'definition',
  'method',
  'unit',
  'betterDirection',
  'valueNature',
  'baseline',
  'targets',
  'source',
  'reportingPeriods',
  'breakdowns',
  'ownerUserId',
  'footnotes',
  'koladaKpi',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** A field's value as compared: rows without their React keys. */
function comparable<K extends keyof MeasureFormValues>(key: K, value: MeasureFormValues[K]): string {
  if (key === 'targets') return JSON.stringify((value as TargetRow[]).map((r) => [r.year.trim(), r.text.trim()]));
  if (key === 'footnotes') return JSON.stringify((value as FootnoteRow[]).map((r) => [r.mark.trim(), r.text.trim()]));
  return JSON.stringify(value);
}

/**
 * After a reload: what the person changed stays as they typed it; every field they left alone
 * takes the newer stored value, so saving again does not undo someone else's change.
 */
export function rebaseValues(typed: MeasureFormValues, was: MeasureFormValues, now: MeasureFormValues): MeasureFormValues {
  const out: MeasureFormValues = { ...typed };
  for (const key of Object.keys(typed) as (keyof MeasureFormValues)[]) {
    if (comparable(key, typed[key]) === comparable(key, was[key])) (out as unknown as Record<string, unknown>)[key] = now[key];
  }
  return out;
}
