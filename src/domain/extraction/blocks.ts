/**
 * Neutral blocks: what every document reader (DOCX, PDF, XLSX/CSV, HTML, text) gives, and what
 * junk removal and the structure proposal read. Texts are verbatim from the document, trimmed.
 */
export interface BlockBase {
  /** 0-based position in the document's block list, so the review screen can point at it. */
  index: number;
  /** 1-based page (PDF, or a text with form feeds); undefined where the format has no pages. */
  page?: number;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  /** 1 = top; from a Word style or outline level, an HTML <hN>, a PDF font size, a text label. */
  level: number;
  /** Where the level came from: `Heading 2`, `h3`, `font 14 bold`, `label Spor`. */
  style: string;
  text: string;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  text: string;
  /** The paragraph's style where the format names one. */
  style?: string;
}

export interface ListItemBlock extends BlockBase {
  kind: 'list-item';
  /** 0 = outermost list. */
  depth: number;
  /** The marker as printed (`-`, `•`, `1.`, `a)`), or `''` where the format numbers it itself. */
  marker: string;
  ordered: boolean;
  text: string;
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  /** Rows of cell texts; the first row is usually the header. */
  rows: string[][];
  /** The sheet's name for spreadsheets. */
  name?: string;
}

export interface PageBlock extends BlockBase {
  kind: 'page';
  number: number;
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock | PageBlock;

/** Blocks without their indexes, as a reader builds them. */
export type RawBlock =
  | Omit<HeadingBlock, 'index'>
  | Omit<ParagraphBlock, 'index'>
  | Omit<ListItemBlock, 'index'>
  | Omit<TableBlock, 'index'>
  | Omit<PageBlock, 'index'>;

/** Numbers blocks in document order. */
export function indexBlocks(raw: RawBlock[]): Block[] {
  return raw.map((b, index) => ({ ...b, index }) as Block);
}

/** One line of a block's text for listings and reports. */
export function blockText(b: Block): string {
  switch (b.kind) {
    case 'table':
      return b.rows.map((r) => r.join(' | ')).join(' / ');
    case 'page':
      return `— ${b.number} —`;
    default:
      return b.text;
  }
}

/** Whitespace as a reader should keep it: runs of spaces (and non-breaking spaces) made one, ends trimmed. */
export function cleanText(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f\t ]+/gu, ' ').replace(/\s*\n\s*/gu, ' ').trim();
}
