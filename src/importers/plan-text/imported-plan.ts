import type { ImportedPlanContent } from './imported-content';

/**
 * What the plan-text importer reads out of a plan document, before anything is stored.
 * Pure data: the store step (src/db) maps it onto the governance model's levels.
 */
export interface ImportedFootnote {
  /** The mark as printed, normalised to digits: `³` -> `3`, `¹⁰` -> `10`. */
  mark: string;
  text: string;
}

export interface ImportedMeasure {
  /** Measure kind key in the governance model, e.g. `styrmatt`. */
  kindKey: string;
  /** Name without footnote marks. */
  name: string;
  /** Verbatim cell texts, trimmed. */
  baselineText: string;
  targets: { year: number; text: string }[];
  source: string;
  periodsText: string;
  footnotes: ImportedFootnote[];
  /** 1-based line in the source document. */
  line: number;
}

export interface ImportedNode {
  /** Level key in the governance model. */
  levelKey: string;
  title: string;
  description: string;
  /** Bodies responsible (codes such as RS, RUN, PN). */
  bodies: string[];
  /** Long-term goals text ("Långsiktiga mål är …"), where the document gives one. */
  longTermGoals: string;
  children: ImportedNode[];
  measures: ImportedMeasure[];
  line: number;
}

export interface ImportedAssignment {
  text: string;
  bodies: string[];
  line: number;
}

export interface ImportedPlan {
  title: string;
  startYear: number;
  endYear: number;
  vision: string;
  /** Years that measure targets are given for, in column order, e.g. [2022, 2024]. */
  targetYears: number[];
  nodes: ImportedNode[];
  assignments: ImportedAssignment[];
  /** Agenda 2030 goals, advocacy issues, divisions and narrative chapters. */
  content: ImportedPlanContent;
}

/** A problem found while reading a document. Any error means nothing is imported. */
export interface ImportIssue {
  line: number;
  message: string;
}
