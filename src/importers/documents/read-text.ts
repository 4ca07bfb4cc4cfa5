import type { RawBlock } from '../../domain/extraction/blocks';
import { readLabelHeading } from './heading-labels';

/**
 * Plain text (and text converted from a document) as blocks. Tab-separated lines are tables,
 * marked lines (`-`, `•`, `1.`, `a)`) list items with depth from their indent, form feeds page
 * marks; headings are label lines ("Strategiskt mål: …", "SPOR 1"), numbered headings ("2.1 …"),
 * Markdown `#` and `**…**` lines, lines in capitals, and short lines standing alone.
 * Levels: labels from 1 in the order the document first uses them, numbered by their parts,
 * capitals and bold 1, Markdown by its `#`s, a short line standing alone below them all.
 */
const LIST = /^(\s*)([-–•*▪●◦■□➢►]|\d{1,2}[.)]|[a-zæøå][.)])\s+(\S.*)$/u;
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\p{Lu}.*)$/u;
const NUMBER_HEADING = /^(\d{1,2})\s+(\p{Lu}[^.]*)$/u;
const MARKDOWN = /^(#{1,6})\s+(\S.*)$/u;
const BOLD = /^\*\*(.+)\*\*$/u;
/** "8 nye nationale mål", "3 strategiska mål": a count and what it counts, standing alone. */
const COUNT_HEADING = /^\d{1,2}\s+\p{Ll}[^.!?]*$/u;
const MONTHS =
  'jan(uari|uary)?|feb(ruari|ruar|ruary)?|mar(s|ts|ch)?|apr(il)?|maj|may|jun(i|e)?|jul(i|y)?|aug(usti|ust)?|sep(tember)?|okt(ober)?|oct(ober)?|nov(ember)?|dec(ember)?';
const MONTH = new RegExp(`(^|\\s)(${MONTHS})\\.?(\\s|$)`, 'iu');
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}(-\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b/u;

/**
 * A dateline, not a heading: a short line that dates the document or a slide ("Klyngerne juni
 * 2016", "15 September 12/9-01", "2024-02-01"), its slide number aside.
 */
export function isDateline(line: string): boolean {
  const text = line.replace(/^\d{1,3}\s+(?=\S)/u, '').trim();
  const words = text.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return false;
  return NUMERIC_DATE.test(text) || (MONTH.test(text) && /\b(19|20)\d{2}\b|\d{1,2}\/\d{1,2}/u.test(text)) || words.every((w) => MONTH.test(w) || /^\d{1,4}[./-]?$/u.test(w));
}

const hasLetters = (s: string) => /\p{L}{2}/u.test(s);
const isCaps = (s: string) => hasLetters(s) && s === s.toUpperCase() && s !== s.toLowerCase() && s.length <= 120;
const endsSentence = (s: string) => /[.,;:!?]$/u.test(s);

/** Joins lines of one paragraph; a word broken with a hyphen at a line end is joined again (see joinHyphenated). */
const joinLines = (lines: string[]) => joinHyphenated(lines.map((l) => l.trim()).join('\n')).replace(/\s+/gu, ' ').trim();

// "og-", "och-", "eller-" style: the hyphen stands for a shared part ("sundheds- og sygehusvæsen"), not a line break in a word.
const CONJUNCTION = /^(og|och|eller|samt|and|or|und|til|till|to|resp)\b/iu;

/**
 * A word broken at a line end ("SAMMEN-⏎HÆNGENDE", "patient-⏎forløb") is one word again when the
 * next part goes on in the same case; a hyphen before "og", "och", "eller" and the like, or before
 * a part in another case ("EU-⏎kommissionen"), stays as printed.
 */
export function joinHyphenated(text: string): string {
  return text.replace(/(\p{L})-[ \t]*\n[ \t]*(\p{L}+)/gu, (whole, before: string, next: string) => {
    const upper = (c: string) => c === c.toUpperCase() && c !== c.toLowerCase();
    const lower = (c: string) => c === c.toLowerCase() && c !== c.toUpperCase();
    const first = next.charAt(0);
    const sameCase = (upper(before) && next === next.toUpperCase()) || (lower(before) && lower(first));
    return sameCase && !CONJUNCTION.test(next) ? `${before}${next}` : whole.replace(/\s+/gu, ' ');
  });
}

/** Placeholder level of a stand-alone line until the document's explicit levels are known. */
const PLAIN_LEVEL = 0;

/**
 * Heading levels once the whole text is read: numbered ("2.1") and Markdown headings keep the
 * level they state; headings without one — labels, capitals, bold, stand-alone lines — come
 * below the deepest stated level, all on one level (labels in the order the document first uses
 * them), so "Principper …" and "SPOR 1" are siblings, not one inside the other.
 */
function settleLevels(blocks: RawBlock[]): RawBlock[] {
  const stated = blocks.flatMap((b) => (b.kind === 'heading' && /^(numbered|markdown) /u.test(b.style) ? [b.level] : []));
  const below = stated.length > 0 ? Math.max(...stated) : 0;
  return blocks.map((b) => {
    if (b.kind !== 'heading' || /^(numbered|markdown) /u.test(b.style)) return b;
    return { ...b, level: below + Math.max(1, b.level) };
  });
}

export function readText(text: string): RawBlock[] {
  return settleLevels(readTextBlocks(text));
}

function readTextBlocks(text: string): RawBlock[] {
  const out: RawBlock[] = [];
  const pages = text.replace(/\r\n?/gu, '\n').split('\f');
  const labelLevels = new Map<string, number>();
  const labelLevel = (kind: string) => {
    if (!labelLevels.has(kind)) labelLevels.set(kind, labelLevels.size + 1);
    return labelLevels.get(kind) ?? 1;
  };
  for (const [p, pageText] of pages.entries()) {
    const page = pages.length > 1 ? p + 1 : undefined;
    if (page !== undefined) out.push({ kind: 'page', number: page, page });
    const lines = pageText.split('\n');
    let i = 0;
    const at = (k: number) => lines[k] ?? '';
    const blank = (k: number) => at(k).trim() === '';
    while (i < lines.length) {
      const line = at(i);
      if (line.trim() === '') {
        i++;
        continue;
      }
      if (line.includes('\t')) {
        const rows: string[][] = [];
        while (i < lines.length && at(i).includes('\t')) {
          rows.push(at(i).split('\t').map((c) => c.trim()));
          i++;
        }
        out.push({ kind: 'table', rows, page });
        continue;
      }
      const trimmed = line.trim();
      const md = MARKDOWN.exec(trimmed);
      if (md?.[1] !== undefined && md[2] !== undefined) {
        out.push({ kind: 'heading', level: md[1].length, style: `markdown ${md[1].length}`, text: md[2].trim(), page });
        i++;
        continue;
      }
      // A bold block may run over several lines: **first\nsecond**
      if (trimmed.startsWith('**')) {
        let j = i;
        const parts: string[] = [];
        while (j < lines.length && !blank(j)) {
          parts.push(at(j));
          if (at(j).trim().endsWith('**') && (j > i || at(j).trim().length > 4)) break;
          j++;
        }
        const joined = joinLines(parts);
        const bold = BOLD.exec(joined);
        if (bold?.[1] !== undefined) {
          out.push({ kind: 'heading', level: 1, style: 'bold', text: bold[1].trim(), page });
          i = j + 1;
          continue;
        }
      }
      const label = readLabelHeading(trimmed);
      if (label) {
        let title = label.title;
        let next = i + 1;
        if (title === null) {
          // The title is the next line standing alone ("SPOR 1" / "Fælles og integrerende samarbejdsformer").
          let k = i + 1;
          while (k < lines.length && blank(k)) k++;
          const candidate = at(k).trim();
          if (candidate !== '' && !LIST.test(at(k)) && !candidate.includes('\t') && candidate.length <= 200 && readLabelHeading(candidate) === null) {
            title = candidate;
            next = k + 1;
          } else title = trimmed;
        }
        out.push({ kind: 'heading', level: labelLevel(label.kind), style: label.kind, text: title, page });
        i = next;
        continue;
      }
      const list = LIST.exec(line);
      // A dash line right under a text line continues it ("Den bedste kvalitet / – hver gang …"), unless the text asks for a list with ":".
      const startsList = i === 0 || blank(i - 1) || LIST.test(at(i - 1)) || /:\s*$/u.test(at(i - 1)) || !/^[–-]$/u.test(list?.[2] ?? '');
      if (list?.[2] !== undefined && list[3] !== undefined && startsList) {
        const indent = (list[1] ?? '').replace(/\t/gu, '    ').length;
        const marker = list[2];
        out.push({ kind: 'list-item', depth: indent === 0 ? 0 : Math.max(1, Math.round(indent / 2)), marker, ordered: /\w/u.test(marker), text: list[3].trim(), page });
        i++;
        continue;
      }
      const numbered = NUMBERED_HEADING.exec(trimmed);
      if (numbered?.[1] !== undefined && trimmed.length <= 150 && !endsSentence(trimmed)) {
        out.push({ kind: 'heading', level: numbered[1].split('.').length, style: `numbered ${numbered[1].split('.').length}`, text: trimmed, page });
        i++;
        continue;
      }
      // Lines up to the next blank line make one paragraph, or one heading in capitals.
      const start = i;
      const continues = (k: number) => !LIST.test(at(k)) || (/^\s*[–-]\s/u.test(at(k)) && !LIST.test(at(k - 1)) && !/:\s*$/u.test(at(k - 1)));
      while (i < lines.length && !blank(i) && !at(i).includes('\t') && (i === start || (continues(i) && readLabelHeading(at(i)) === null))) i++;
      const chunk = lines.slice(start, i);
      const joined = joinLines(chunk);
      if (chunk.every((l) => isCaps(l.trim())) && joined.length <= 160) {
        out.push({ kind: 'heading', level: 1, style: 'caps', text: joined, page });
        continue;
      }
      // A short heading may wrap onto a second or third line ("Styrket indsats for kronikere / og ældre patienter").
      const standsAlone = chunk.length <= 3 && (start === 0 || blank(start - 1)) && (i >= lines.length || blank(i)) && !chunk.slice(0, -1).some((l) => endsSentence(l.trim()));
      if (standsAlone && isDateline(joined)) {
        out.push({ kind: 'paragraph', text: joined, page });
        continue;
      }
      if (NUMBER_HEADING.test(joined) && standsAlone && joined.length <= 100) {
        out.push({ kind: 'heading', level: 1, style: 'numbered 1', text: joined, page });
        continue;
      }
      const counts = COUNT_HEADING.test(joined) && joined.split(/\s+/u).length <= 8;
      if (standsAlone && joined.length <= 90 && (/^\p{Lu}/u.test(joined) || counts) && !endsSentence(joined) && hasLetters(joined)) {
        out.push({ kind: 'heading', level: PLAIN_LEVEL, style: 'plain', text: joined, page });
        continue;
      }
      out.push({ kind: 'paragraph', text: joined, page });
    }
  }
  return out;
}
