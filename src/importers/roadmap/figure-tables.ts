import type { RoadmapImportError } from './imported-roadmap';
import { normalizeWord, words } from './text';

/** One row of a figure's map table: a focus area under its group heading, its milestone titles run together per year. */
export interface FigureRow {
  group: string;
  name: string;
  /** Normalised words of the row's year cells, in column order. */
  words: string[];
  goalText: string;
  line: number;
}

const GROUP_PREFIX = 'Milstolpar inom ';

/**
 * Reads every figure table (1a, 1b, 1c): a header row with "Insatsområde" and the years, then
 * one row per focus area; a row that starts with "Milstolpar inom …" opens a group.
 */
export function readFigureTables(lines: readonly string[], errors: RoadmapImportError[]): FigureRow[][] {
  const tables: FigureRow[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!.split('\t');
    if (!header.some((c) => c.trim() === 'Insatsområde')) continue;
    const yearColumns = header.map((c, k) => (/^\d{4}/.test(c.trim()) ? k : -1)).filter((k) => k >= 0);
    const goalColumn = yearColumns.at(-1)! + 1;
    if (yearColumns.length === 0) {
      errors.push({ line: i + 1, message: 'Kartans tabellhuvud saknar årtal.' });
      continue;
    }
    const rows: FigureRow[] = [];
    let group = '';
    for (let j = i + 1; j < lines.length && lines[j]!.includes('\t'); j++) {
      const cells = lines[j]!.split('\t');
      const first = cells[0]!.trim();
      if (first.startsWith(GROUP_PREFIX)) group = first.slice(GROUP_PREFIX.length).trim();
      if (!group) {
        errors.push({ line: j + 1, message: `Raden hör inte till någon grupp ("${GROUP_PREFIX}…").` });
        continue;
      }
      const yearText = yearColumns.map((k) => cells[k] ?? '').join(' ');
      rows.push({ group, name: (cells[1] ?? '').trim(), words: words(yearText).map(normalizeWord).filter(Boolean), goalText: (cells[goalColumn] ?? '').trim(), line: j + 1 });
    }
    tables.push(rows);
  }
  return tables;
}
