import type { Db } from '../../../db/client';
import type { ImportedRoadmap } from '../../../importers/roadmap/imported-roadmap';
import { parseRoadmapText } from '../../../importers/roadmap/parse-roadmap-text';
import { AppError } from '../../http/errors';
import * as q from './roadmap.queries';
import { writeEdge, writeMilestone } from './roadmap.service';

/**
 * Stores an imported map as a new roadmap of the organisation, its first version being the plan's
 * first year. Milestones and arrows go through the map editor's own writes, so an imported map
 * obeys the same rules (known focus areas, no loops) as one drawn by hand.
 */
export async function storeImportedRoadmap(db: Db, organisationId: number, map: ImportedRoadmap, sourceName: string): Promise<{ roadmapId: number; versionId: number }> {
  const roadmapId = await q.insertRoadmap(db, organisationId, map.title, sourceName);
  const versionId = await q.insertVersion(db, { roadmapId, year: map.startYear, basedOn: null, startYear: map.startYear, endYear: map.endYear });
  await q.insertVersionStructure(db, versionId, {
    groups: map.groups.map((g) => ({ name: g.name, focusAreas: g.focusAreas.map((a) => ({ key: a.key, name: a.name, targetPicture: a.targetPicture })) })),
    goals: map.goals,
  });
  for (const g of map.groups) {
    for (const a of g.focusAreas) {
      for (const m of a.milestones) {
        await writeMilestone(db, versionId, { focusAreaKey: a.key, title: m.title, year: m.year, description: m.description, criterion: m.criterion, effects: m.effects }, {
          key: m.key,
          tentativeYear: m.tentativeYear,
          sourceLine: m.sourceLine,
        });
      }
    }
  }
  for (const e of map.edges) await writeEdge(db, versionId, { from: e.from, to: e.to, toGoal: e.toGoal ?? false, kind: e.kind, because: e.because });
  return { roadmapId, versionId };
}

/** Parses a strategic-map text (seed 002's shape) and stores it; all or nothing, every problem with its line. */
export async function importRoadmapText(db: Db, input: { organisationId: number; text: string; sourceName: string }): Promise<{ roadmapId: number; versionId: number }> {
  const result = parseRoadmapText(input.text);
  if (!result.ok) {
    throw new AppError(
      'import-rejected',
      `Kartan kunde inte läsas in: ${result.errors.length} fel.`,
      result.errors.map((e) => ({ path: `rad ${e.line}`, message: e.message })),
    );
  }
  return db.transaction((tx) => storeImportedRoadmap(tx, input.organisationId, result.roadmap, input.sourceName));
}
