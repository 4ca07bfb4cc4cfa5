import type { MeasureField } from './columns';

/**
 * The user's mapping of a document onto the governance model, kept as the organisation's
 * profile so next year's document of the same shape is read the same way with one click.
 */
export interface ExtractionMapping {
  /**
   * Heading or list kind (`Heading 2`, `label Spor`, `list 0`) → the model's level key, or `skip`
   * (not a node; its text is not read as a node's). Where the map is empty every kind is kept,
   * ranked by its level in the document.
   */
  levels: Record<string, string>;
  /** The model's level keys from the top, to rank mapped kinds. */
  levelOrder?: string[];
  /** Header cell text (trimmed) → what the column holds, over the rules in columns.ts. */
  columns: Record<string, MeasureField>;
  /**
   * The header row of a table where the user chose it (table block index → 0-based row); other
   * tables take the first of their first five rows that names a measure and a value column.
   */
  headerRows?: Record<string, number>;
  /** Table rows not to read, as `block:row`. */
  skipRows: string[];
  /** Cells the user corrected, `block:row:column` → text. */
  cellEdits: Record<string, string>;
  /** The plan's years where the document does not state them or states them wrongly. */
  years?: { start: number; end: number };
}

export const EMPTY_MAPPING: ExtractionMapping = { levels: {}, columns: {}, skipRows: [], cellEdits: {} };

export const SKIP = 'skip';
