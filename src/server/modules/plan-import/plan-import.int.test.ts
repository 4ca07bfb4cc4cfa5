import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/databases';
import { SEED_001_MEASURE_CELLS } from '../../../test-support/fixtures/seed-001-measure-cells.fixtures';
import { getTemplate } from '../../../domain/model/templates';
import { insertGovernanceModel, insertOrganisation } from '../organisations/organisations.queries';
import { importPlanText } from './plan-import.service';

const SEED = readFileSync('data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', 'utf8');
/** The seed's cells with footnote marks taken out, as the importer stores them. */
const withoutMarks = (s: string) => s.replace(/\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*(?=,)/g, '').replace(/\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '').trim();

describeEachDatabase('plan import', (db) => {
  let organisationId: number;
  let planId: number;

  beforeAll(async () => {
    const model = getTemplate('norrbotten');
    const modelId = await insertGovernanceModel(db(), 'norrbotten-test', 'norrbotten', model);
    organisationId = await insertOrganisation(db(), { slug: 'nbt', name: 'Region Norrbotten', koladaId: '0025', defaultLang: 'sv', country: 'SE', governanceModelId: modelId });
    const summary = await importPlanText(db(), { organisationId, text: SEED, sourceName: 'seed-001.txt', dryRun: false });
    planId = summary.planId!;
  });

  it('stores every level of the plan', async () => {
    const counts = await db().query<{ level_key: string; n: number }>(
      'SELECT level_key, count(*)::int AS n FROM plan_nodes WHERE plan_id = $1 GROUP BY level_key ORDER BY level_key',
      [planId],
    );
    expect(Object.fromEntries(counts.map((c) => [c.level_key, c.n]))).toEqual({ perspective: 5, goal: 5, 'success-factor': 17 });
    const [row] = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM measures WHERE plan_id = $1', [planId]);
    expect(row?.n).toBe(58);
    const assignments = await db().query<{ text: string; bodies: string[] }>('SELECT text, bodies FROM assignments WHERE plan_id = $1 ORDER BY position', [planId]);
    expect(assignments).toHaveLength(40);
    expect(assignments[0]!.bodies).toEqual(['RS', 'RUN']);
  });

  it('keeps every measure, baseline and target string of seed 001 as written, in document order', async () => {
    const rows = await db().query<{ name: string; baseline_text: string; t2022: string; t2024: string }>(
      `SELECT m.name, m.baseline_text,
              (SELECT text FROM measure_targets WHERE measure_id = m.id AND year = 2022) AS t2022,
              (SELECT text FROM measure_targets WHERE measure_id = m.id AND year = 2024) AS t2024
         FROM measures m WHERE m.plan_id = $1 ORDER BY m.position`,
      [planId],
    );
    expect(rows.map((r) => [r.name, r.baseline_text, r.t2022, r.t2024])).toEqual(
      SEED_001_MEASURE_CELLS.map((c) => [withoutMarks(c.name), withoutMarks(c.baseline), c.target2022, c.target2024]),
    );
  });

  it('derives reporting periods, unit and direction from the document', async () => {
    const [m] = await db().query<{ reporting_periods: string[]; unit: string; better_direction: string; footnotes: unknown }>(
      "SELECT reporting_periods, unit, better_direction, footnotes FROM measures WHERE plan_id = $1 AND name = 'Andel vårdskador, sluten somatisk vård'",
      [planId],
    );
    expect(m).toEqual({ reporting_periods: ['DÅ08', 'ÅR'], unit: '%', better_direction: 'decrease', footnotes: [] });
    const [digital] = await db().query<{ footnotes: unknown }>("SELECT footnotes FROM measures WHERE plan_id = $1 AND name LIKE 'Andel digitala vårdbesök, nybesök%'", [planId]);
    expect(digital!.footnotes).toEqual([{ mark: '3', text: 'Uppdelat på primärvård, somatisk vård och psykiatrisk vård i uppföljningen' }]);
  });

  it('rejects a cut file whole and stores nothing', async () => {
    const before = await db().query('SELECT count(*)::int AS n FROM measures');
    const cut = SEED.split('\n').slice(0, 600).join('\n');
    await expect(importPlanText(db(), { organisationId, text: cut, sourceName: 'cut.txt', dryRun: false })).rejects.toMatchObject({
      code: 'import-rejected',
      details: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^line\.\d+$/) })]),
    });
    expect(await db().query('SELECT count(*)::int AS n FROM measures')).toEqual(before);
  });
});
