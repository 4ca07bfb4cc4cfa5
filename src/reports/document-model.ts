import type { Lang } from '../domain/i18n/lang';

/**
 * A document as plain blocks: what the plan document and the follow-up report are built into,
 * and what the DOCX and PDF writers render. The section builders decide *what* a reader sees;
 * the writers decide only how Word and PDF show it, so both formats always carry the same text.
 */

/** A run of text; `mark` is a footnote mark shown in superscript after it (as the plan writes "Andel digitala vårdbesök ³"). */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  mark?: string;
}

/** A table cell: plain text, or runs (to carry a footnote mark). `align` right for numbers. */
export type Cell = string | { runs: Run[]; align?: 'left' | 'right'; fill?: string };

export interface TableColumn {
  header: string;
  /** Relative width; the writers scale these to the page. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableBlock {
  kind: 'table';
  /** Shown above the table (the plan's "Förändringar i regionbidraget till Regionstyrelsen"). */
  caption?: string;
  columns: TableColumn[];
  rows: Cell[][];
  /** Rows to show in bold (sum rows of budget tables). */
  boldRows?: number[];
  /** Small text under the table: a footnote per mark. */
  footnotes?: { mark: string; text: string }[];
  /** Smaller type for wide tables (the risk assessment). */
  dense?: boolean;
}

/** A bar chart of one measure's values per period, with the target level as a line. */
export interface ChartBlock {
  kind: 'chart';
  title: string;
  unit: string | null;
  bars: { label: string; value: number; text: string }[];
  target: { value: number; text: string } | null;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; /** Left out of the table of contents. */ noToc?: boolean }
  | { kind: 'paragraph'; runs: Run[]; style?: 'lead' | 'small' | 'quote' }
  | { kind: 'bullets'; items: Run[][] }
  | TableBlock
  | ChartBlock
  | { kind: 'toc'; title: string }
  | { kind: 'page-break'; /** Pages from here on are landscape (wide tables) or portrait again. */ orientation?: 'portrait' | 'landscape' };

/** The whole document: metadata for the file and the title page, then blocks. */
export interface DocumentModel {
  title: string;
  subtitle: string;
  /** Organisation and date line of the title page. */
  meta: string[];
  /** Header text on every page after the title page. */
  runningHeader: string;
  blocks: Block[];
  /** The document's language (its own words, page numbers, the file's language tag); Swedish when absent. */
  lang?: Lang;
}

/** A paragraph of plain text. */
export const para = (text: string, style?: 'lead' | 'small' | 'quote'): Block => ({ kind: 'paragraph', runs: [{ text }], style });

/** A paragraph per blank-line or line-break separated part of a text, as the plan writes descriptions. */
export function paragraphs(text: string, style?: 'lead' | 'small' | 'quote'): Block[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => para(p, style));
}

/** Plain text of a cell, as a reader sees it (marks included). */
export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.runs.map((r) => r.text + (r.mark ? ` ${r.mark}` : '')).join('');
}

/** The headings that a table of contents lists, in order. */
export function tocEntries(blocks: Block[]): { level: number; text: string }[] {
  return blocks.flatMap((b) => (b.kind === 'heading' && !b.noToc && b.level <= 4 ? [{ level: b.level, text: b.text }] : []));
}
