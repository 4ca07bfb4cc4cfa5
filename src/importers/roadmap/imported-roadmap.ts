import type { EdgeKind, Effect } from '../../domain/roadmap/types';

/** What the seed 002 parser produces: a whole strategic map as plain data. */
export interface ImportedRoadmap {
  title: string;
  startYear: number;
  endYear: number;
  groups: ImportedGroup[];
  goals: ImportedGoal[];
  edges: ImportedEdge[];
}

export interface ImportedGroup {
  name: string;
  focusAreas: ImportedFocusArea[];
}

export interface ImportedFocusArea {
  key: string;
  name: string;
  /** The long-term target picture (målbild) as written. */
  targetPicture: string;
  milestones: ImportedMilestone[];
  sourceLine: number;
}

export interface ImportedMilestone {
  key: string;
  title: string;
  /** null: "Inväntar tidplan" (not yet scheduled). */
  year: number | null;
  /** Where the figures place an unscheduled milestone for now. */
  tentativeYear: number | null;
  description: string;
  /** How one tells it is reached, where the text says (a dated count, the agreement or decision it fulfils). */
  criterion: string;
  effects: Effect[];
  sourceLine: number;
}

export interface ImportedGoal {
  key: string;
  name: string;
}

export interface ImportedEdge {
  from: string;
  to: string;
  toGoal: boolean;
  kind: EdgeKind;
  /** The text of seed 002 that justifies the arrow. */
  because: string;
}

export interface RoadmapImportError {
  line: number;
  message: string;
}

export type RoadmapParseResult = { ok: true; roadmap: ImportedRoadmap } | { ok: false; errors: RoadmapImportError[] };
