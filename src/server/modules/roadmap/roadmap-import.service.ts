import type { Db } from '../../../db/client';
import type { ImportedRoadmap } from '../../../importers/roadmap/imported-roadmap';
import { parseRoadmapText } from '../../../importers/roadmap/parse-roadmap-text';
import { AppError } from '../../http/errors';
import * as q from './roadmap.queries';

/** Stores an imported map as a new roadmap of the organisation, its first version being the plan's first year. */
export async function storeImportedRoadmap(db: Db, organisationId: number, map: ImportedRoadmap, sourceName: string): Promise<{ roadmapId: number; versionId: number }> {
  const roadmapId = await q.insertRoadmap(db, organisationId, map.title, sourceName);
  const versionId = await q.insertVersion(db, { roadmapId, year: map.startYear, basedOn: null, startYear: map.startYear, endYear: map.endYear });
  await q.insertVersionContent(db, versionId, {
    groups: map.groups.map((g) => ({ name: g.name, focusAreas: g.focusAreas.map((a) => ({ key: a.key, name: a.name, targetPicture: a.targetPicture })) })),
    goals: map.goals,
    milestones: map.groups.flatMap((g) => g.focusAreas.flatMap((a) => a.milestones.map((m) => ({ ...m, focusAreaKey: a.key })))),
    edges: map.edges,
  });
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
