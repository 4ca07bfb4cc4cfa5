import type { ImportedOrganisationUnit } from './imported-content';
import type { ImportIssue } from './imported-plan';
import { isBlank, issue, paragraphAt } from './text';

/**
 * The organisation (seed 001 Bilaga 3): a short heading per division ("Division Nära") or
 * common unit ("Regiongemensamt"), each followed by a paragraph that describes it.
 */
const SENTENCE_END = /[.!?:;,]$/u;
const STAFF = /\bca\.?\s+(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s+(?:medarbetare|personer|anställda)/iu;

/** The approximate staff a description gives ("ca 1 800 personer" -> 1800), or null. */
export function staffFrom(description: string): number | null {
  const m = STAFF.exec(description);
  return m?.[1] === undefined ? null : Number(m[1].replace(/[ \u00a0]/gu, ''));
}

/** Reads the units in lines [from, to) (0-based); the appendix heading itself is at `from`. */
export function readOrganisationUnits(
  lines: readonly string[],
  from: number,
  to: number,
): { units: ImportedOrganisationUnit[]; warnings: ImportIssue[] } {
  const blocks: { text: string; line: number; lines: number }[] = [];
  for (let i = from + 1; i < to; ) {
    if (isBlank(lines[i] ?? '')) {
      i += 1;
      continue;
    }
    const { text, next } = paragraphAt(lines, i);
    blocks.push({ text, line: i + 1, lines: next - i });
    i = next;
  }
  const units: ImportedOrganisationUnit[] = [];
  blocks.forEach((block, k) => {
    const following = blocks[k + 1];
    const isHeading = block.lines === 1 && block.text.length <= 80 && !SENTENCE_END.test(block.text);
    // A heading followed by another heading is an introduction ("Kort beskrivning av varje division").
    if (!isHeading || following === undefined || !SENTENCE_END.test(following.text)) return;
    units.push({
      kind: /^Division\b/iu.test(block.text) ? 'division' : 'common',
      name: block.text,
      description: following.text,
      staffApprox: staffFrom(following.text),
      line: block.line,
    });
  });
  const warnings = units.length === 0 ? [issue(from + 1, 'Bilagan om organisationen beskriver inga divisioner (en rubrik per division följd av en beskrivning)')] : [];
  return { units, warnings };
}
