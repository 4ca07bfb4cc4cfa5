import { formatNumber } from '../../../domain/numbers';
import type { Db } from '../../../db/client';
import { rankByValue } from '../../../domain/kolada/rank-regions';
import { searchKpis } from '../../../importers/kolada/catalogue';
import { RIKET_ID, regionsOf } from '../../../importers/kolada/municipalities';
import type { KoladaComparison, KoladaFetchRun, KoladaGender, KoladaKpi, KoladaMeasureLink, KoladaMunicipality } from '../../../shared/kolada-types';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { koladaReference } from './kolada.catalogue';
import type { KoladaClient } from './kolada.client';
import * as q from './kolada.queries';

/** Years a fetch asks for: the plan's years and the four before, where baselines lie. */
export function fetchYears(startYear: number, endYear: number): number[] {
  return Array.from({ length: endYear - startYear + 5 }, (_, i) => startYear - 4 + i);
}

function toRun(f: q.FetchRow): KoladaFetchRun {
  return {
    id: f.id,
    measureId: f.measure_id,
    kpi: f.kpi,
    trigger: f.trigger,
    outcome: f.outcome,
    reason: f.reason,
    storedValues: f.stored_values,
    comparisonValues: f.comparison_values,
    startedAt: f.started_at,
    by: f.by,
  };
}

async function measureOrThrow(db: Db, measureId: number): Promise<q.MeasureKoladaRow> {
  const m = await q.measureKolada(db, measureId);
  if (!m) throw new AppError('not-found', `Måttet ${measureId} finns inte.`);
  return m;
}

/** The measure's Kolada panel: its KPI, the organisation's Kolada id, the last fetch and what the actor may do. */
export async function getKoladaLink(db: Db, actor: Actor, measureId: number): Promise<KoladaMeasureLink> {
  const m = await measureOrThrow(db, measureId);
  authorize(actor, 'plan:read', { organisationId: m.organisation_id });
  const ref = await koladaReference();
  const last = await q.lastFetch(db, measureId);
  const kpi = m.kolada_kpi ? (ref.kpiById.get(m.kolada_kpi) ?? unknownKpi(m.kolada_kpi)) : null;
  return {
    measureId,
    organisationId: m.organisation_id,
    kpi,
    organisation: m.organisation_kolada_id ? (ref.municipalityById.get(m.organisation_kolada_id) ?? null) : null,
    years: fetchYears(m.start_year, m.end_year),
    lastFetch: last ? toRun(last) : null,
    canLink: can(actor, 'kolada:link', { organisationId: m.organisation_id }),
    canFetch: can(actor, 'kolada:fetch', { organisationId: m.organisation_id }),
  };
}

/** A KPI id stored earlier that the shipped catalogue no longer has: shown by id rather than hidden. */
const unknownKpi = (id: string): KoladaKpi => ({ id, title: id, description: '', isDividedByGender: false, municipalityType: 'A', operatingArea: '' });

/** Links a measure to a KPI of the catalogue (or unlinks it with null). */
export async function linkMeasureToKpi(db: Db, actor: Actor, measureId: number, kpiId: string | null): Promise<KoladaMeasureLink> {
  const m = await measureOrThrow(db, measureId);
  authorize(actor, 'kolada:link', { organisationId: m.organisation_id });
  let id: string | null = null;
  if (kpiId !== null) {
    id = kpiId.trim().toUpperCase();
    if (!(await koladaReference()).kpiById.has(id)) throw fieldError('kpi', `Nyckeltalet "${kpiId}" finns inte i Koladas katalog.`);
  }
  await q.setMeasureKpi(db, measureId, id);
  return getKoladaLink(db, actor, measureId);
}

/** Sets which Kolada municipality or region the organisation is (null: none). */
export async function setOrganisationKoladaId(db: Db, actor: Actor, organisationId: number, koladaId: string | null): Promise<{ koladaId: string | null; municipality: KoladaMunicipality | null }> {
  authorize(actor, 'kolada:link', { organisationId });
  let municipality: KoladaMunicipality | null = null;
  if (koladaId !== null) {
    municipality = (await koladaReference()).municipalityById.get(koladaId.trim()) ?? null;
    if (!municipality || municipality.id === RIKET_ID) {
      throw fieldError('koladaId', `"${koladaId}" är inget id för en region eller kommun i Kolada (fyra siffror, t.ex. 0025 för Region Norrbotten).`);
    }
  }
  if (!(await q.setOrganisationKoladaId(db, organisationId, municipality?.id ?? null))) throw new AppError('not-found', 'Organisationen finns inte.');
  return { koladaId: municipality?.id ?? null, municipality };
}

/** KPIs of the catalogue matching an id or title words. */
export async function findKpis(query: string, forRegions: boolean): Promise<KoladaKpi[]> {
  return searchKpis((await koladaReference()).kpis, query, { forRegions, limit: 20 });
}

/** The whole municipality list: 290 kommuner, 21 regions and Riket. */
export async function listKoladaMunicipalities(): Promise<KoladaMunicipality[]> {
  return (await koladaReference()).municipalities;
}

/**
 * Fetches the measure's KPI for the organisation, all 21 regions and Riket, and stores it all
 * or nothing: any failed page, timeout, malformed or partial body stores nothing. Every attempt
 * is logged with its outcome and reason. Returns the logged run.
 */
export async function runKoladaFetch(db: Db, client: KoladaClient, m: q.MeasureKoladaRow, trigger: 'manual' | 'schedule', userId: number | null): Promise<KoladaFetchRun> {
  const kpi = m.kolada_kpi!;
  const own = m.organisation_kolada_id!;
  const ref = await koladaReference();
  const compared = [...regionsOf(ref.municipalities).map((r) => r.id), RIKET_ID];
  const ids = compared.includes(own) ? compared : [own, ...compared];
  const years = fetchYears(m.start_year, m.end_year);
  const log = (outcome: 'ok' | 'failed', reason: string, stored = 0, comparison = 0) =>
    q.insertFetch(db, { measureId: m.measure_id, kpi, ids, years, trigger, outcome, reason, stored, comparison, userId });

  const result = await client.fetchData(kpi, ids, years);
  if (!result.ok) return toRun((await q.fetchById(db, await log('failed', `${result.reason}. Inget har ändrats.`)))!);
  const ownValues = result.points
    .filter((p) => p.municipalityId === own && p.value !== null)
    .map((p) => ({ period: String(p.year), sex: p.gender, value: p.value! }));
  const missing = result.points.filter((p) => p.municipalityId === own && p.value === null).length;
  let stored = 0;
  let comparison = 0;
  let differences: q.KoladaDifference[] = [];
  try {
    await db.transaction(async (tx) => {
      comparison = await q.replaceKoladaValues(tx, kpi, ids, years, result.points);
      ({ stored, differences } = await q.replaceMeasureValuesFromKolada(tx, m.measure_id, years, ownValues, userId));
    });
  } catch (err) {
    return toRun((await q.fetchById(db, await log('failed', `värdena kunde inte sparas (${err instanceof Error ? err.message : String(err)}). Inget har ändrats.`)))!);
  }
  const parts = [`${stored} värden för ${ref.municipalityById.get(own)?.title ?? own}`, `${comparison} värden för jämförelsen`];
  if (missing > 0) parts.push(`${missing} saknas i Kolada`);
  if (result.ignored > 0) parts.push(`${result.ignored} med okänd könskod utelämnade`);
  if (differences.length > 0) {
    // Never overwritten: the person sees both and chooses (entering Kolada's value replaces theirs).
    const listed = differences
      .map((d) => `${d.period} ${SEX_WORDS[d.sex] ?? d.sex}: inmatat ${formatNumber(d.entered, 'sv')}${d.enteredBy ? ` (${d.enteredBy})` : d.source ? ` (${d.source})` : ''}, Kolada ${formatNumber(d.kolada, 'sv')}`)
      .join('; ');
    parts.push(`${differences.length} inmatade värden skiljer sig från Koladas och behölls – välj vilket som ska gälla: ${listed}`);
  }
  return toRun((await q.fetchById(db, await log('ok', `${parts.join(', ')} (${result.pages} ${result.pages === 1 ? 'sida' : 'sidor'}).`, stored, comparison)))!);
}

const SEX_WORDS: Record<string, string> = { T: 'totalt', K: 'kvinnor', M: 'män' };

/** "Hämta nu": fetches the measure's values now; a failure is a 502 that says why and changed nothing. */
export async function fetchMeasureNow(db: Db, actor: Actor, client: KoladaClient, measureId: number): Promise<KoladaFetchRun> {
  const m = await measureOrThrow(db, measureId);
  authorize(actor, 'kolada:fetch', { organisationId: m.organisation_id });
  if (!m.kolada_kpi) throw fieldError('kpi', 'Måttet är inte kopplat till något nyckeltal i Kolada.');
  if (!m.organisation_kolada_id) throw fieldError('koladaId', 'Organisationen har inget Kolada-id. Ange det under Styrmodell.');
  const run = await runKoladaFetch(db, client, m, 'manual', actor.id);
  if (run.outcome === 'failed') throw new AppError('upstream-failed', `Hämtningen från Kolada misslyckades: ${run.reason}`);
  return run;
}

/** What the nightly job did. */
export interface RefreshSummary {
  measures: number;
  ok: number;
  failed: { measureId: number; reason: string }[];
}

/** Refreshes every linked measure of every organisation with a Kolada id; one failure does not stop the others. */
export async function refreshLinkedMeasures(db: Db, client: KoladaClient): Promise<RefreshSummary> {
  const linked = await q.linkedMeasures(db);
  const summary: RefreshSummary = { measures: linked.length, ok: 0, failed: [] };
  for (const m of linked) {
    const run = await runKoladaFetch(db, client, m, 'schedule', null);
    if (run.outcome === 'ok') summary.ok += 1;
    else summary.failed.push({ measureId: m.measure_id, reason: run.reason });
  }
  return summary;
}

/** The measure's KPI across all 21 regions for one year, ranked by the measure's better direction, with Riket. */
export async function getComparison(db: Db, actor: Actor, measureId: number, input: { year?: number; gender?: KoladaGender }): Promise<KoladaComparison> {
  const m = await measureOrThrow(db, measureId);
  authorize(actor, 'plan:read', { organisationId: m.organisation_id });
  if (!m.kolada_kpi) throw new AppError('not-found', 'Måttet är inte kopplat till något nyckeltal i Kolada.');
  const ref = await koladaReference();
  const regions = regionsOf(ref.municipalities);
  const riket = ref.municipalityById.get(RIKET_ID)!;
  const gender = input.gender ?? 'T';
  const rows = await q.comparisonValues(db, m.kolada_kpi, [...regions.map((r) => r.id), RIKET_ID], gender);
  const years = [...new Set(rows.filter((r) => r.value !== null).map((r) => r.year))].sort((a, b) => b - a);
  if (input.year !== undefined && !years.includes(input.year)) throw fieldError('year', `Det finns inga hämtade värden för ${input.year}.`);
  const year = input.year ?? years[0] ?? null;
  const valueFor = (id: string) => rows.find((r) => r.municipality_id === id && r.year === year)?.value ?? null;
  const ranked = rankByValue(regions.map((r) => ({ id: r.id, value: valueFor(r.id), municipality: r })), m.better_direction);
  const fetched = rows.map((r) => r.fetched_at).sort();
  return {
    measureId,
    measureName: m.name,
    kpi: ref.kpiById.get(m.kolada_kpi) ?? unknownKpi(m.kolada_kpi),
    year,
    years,
    gender,
    betterDirection: m.better_direction,
    rows: [
      ...ranked.map(({ item, rank }) => ({ municipality: item.municipality, value: item.value, rank, isOwn: item.id === m.organisation_kolada_id, isNational: false })),
      { municipality: riket, value: valueFor(RIKET_ID), rank: null, isOwn: false, isNational: true },
    ],
    fetchedAt: fetched[fetched.length - 1] ?? null,
  };
}
