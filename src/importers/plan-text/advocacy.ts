import type { ImportedAdvocacyIssue } from './imported-content';
import type { ImportIssue } from './imported-plan';
import { isBlank, issue } from './text';

/**
 * Advocacy issues (påverkansfrågor, seed 001 Bilaga 4): a table with the columns "Nationell
 * fråga" and "Internationell fråga". Rows ending in ":" head a group; an issue's row names the
 * decision-maker in the column of its arena; a row in <i>…</i> is a remark, kept as a note.
 */
const HEADER = /nationell/iu;
const INTERNATIONAL = /internationell/iu;
const ITALIC = /^<i>(.*)<\/i>$/isu;

/** Reads the table in lines [from, to) (0-based); an appendix without it gives a warning. */
export function readAdvocacyIssues(
  lines: readonly string[],
  from: number,
  to: number,
): { issues: ImportedAdvocacyIssue[]; warnings: ImportIssue[] } {
  const issues: ImportedAdvocacyIssue[] = [];
  const warnings: ImportIssue[] = [];
  const header = lines.findIndex((line, i) => i >= from && i < to && line.includes('\t') && HEADER.test(line) && INTERNATIONAL.test(line));
  if (header < 0) {
    warnings.push(issue(from + 1, 'Påverkansfrågorna har ingen tabell med kolumnerna "Nationell fråga" och "Internationell fråga"; inga frågor lästes in'));
    return { issues, warnings };
  }
  const columns = (lines[header] ?? '').split('\t').map((c) => c.trim());
  const national = columns.findIndex((c) => HEADER.test(c) && !INTERNATIONAL.test(c));
  const international = columns.findIndex((c) => INTERNATIONAL.test(c));
  let area = '';
  for (let i = header + 1; i < to; i += 1) {
    const line = lines[i] ?? '';
    if (isBlank(line)) break;
    const cells = line.split('\t').map((c) => c.trim());
    const text = cells[0] ?? '';
    const lineNo = i + 1;
    const nationalText = cells[national] ?? '';
    const internationalText = cells[international] ?? '';
    if (text === '') {
      warnings.push(issue(lineNo, 'Raden i påverkansfrågornas tabell har ingen fråga i första kolumnen; den hoppades över'));
      continue;
    }
    if (text.endsWith(':') && nationalText === '' && internationalText === '') {
      area = text.slice(0, -1).trim();
      continue;
    }
    const note = ITALIC.exec(text);
    if (note?.[1] !== undefined) {
      issues.push({ kind: 'note', area, text: note[1].trim(), arena: null, decisionMaker: '', line: lineNo });
      continue;
    }
    const arena = internationalText !== '' ? 'international' : nationalText !== '' ? 'national' : null;
    const decisionMaker = [nationalText, internationalText].filter((t) => t !== '').join(' / ');
    issues.push({ kind: 'issue', area, text: text.replace(/<[^>]*>/gu, ''), arena, decisionMaker, line: lineNo });
  }
  return { issues, warnings };
}
