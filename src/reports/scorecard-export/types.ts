/**
 * The scorecard of one period as plain data for the Excel and PowerPoint exports: per perspective
 * its status and a flat list of rows (goals, success factors, measures) in the plan's order.
 */
import type { FulfilmentStatus } from '../../domain/fulfilment/types';
import type { Lang } from '../../domain/i18n/lang';

/** A status as a reader sees it: symbol and word, the rule sentence that decided it, and a colour only where the status is a judgement of values. */
export interface ExportStatus {
  status: FulfilmentStatus;
  symbol: string;
  word: string;
  /** The rule sentence ("1 av 4 mått har värde …"). */
  rule: string;
  /** RRGGBB for met / partly met / not met; null for statuses that are not a colour (no value, too few values, …). */
  colour: string | null;
}

export interface ScorecardExportRow {
  kind: 'node' | 'measure';
  /** 0 for a perspective's direct children, one more per level below. */
  depth: number;
  /** "Strategiskt mål", "Framgångsfaktor" or the measure's word ("Styrmått"). */
  levelName: string;
  title: string;
  status: ExportStatus;
  /** '' where the row has none (nodes have no value, target or baseline). */
  value: string;
  target: string;
  baseline: string;
  /** At DÅ 04/08: the full-year forecast, the sentence whether it meets the year's target, and its comment ('' without). */
  forecast?: { value: string; verdict: string; comment: string };
}

export interface ScorecardExportPerspective {
  levelName: string;
  title: string;
  status: ExportStatus;
  /** "✓ 3 · ◐ 1 · ○ 12": the measures under it per status, only the statuses that occur. */
  countsText: string;
  rows: ScorecardExportRow[];
}

export interface ScorecardExport {
  lang: Lang;
  planTitle: string;
  organisation: string;
  period: string;
  periodLabel: string;
  generatedOn: string;
  /** Every measure of the plan per status, as "✓ Uppfyllt: 3". */
  summary: { status: ExportStatus; count: number }[];
  perspectives: ScorecardExportPerspective[];
}
