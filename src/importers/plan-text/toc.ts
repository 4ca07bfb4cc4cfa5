import { readPlanHeading, type PlanHeading } from './headings';
import { headingKey, isBlank } from './text';

/**
 * The table of contents ("Innehåll") is the document's own promise of what it holds. A file
 * cut off anywhere in the plan part still starts with the complete table, so comparing the
 * two is how a truncated file is told apart from a shorter plan.
 */
export interface TocEntry {
  /** Title without the dot leaders. */
  title: string;
  /** 0-based line index. */
  index: number;
  /** Set when the entry names a plan heading. */
  heading: PlanHeading | null;
}

export interface Toc {
  /** 0-based index of the "Innehåll" line. */
  index: number;
  entries: TocEntry[];
  /** 0-based index of the first line after the table. */
  end: number;
}

const TOC_HEADING = /^(innehåll|innehållsförteckning)$/iu;
const TOC_ENTRY = /^(.*\S)\t+\s*\d+\s*$/u;

/** Reads the table of contents that starts at or after `from`, or null when the document has none. */
export function readToc(lines: readonly string[], from: number): Toc | null {
  const start = lines.findIndex((line, i) => i >= from && TOC_HEADING.test(line.trim()));
  if (start < 0) return null;
  const entries: TocEntry[] = [];
  let end = start + 1;
  for (let i = start + 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (isBlank(line)) continue;
    const match = TOC_ENTRY.exec(line);
    if (match?.[1] === undefined) break;
    const title = match[1].replace(/[.\s]+$/u, '').trim();
    entries.push({ title, index: i, heading: readPlanHeading(title) });
    end = i + 1;
  }
  return { index: start, entries, end };
}

/**
 * The title of the heading that follows the plan part, e.g. "Bilaga 1: Styrmått och
 * kontrollmått": the plan part is complete only if the body reaches it.
 */
export function headingAfterPlan(toc: Toc): string | null {
  let lastPlanEntry = -1;
  toc.entries.forEach((entry, i) => {
    if (entry.heading !== null) lastPlanEntry = i;
  });
  if (lastPlanEntry < 0) return null;
  return toc.entries[lastPlanEntry + 1]?.title ?? null;
}

/** The 0-based index of the first line at or after `from` that reads as the given heading, or -1. */
export function findHeading(lines: readonly string[], title: string, from: number): number {
  const key = headingKey(title);
  return lines.findIndex((line, i) => i >= from && headingKey(line) === key);
}
