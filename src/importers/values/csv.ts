/**
 * CSV as spreadsheets write it: `;` (Swedish Excel) or `,` or tab between cells, `"` around
 * cells that hold a separator, a quote (doubled) or a line break. Parsed incrementally so that
 * a file of millions of rows never has to be in memory at once.
 */

export type Delimiter = ';' | ',' | '\t';

/** One record of the file and the line it starts on (1 = the first line). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Picks the separator of a file from its first line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie). */
export function sniffDelimiter(firstLine: string): Delimiter {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Incremental CSV reader: `push` text as it is decoded and get the complete records so far;
 * `end` returns the last record and, if the file ends inside a quoted cell (a file cut short),
 * the line that quote began on. Blank lines are skipped but counted.
 */
export class CsvReader {
  private rest = '';
  private line = 1;
  private readonly sep: number;

  constructor(delimiter: Delimiter) {
    this.sep = delimiter.charCodeAt(0);
  }

  /** Adds text and returns every record completed by it. */
  push(text: string): CsvRecord[] {
    const s = this.rest + text;
    const records: CsvRecord[] = [];
    const consumed = this.parse(s, false, records);
    this.rest = s.slice(consumed);
    return records;
  }

  /** Finishes the file: the final record (without a line break after it), and the line of an unclosed quote. */
  end(): { records: CsvRecord[]; unclosedQuoteLine: number | null } {
    const records: CsvRecord[] = [];
    const s = this.rest;
    this.rest = '';
    const consumed = this.parse(s, true, records);
    return { records, unclosedQuoteLine: consumed < s.length ? this.line : null };
  }

  /** Parses complete records from `s`; returns how far it got. At the end of the file the last record needs no line break. */
  private parse(s: string, atEnd: boolean, out: CsvRecord[]): number {
    const n = s.length;
    const sep = this.sep;
    let i = 0;
    while (i < n) {
      const start = i;
      const startLine = this.line;
      let line = startLine;
      const cells: string[] = [];
      let complete = false;
      let cell = '';
      for (;;) {
        if (i >= n) {
          if (!atEnd) return start;
          cells.push(cell);
          complete = true;
          break;
        }
        let c = s.charCodeAt(i);
        if (c === QUOTE && cell === '') {
          // A quoted cell: up to the closing quote, `""` is one quote; line breaks belong to the cell.
          let j = i + 1;
          let value = '';
          let closed = false;
          while (j < n) {
            const q = s.indexOf('"', j);
            if (q === -1) break;
            value += s.slice(j, q);
            if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
              value += '"';
              j = q + 2;
            } else if (q + 1 >= n && !atEnd) {
              break; // the next chunk may start with the second quote of a pair
            } else {
              j = q + 1;
              closed = true;
              break;
            }
          }
          if (!closed) {
            if (!atEnd) return start;
            this.line = startLine;
            return start; // unclosed quote: the caller reports it
          }
          for (const ch of value) if (ch === '\n') line += 1;
          cell = value;
          i = j;
          // Anything between the closing quote and the next separator is kept, as spreadsheets do.
          while (i < n) {
            c = s.charCodeAt(i);
            if (c === sep || c === LF || c === CR) break;
            cell += s[i];
            i += 1;
          }
          continue;
        }
        if (c === sep) {
          cells.push(cell);
          cell = '';
          i += 1;
          continue;
        }
        if (c === LF || c === CR) {
          if (c === CR && i + 1 >= n && !atEnd) return start; // \r\n may be split between chunks
          cells.push(cell);
          i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
          line += 1;
          complete = true;
          break;
        }
        // Plain characters up to the next separator or line break, in one slice.
        let j = i;
        while (j < n) {
          const d = s.charCodeAt(j);
          if (d === sep || d === LF || d === CR) break;
          j += 1;
        }
        cell += s.slice(i, j);
        i = j;
      }
      this.line = line;
      if (complete && !(cells.length === 1 && cells[0]!.trim() === '')) out.push({ line: startLine, cells });
      if (atEnd && i >= n) return n;
    }
    return n;
  }
}
