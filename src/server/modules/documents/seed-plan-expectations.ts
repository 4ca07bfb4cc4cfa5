/**
 * What a reader of seed 001 sees in its measure tables, read from the seed file itself: the 17
 * success factors in order and each one's measure rows with every cell as written. Test data
 * for the documents' read-back tests.
 */
import { readFileSync } from 'node:fs';
import { SEED_001_MEASURE_CELLS } from '../../../domain/targets/seed-001-measure-cells';
import { NORRBOTTEN_PLAN } from '../../bootstrap';

export interface ExpectedRow {
  name: string;
  /** Footnote marks the seed writes on the measure, as digits ("3", "10"). */
  marks: string[];
  baseline: string;
  targets: [string, string];
  source: string;
  period: string;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toDigits = (s: string) => [...s].map((c) => String(SUPERSCRIPT.indexOf(c))).join('');
/** The seed's text without its inline footnote marks ("vårdbesök ³ , nybesök" → "vårdbesök, nybesök"). */
export const withoutMarks = (s: string) =>
  s
    .replace(/\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/\s+/g, ' ')
    .trim();

/** The success factors in document order with their measure rows. */
export function expectedSuccessFactors(): { title: string; rows: ExpectedRow[] }[] {
  const lines = readFileSync(NORRBOTTEN_PLAN, 'utf8').split('\n');
  // Headings in the body; the table of contents writes the same words followed by dots or a page number.
  const factors = lines
    .map((text, i) => ({ text, line: i + 1 }))
    .filter((l) => /^Framgångsfaktor: /.test(l.text) && !/(\.{3,}|\t\d+)\s*$/.test(l.text))
    .map((l) => ({ title: l.text.replace(/^Framgångsfaktor: /, '').trim(), line: l.line, rows: [] as ExpectedRow[] }));
  for (const m of SEED_001_MEASURE_CELLS) {
    const cells = lines[m.line - 1]!.split('\t');
    const owner = factors.filter((f) => f.line < m.line).at(-1)!;
    owner.rows.push({
      name: withoutMarks(m.name),
      marks: [...`${m.name} ${m.baseline}`.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g)].map((x) => toDigits(x[0])),
      baseline: withoutMarks(m.baseline),
      targets: [m.target2022, m.target2024],
      source: (cells[5] ?? '').trim(),
      period: (cells[6] ?? '').trim(),
    });
  }
  return factors.map(({ title, rows }) => ({ title, rows }));
}
