import { escapeRichText } from '../../domain/plan-content/rich-text';
import type { ImportedChapter } from './imported-content';
import type { ImportIssue } from './imported-plan';
import { findHeading, type Toc, type TocEntry } from './toc';
import { headingKey, isBlank, issue } from './text';

/**
 * The narrative chapters (vision, uppdrag, inriktning, nära vård, målbild, …): every entry of
 * the table of contents before the plan part, and the appendices after it that are prose.
 * Appendices that hold structured data (divisions, advocacy issues, risk assessment) are read
 * by their own readers and are not chapters. Tables (tab-separated rows) and their captions are
 * left out: they are data, read elsewhere. Text becomes the restricted markup of rich-text.ts.
 */
const STRUCTURED_APPENDIX = /division|påverkansfråg|riskbedömning/iu;
const APPENDIX = /^Bilaga\b/u;
const BULLET = /^\s*[-–•]\s+(.*\S)\s*$/u;
const SENTENCE_END = /[.!?:;,)”"]$/u;
// "[Regionala utvecklingsstrategi 2030](#)": the text conversion kept the words, not the target.
const DEAD_LINK = /\[((?:\\.|[^\]\\])*)\]\(#\)/gu;
const LINK_ONLY = /^\s*\[((?:\\.|[^\]\\])*)\]\(#\)\s*$/u;

type Piece = { kind: 'heading' | 'paragraph' | 'bullet'; text: string };

const unlink = (text: string) => text.replace(DEAD_LINK, (_m, words: string) => words.replace(/\\(.)/gu, '$1'));

export interface ChapterParts {
  toc: Toc | null;
  title: string;
  bodyStart: number;
  planStart: number;
  planEnd: number;
  /** 1-based lines already read as something else (the assignment bullets), left out of the chapters. */
  skipLines: ReadonlySet<number>;
}

/** Reads the chapters; a chapter listed in the table of contents but missing in the text gives a warning. */
export function readChapters(lines: readonly string[], parts: ChapterParts): { chapters: ImportedChapter[]; warnings: ImportIssue[] } {
  const warnings: ImportIssue[] = [];
  if (parts.toc === null) return { chapters: [], warnings };
  const entries = parts.toc.entries;
  const firstPlan = entries.findIndex((e) => e.heading !== null);
  let lastPlan = -1;
  entries.forEach((e, i) => {
    if (e.heading !== null) lastPlan = i;
  });
  if (firstPlan < 0) return { chapters: [], warnings };
  const before = entries.slice(0, firstPlan).filter((e) => headingKey(e.title) !== headingKey(parts.title));
  // A structured appendix's own heading stays, as the end of the chapter before it; its sub-entries go.
  let inStructured = false;
  const after = entries.slice(lastPlan + 1).filter((e) => {
    if (APPENDIX.test(e.title)) {
      inStructured = STRUCTURED_APPENDIX.test(e.title);
      return true;
    }
    return !inStructured;
  });

  // Where each entry starts in the text; an entry's chapter runs to the next entry found (or the region's end).
  const locate = (list: TocEntry[], from: number, end: number) => {
    const found: { entry: TocEntry; line: number }[] = [];
    let cursor = from;
    for (const entry of list) {
      const at = findHeading(lines, entry.title, cursor);
      if (at < 0 || at >= end) {
        warnings.push(issue(entry.index + 1, `Kapitlet "${entry.title}" finns i innehållsförteckningen men inte i texten; det lästes inte in`));
        continue;
      }
      found.push({ entry, line: at });
      cursor = at + 1;
    }
    return found.map((f, i) => ({ ...f, end: found[i + 1]?.line ?? end }));
  };
  const located = [...locate(before, parts.bodyStart, parts.planStart), ...locate(after, parts.planEnd, lines.length)];

  const chapters: ImportedChapter[] = [];
  for (const { entry, line, end } of located) {
    if (APPENDIX.test(entry.title) && STRUCTURED_APPENDIX.test(entry.title)) continue;
    chapters.push({ title: entry.title, body: toMarkup(pieces(lines, line + 1, end, parts.skipLines)), line: line + 1 });
  }
  return { chapters, warnings };
}

/** The text of lines [from, to) as headings, paragraphs and bullets, tables and their captions left out. */
function pieces(lines: readonly string[], from: number, to: number, skip: ReadonlySet<number>): Piece[] {
  const out: Piece[] = [];
  let i = from;
  const nextText = (k: number) => {
    while (k < to && isBlank(lines[k] ?? '')) k += 1;
    return k < to ? (lines[k] ?? '') : '';
  };
  while (i < to) {
    const line = lines[i] ?? '';
    if (isBlank(line) || skip.has(i + 1) || line.includes('\t')) {
      i += 1;
      continue;
    }
    const bullet = BULLET.exec(line);
    const link = LINK_ONLY.exec(line);
    if (bullet?.[1] || link) {
      out.push({ kind: 'bullet', text: unlink(bullet?.[1] ?? line.trim()) });
      i += 1;
      continue;
    }
    const block: string[] = [];
    while (i < to && !isBlank(lines[i] ?? '') && !BULLET.test(lines[i] ?? '') && !(lines[i] ?? '').includes('\t')) {
      block.push((lines[i] ?? '').trim());
      i += 1;
    }
    const text = unlink(block.join(' '));
    if (block.length === 1 && text.length <= 80 && !SENTENCE_END.test(text)) {
      // A short line before a table is the table's caption, left out with the table.
      if (!nextText(i).includes('\t')) out.push({ kind: 'heading', text });
      continue;
    }
    const previous = out.at(-1);
    // A page break in the source PDF can split a paragraph: "… ange mål och" / "prioriterade områden …".
    if (previous?.kind === 'paragraph' && !SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(text)) previous.text += ` ${text}`;
    else out.push({ kind: 'paragraph', text });
  }
  return out;
}

/** Pieces as markup: consecutive bullets form one list. */
function toMarkup(list: Piece[]): string {
  const parts: string[] = [];
  list.forEach((piece, k) => {
    const text = escapeRichText(piece.text);
    if (piece.kind === 'bullet') {
      const line = `- ${text}`;
      if (list[k - 1]?.kind === 'bullet') parts[parts.length - 1] += `\n${line}`;
      else parts.push(line);
    } else parts.push(piece.kind === 'heading' ? `## ${text}` : text);
  });
  return parts.join('\n\n');
}
