/**
 * The national-scale data set for the benchmark: every region gets its own organisation and a
 * copy of Region Norrbotten's real plan (seed 001), whose 58 measures — with their real
 * baselines and targets — are repeated until the plan has `size.measures` measures, and
 * monthly values per sex and area loaded with COPY. A flow (a count or rate per period, most of
 * the seed's measures) cannot be read off a month, so a region reports its delår and year values
 * too, as Norrbotten's follow-up does: flows also get DÅ 04, DÅ 08 and year values, and every
 * measure has a value to judge. Values are synthetic and deterministic.
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../../src/db/client';
import { getTemplate } from '../../src/domain/model/templates';
import { NORRBOTTEN_PLAN } from '../../src/server/bootstrap';
import { insertGovernanceModel, insertOrganisation } from '../../src/server/modules/organisations/organisations.queries';
import { importPlanText } from '../../src/server/modules/plan-import/plan-import.service';
import { AREAS, REGIONS } from './regions';
import type { Size } from './sizes';

export const VALUE_COLUMNS = ['measure_id', 'period', 'sex', 'area', 'value', 'status', 'source'] as const;
const SEXES = ['T', 'K', 'M'] as const;

export interface GeneratedRegion {
  organisationId: number;
  planId: number;
  measures: BenchMeasure[];
}

/** A measure of the data set; a flow gets report values besides its monthly ones. */
export interface BenchMeasure {
  id: number;
  flow: boolean;
}

/** Creates one region's organisation and its plan of `size.measures` measures (no values yet). */
export async function createRegionPlan(db: Db, regionIndex: number, size: Size, modelId: number): Promise<GeneratedRegion> {
  const region = REGIONS[regionIndex % REGIONS.length]!;
  // The model id keeps slugs unique when several data sets share a database.
  const slug = `bench-${modelId}-${region.koladaId}-${regionIndex}`;
  const organisationId = await insertOrganisation(db, {
    slug, name: region.name, koladaId: region.koladaId, defaultLang: 'sv', country: 'SE', governanceModelId: modelId,
  });
  const summary = await importPlanText(db, { organisationId, text: readFileSync(NORRBOTTEN_PLAN, 'utf8'), sourceName: slug, dryRun: false });
  const planId = summary.planId!;
  const seedCount = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM measures WHERE plan_id = $1', [planId]))[0]!.n;
  const copies = Math.ceil(size.measures / seedCount) - 1;
  if (copies > 0) await repeatMeasures(db, planId, copies, seedCount);
  // Trim to the exact size (from the end, so every success factor keeps its real measures).
  await db.query('DELETE FROM measures WHERE plan_id = $1 AND position >= $2', [planId, size.measures]);
  const measures = await db.query<BenchMeasure>("SELECT id, value_nature = 'flow' AS flow FROM measures WHERE plan_id = $1 ORDER BY position", [planId]);
  return { organisationId, planId, measures };
}

/** Adds `copies` copies of each of the plan's measures (and their targets) under the same success factor. */
async function repeatMeasures(db: Db, planId: number, copies: number, seedCount: number): Promise<void> {
  await db.query(
    `INSERT INTO measures (plan_id, node_id, kind_key, position, name, definition, unit, better_direction, value_nature,
                           baseline_text, source, periods_text, reporting_periods, footnotes, source_line)
     SELECT m.plan_id, m.node_id, m.kind_key, m.position + g * $2, m.name || ' (enhet ' || g || ')', m.definition, m.unit,
            m.better_direction, m.value_nature, m.baseline_text, m.source, m.periods_text, m.reporting_periods, m.footnotes, m.source_line
       FROM measures m CROSS JOIN generate_series(1, $3::int) g WHERE m.plan_id = $1`,
    [planId, seedCount, copies],
  );
  await db.query(
    `INSERT INTO measure_targets (measure_id, year, text)
     SELECT c.id, t.year, t.text
       FROM measures c
       JOIN measures o ON o.plan_id = c.plan_id AND o.position = c.position % $2
       JOIN measure_targets t ON t.measure_id = o.id
      WHERE c.plan_id = $1 AND c.position >= $2`,
    [planId, seedCount],
  );
}

/** The months of the data set: `years` whole years ending with the plan's last year (2024). */
export function months(size: Size, lastYear = 2024): string[] {
  const out: string[] = [];
  for (let y = lastYear - size.years + 1; y <= lastYear; y++) for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

/** A deterministic value for one cell: a level per measure, a slow trend, a seasonal swing and a sex and area offset. */
export function cellValue(measureId: number, monthIndex: number, sex: number, area: number): number {
  const level = 20 + ((measureId * 37) % 70);
  const season = Math.sin((monthIndex % 12) / 12 * 2 * Math.PI) * 3;
  const raw = level + monthIndex * 0.05 + season + (sex === 1 ? 1.5 : sex === 2 ? -1.5 : 0) + ((area * 7) % 5) - 2;
  return Math.round(raw * 10) / 10;
}

/** The report periods a flow's values are also given for, each with the month it is valued like. */
const REPORTS = [{ suffix: '-DÅ04', month: 3 }, { suffix: '-DÅ08', month: 7 }, { suffix: '', month: 11 }] as const;

/** How many values valueCsv writes for these measures. */
export function valueCount(measures: readonly BenchMeasure[], size: Size): number {
  const flows = measures.filter((m) => m.flow).length;
  return (measures.length * 12 + flows * REPORTS.length) * size.years * 3 * size.areas;
}

/**
 * One region's values as CSV chunks in VALUE_COLUMNS order (one chunk per measure), or in the
 * long format a person would upload (`header`): measure,period,sex,area,value.
 */
export function* valueCsv(measures: readonly BenchMeasure[], size: Size, format: 'copy' | 'upload' = 'copy'): Generator<string> {
  const ms = months(size);
  const areas = ['', ...AREAS].slice(0, size.areas);
  if (format === 'upload') yield 'measure,period,sex,area,value\n';
  for (const { id, flow } of measures) {
    let chunk = '';
    const row = (period: string, monthIndex: number) => {
      for (let s = 0; s < SEXES.length; s++) {
        for (let a = 0; a < areas.length; a++) {
          const v = cellValue(id, monthIndex, s, a);
          chunk += format === 'copy' ? `${id},${period},${SEXES[s]},"${areas[a]}",${v},final,Benchmark\n` : `${id},${period},${SEXES[s]},${areas[a]},${v}\n`;
        }
      }
    };
    for (let mi = 0; mi < ms.length; mi++) row(ms[mi]!, mi);
    if (flow) {
      for (let y = 0; y < size.years; y++) for (const r of REPORTS) row(`${ms[y * 12]!.slice(0, 4)}${r.suffix}`, y * 12 + r.month);
    }
    yield chunk;
  }
}

/** Builds the whole national data set; the first region's plan is the one the benchmark reads. */
export async function generateNational(db: Db, size: Size, log: (line: string) => void): Promise<GeneratedRegion[]> {
  const template = getTemplate('norrbotten');
  const modelId = await insertGovernanceModel(db, `bench-model-${Date.now()}`, template.key, template);
  const regions: GeneratedRegion[] = [];
  for (let i = 0; i < size.regions; i++) {
    const t0 = Date.now();
    const region = await createRegionPlan(db, i, size, modelId);
    await db.transaction(async (tx) => {
      // Generation only: skip the per-row foreign-key trigger, a third of COPY's time; the ids
      // were just read from the measures table. The measured loads (bulk-load.ts) keep every check.
      await tx.query('SET LOCAL session_replication_role = replica');
      await tx.copyFrom('measure_values', VALUE_COLUMNS, valueCsv(region.measures, size));
    });
    regions.push(region);
    log(`  ${REGIONS[i % REGIONS.length]!.name}: ${region.measures.length} mått, värden inlästa på ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await db.exec('ANALYZE');
  return regions;
}
