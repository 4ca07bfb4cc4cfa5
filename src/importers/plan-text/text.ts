import type { ImportIssue } from './imported-plan';

/** Splits a document into lines; index i holds line i + 1. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Whether a line holds nothing but whitespace (the converted seeds use lone spaces and NBSPs as spacers). */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** A heading reduced for comparison: the table of contents pads titles with dots and spaces. */
export function headingKey(text: string): string {
  return text
    .replace(/[.\s]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** An issue on a 1-based line. */
export function issue(line: number, message: string): ImportIssue {
  return { line, message };
}

/** How an issue reads to a person: `Rad 412: Styrmåttsraden har 4 kolumner, 7 väntades`. */
export function formatIssue(found: ImportIssue): string {
  return `Rad ${found.line}: ${found.message}`;
}

/**
 * Joins paragraphs with a blank line between them. A page break in the PDF the seeds were
 * converted from can split one paragraph in two ("… på bästa sätt. Den" / "sömlösa vården …"),
 * so a paragraph without closing punctuation followed by one starting in lower case is mended.
 */
export function joinParagraphs(paragraphs: readonly string[]): string {
  const mended: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = mended.at(-1);
    if (previous !== undefined && !/[.!?:;)”"]$/u.test(previous) && /^\p{Ll}/u.test(paragraph)) {
      mended[mended.length - 1] = `${previous} ${paragraph}`;
    } else {
      mended.push(paragraph);
    }
  }
  return mended.join('\n\n');
}

/** The paragraph starting at `start`: consecutive non-blank lines joined by spaces. */
export function paragraphAt(lines: readonly string[], start: number): { text: string; next: number } {
  const parts: string[] = [];
  let i = start;
  while (i < lines.length && !isBlank(lines[i] ?? '')) {
    parts.push((lines[i] ?? '').trim());
    i += 1;
  }
  return { text: parts.join(' '), next: i };
}
