/**
 * The scorecard of seed 001 (Regionstyrelsens plan 2022–2024) for one period, counted by status,
 * for measures and for nodes per level. Run: `node --import tsx scripts/seed-001-scorecard-counts.ts [2022-DÅ08]`.
 *
 * The seed has no values, so this script enters a SYNTHETIC follow-up, the same on every branch:
 * a value for every third measure (in document order), equal to the first number its 2022 target
 * names (else its baseline's first number), and the same period a year earlier set to the
 * baseline's first number. Nothing else. It shows what a partly reported period looks like.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveMeasureAttributes } from '../src/domain/measures/derive-attributes';
import { getTemplate } from '../src/domain/model/templates';
import { buildScorecard, type ScorecardMeasureInput, type ScorecardNodeInput } from '../src/domain/scorecard/build-scorecard';
import type { Series } from '../src/domain/scorecard/measure-status';
import type { ImportedNode } from '../src/importers/plan-text/imported-plan';
import { parsePlanText } from '../src/importers/plan-text/parse-plan-text';
import type { ScorecardNode } from '../src/shared/api-types';

const period = process.argv[2] ?? '2022-DÅ08';
const model = getTemplate('norrbotten');
const parsed = parsePlanText(readFileSync(join(process.cwd(), 'data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt'), 'utf8'), model);
if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));

const nodes: ScorecardNodeInput[] = [];
const measures: ScorecardMeasureInput[] = [];
const series = new Map<number, Series>();
let nextId = 1;
const firstNumber = (text: string): number | null => {
  const m = /(\d[\d  ]*(?:,\d+)?)/.exec(text);
  return m ? Number(m[1]!.replace(/[  ]/g, '').replace(',', '.')) : null;
};
const previous = `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;

function add(n: ImportedNode, parentId: number | null): void {
  const id = nextId++;
  nodes.push({ id, parentId, levelKey: n.levelKey, title: n.title, description: '', longTermGoals: '', bodies: n.bodies, version: 1 });
  for (const m of n.measures) {
    const mid = nextId++;
    const a = deriveMeasureAttributes({ name: m.name, baselineText: m.baselineText, targetTexts: m.targets.map((t) => t.text), periodsText: m.periodsText, footnotes: m.footnotes });
    measures.push({
      id: mid,
      nodeId: id,
      name: m.name,
      kindKey: m.kindKey,
      baselineText: m.baselineText,
      targets: m.targets,
      betterDirection: a.betterDirection,
      unit: a.unit,
      valueNature: a.valueNature,
      reportingPeriods: a.reportingPeriods,
    });
    if (measures.length % 3 === 1) {
      const value = firstNumber(m.targets.find((t) => t.year === 2022)?.text ?? '') ?? firstNumber(m.baselineText);
      const base = firstNumber(m.baselineText);
      const s: Series = new Map();
      if (value !== null) s.set(period, [{ sex: 'T', ageBand: null, area: null, value }]);
      if (base !== null && !/^\s*20\d\d\s*$/.test(m.baselineText)) s.set(previous, [{ sex: 'T', ageBand: null, area: null, value: base }]);
      series.set(mid, s);
    }
  }
  for (const c of n.children) add(c, id);
}
for (const n of parsed.plan.nodes) add(n, null);

const tree = buildScorecard(model, period, nodes, measures, series);
const count = (into: Map<string, number>, key: string) => into.set(key, (into.get(key) ?? 0) + 1);
const byMeasure = new Map<string, number>();
const byLevel = new Map<string, Map<string, number>>();
const walk = (n: ScorecardNode) => {
  const level = byLevel.get(n.levelKey) ?? new Map<string, number>();
  byLevel.set(n.levelKey, level);
  count(level, n.fulfilment.status);
  for (const m of n.measures) count(byMeasure, m.fulfilment.status);
  for (const c of n.children) walk(c);
};
for (const n of tree) walk(n);
const show = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`Seed 001, ${period}: ${measures.length} measures, ${[...series.values()].filter((s) => s.has(period)).length} with a (synthetic) value`);
console.log(`measures: ${show(byMeasure)}`);
for (const [level, m] of byLevel) console.log(`${level}: ${show(m)}`);
for (const n of tree) console.log(`  ${n.title}: ${n.fulfilment.status} — ${n.fulfilment.explanation.sv}`);
