import type { ImportedFootnote, ImportIssue } from './imported-plan';
import { issue } from './text';

/**
 * Footnotes in the converted plan: superscript marks (³, ¹⁰) in a measure's name or baseline,
 * defined by a paragraph starting with the same mark. The definition may come after a later
 * table, even inside the next success factor's text, so marks are resolved once the whole plan
 * part has been read.
 */
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};
const MARK = '[⁰¹²³⁴⁵⁶⁷⁸⁹]+';
const MARK_WITH_SPACE = new RegExp(`\\s*${MARK}\\s*`, 'gu');
const DEFINITION = new RegExp(`^(${MARK})\\s*(\\S.*)$`, 'u');

/** `¹⁰` -> `10`. */
export function markToDigits(mark: string): string {
  return [...mark].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
}

/** `10` -> `¹⁰`, for messages that quote the mark as printed. */
export function digitsToMark(digits: string): string {
  const superscripts = Object.fromEntries(Object.entries(SUPERSCRIPT_DIGITS).map(([sup, digit]) => [digit, sup]));
  return [...digits].map((c) => superscripts[c] ?? c).join('');
}

/**
 * A cell without its footnote marks, and the marks as digits. Spacing is tidied only where a
 * mark was removed ("vårdbesök ³ , nybesök" -> "vårdbesök, nybesök"); other cells stay verbatim.
 */
export function extractMarks(cell: string): { text: string; marks: string[] } {
  const text = cell.trim();
  const marks = [...text.matchAll(new RegExp(MARK, 'gu'))].map((m) => markToDigits(m[0]));
  if (marks.length === 0) return { text, marks };
  const cleaned = text
    .replace(MARK_WITH_SPACE, ' ')
    .replace(/\s+([,.;:!?])/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
  return { text: cleaned, marks };
}

/** The footnote defined on a line (`³ Uppdelat på …`), or null. */
export function readFootnoteDefinition(line: string): ImportedFootnote | null {
  const match = DEFINITION.exec(line.trim());
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return { mark: markToDigits(match[1]), text: match[2].trim() };
}

export interface FootnoteDefinition extends ImportedFootnote {
  /** 1-based line. */
  line: number;
}

export interface FootnoteUse {
  mark: string;
  line: number;
  attach: (footnote: ImportedFootnote) => void;
}

/** Attaches each used mark to its definition; an undefined or twice-defined mark is an error, an unused one a warning. */
export function resolveFootnotes(
  definitions: readonly FootnoteDefinition[],
  uses: readonly FootnoteUse[],
): { errors: ImportIssue[]; warnings: ImportIssue[] } {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const byMark = new Map<string, FootnoteDefinition>();
  for (const definition of definitions) {
    const earlier = byMark.get(definition.mark);
    if (earlier !== undefined) {
      errors.push(
        issue(
          definition.line,
          `Fotnot ${digitsToMark(definition.mark)} definieras två gånger (även på rad ${earlier.line}); det går inte att avgöra vilken som gäller`,
        ),
      );
      continue;
    }
    byMark.set(definition.mark, definition);
  }
  const used = new Set<string>();
  for (const use of uses) {
    const definition = byMark.get(use.mark);
    if (definition === undefined) {
      errors.push(
        issue(use.line, `Fotnot ${digitsToMark(use.mark)} används men definieras aldrig (filen kan vara avkortad)`),
      );
      continue;
    }
    used.add(use.mark);
    use.attach({ mark: definition.mark, text: definition.text });
  }
  for (const definition of byMark.values()) {
    if (!used.has(definition.mark)) {
      warnings.push(issue(definition.line, `Fotnot ${digitsToMark(definition.mark)} används inte av något mått`));
    }
  }
  return { errors, warnings };
}
