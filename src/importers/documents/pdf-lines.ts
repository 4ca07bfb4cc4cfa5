/**
 * Lines of a PDF page rebuilt from text positions, and blocks from the lines: pure, so the
 * rules are tested on positions without a PDF. A line is split into segments where the gap
 * between two pieces of text is wider than a space; lines of two or more segments in a row
 * make a table whose columns are the segments' left edges.
 */
import { cleanText, type RawBlock } from '../../domain/extraction/blocks';
import { readLabelHeading } from './heading-labels';

export interface TextPiece {
  text: string;
  x: number;
  /** Baseline, from the page's bottom (PDF coordinates: larger is higher). */
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface Segment {
  x: number;
  end: number;
  text: string;
}

export interface PdfLine {
  y: number;
  size: number;
  bold: boolean;
  segments: Segment[];
  text: string;
}

export function linesOf(pieces: TextPiece[]): PdfLine[] {
  const sorted = pieces.filter((p) => p.text.trim() !== '' || p.width > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const p of sorted) {
    const g = groups.find((l) => Math.abs((l[0]?.y ?? 0) - p.y) < Math.max(2, p.size * 0.45));
    if (g) g.push(p);
    else groups.push([p]);
  }
  const lines: PdfLine[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    let chars = 0;
    let boldChars = 0;
    let sizeSum = 0;
    for (const p of g) {
      const t = p.text;
      if (t.trim() === '') continue;
      chars += t.length;
      sizeSum += p.size * t.length;
      if (p.bold) boldChars += t.length;
      const last = segments[segments.length - 1];
      const gap = last ? p.x - last.end : Infinity;
      // Wider than a word space (justified text stretches spaces to about half an em): a new segment.
      if (last && gap < Math.max(p.size * 0.8, 4)) {
        last.text += gap > p.size * 0.15 && !last.text.endsWith(' ') && !t.startsWith(' ') ? ` ${t}` : t;
        last.end = Math.max(last.end, p.x + p.width);
      } else segments.push({ x: p.x, end: p.x + p.width, text: t });
    }
    if (segments.length === 0) continue;
    for (const s of segments) s.text = cleanText(s.text);
    lines.push({
      y: g[0]?.y ?? 0,
      size: Math.round((sizeSum / Math.max(chars, 1)) * 10) / 10,
      bold: chars > 0 && boldChars / chars > 0.8,
      segments,
      text: segments.map((s) => s.text).join(' '),
    });
  }
  return lines.sort((a, b) => b.y - a.y);
}

/** The body text's size: the size with the most characters. */
export function bodySize(lines: PdfLine[]): number {
  const count = new Map<number, number>();
  for (const l of lines) count.set(l.size, (count.get(l.size) ?? 0) + l.text.length);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const LIST = /^([•▪●◦■–\-*]|\d{1,2}[.)]|[a-z][.)])\s+(\S.*)$/u;

/** Blocks of one page's lines; `sizes` are the document's heading sizes, largest first. */
export function blocksOfPage(lines: PdfLine[], body: number, headingSizes: number[], page: number, labelLevels: Map<string, number>): RawBlock[] {
  const out: RawBlock[] = [];
  const left = Math.min(...lines.map((l) => l.segments[0]?.x ?? 0));
  let i = 0;
  const headingLevelOf = (l: PdfLine): number | null => {
    const rank = headingSizes.findIndex((s) => Math.abs(s - l.size) < 0.3);
    if (rank >= 0) return rank + 1;
    if (l.bold && l.size >= body * 0.95 && l.text.length <= 150 && !/[.,;:]$/u.test(l.text)) return headingSizes.length + 1;
    return null;
  };
  while (i < lines.length) {
    const line = lines[i] as PdfLine;
    if (line.segments.length >= 2) {
      const table: PdfLine[] = [line];
      let j = i + 1;
      while (j < lines.length) {
        const next = lines[j] as PdfLine;
        const gap = (lines[j - 1]?.y ?? 0) - next.y;
        if (gap > next.size * 3.2) break;
        if (next.segments.length >= 2 || (gap < next.size * 1.6 && headingLevelOf(next) === null)) {
          table.push(next);
          j++;
        } else break;
      }
      if (table.filter((l) => l.segments.length >= 2).length >= 2) {
        out.push({ kind: 'table', rows: tableRows(table), page });
        i = j;
        continue;
      }
    }
    const level = headingLevelOf(line);
    if (level !== null && line.segments.length === 1) {
      let text = line.text;
      let j = i + 1;
      while (j < lines.length) {
        const next = lines[j] as PdfLine;
        if (next.segments.length !== 1 || Math.abs(next.size - line.size) > 0.3 || next.bold !== line.bold || line.y - next.y > line.size * 1.8 || LIST.test(next.text)) break;
        text = `${text} ${next.text}`;
        j++;
        if (j - i > 3) break;
      }
      out.push({ kind: 'heading', level, style: `font ${line.size}${line.bold ? ' bold' : ''}`, text: cleanText(text), page });
      i = j;
      continue;
    }
    const list = LIST.exec(line.text);
    if (list?.[1] !== undefined && list[2] !== undefined) {
      let text = list[2];
      let j = i + 1;
      const indent = (line.segments[0]?.x ?? left) - left;
      while (j < lines.length) {
        const next = lines[j] as PdfLine;
        if (LIST.test(next.text) || next.segments.length !== 1 || headingLevelOf(next) !== null || (lines[j - 1]?.y ?? 0) - next.y > next.size * 1.6) break;
        if ((next.segments[0]?.x ?? 0) <= (line.segments[0]?.x ?? 0) + 1) break;
        text = `${text} ${next.text}`;
        j++;
      }
      out.push({ kind: 'list-item', depth: indent > 12 ? 1 : 0, marker: list[1], ordered: /\w/u.test(list[1]), text: cleanText(text), page });
      i = j;
      continue;
    }
    // A paragraph: following lines of the same size, close below, not a heading or list item.
    let text = line.text;
    let j = i + 1;
    while (j < lines.length) {
      const next = lines[j] as PdfLine;
      if (next.segments.length !== 1 || Math.abs(next.size - line.size) > 0.3 || headingLevelOf(next) !== null || LIST.test(next.text)) break;
      if ((lines[j - 1]?.y ?? 0) - next.y > next.size * 1.75) break;
      text = /-$/u.test(text) && /^\p{Ll}/u.test(next.text) ? `${text}${next.text}` : `${text} ${next.text}`;
      j++;
    }
    const clean = cleanText(text);
    const label = readLabelHeading(clean);
    if (label?.title && clean.length <= 200) {
      if (!labelLevels.has(label.kind)) labelLevels.set(label.kind, labelLevels.size + 1);
      out.push({ kind: 'heading', level: headingSizes.length + 1 + (labelLevels.get(label.kind) ?? 1), style: label.kind, text: label.title, page });
    } else out.push({ kind: 'paragraph', text: clean, page });
    i = j;
  }
  return out;
}

/** A table's rows: columns at the left edges of its widest row's segments; a one-segment line close below a row continues that row's cell. */
export function tableRows(lines: PdfLine[]): string[][] {
  const widest = [...lines].sort((a, b) => b.segments.length - a.segments.length)[0] as PdfLine;
  const anchors = widest.segments.map((s) => s.x);
  const column = (x: number) => {
    let best = 0;
    for (const [c, a] of anchors.entries()) if (a <= x + 4) best = c;
    return best;
  };
  const rows: string[][] = [];
  let prevY: number | null = null;
  for (const l of lines) {
    const cells = anchors.map(() => '');
    for (const s of l.segments) {
      const c = column(s.x);
      cells[c] = cells[c] === '' ? s.text : `${cells[c]} ${s.text}`;
    }
    const prev = rows[rows.length - 1];
    // A line closer below than a row's spacing continues the row's cells (wrapped text).
    const wrapped = prev !== undefined && prevY !== null && prevY - l.y < l.size * 1.3;
    if (prev !== undefined && (wrapped || l.segments.length === 1)) {
      for (const [c, text] of cells.entries()) if (text !== '') prev[c] = prev[c] === '' ? text : `${prev[c]} ${text}`;
    } else rows.push(cells);
    prevY = l.y;
  }
  return rows;
}
