import type { GovernanceModel } from '../../domain/model/governance';
import type { ImportedAssignment, ImportIssue } from './imported-plan';
import { isBlank, issue } from './text';

/**
 * The council's assignments (uppdrag): a bullet list after "Regionfullmäktige har gett
 * följande uppdrag …", each bullet ending with the responsible bodies in parentheses.
 */
const INTRO = /har gett följande uppdrag/iu;
const BULLET = /^\s*[-–•]\s+(.*\S)\s*$/u;
const BODIES_AT_END = /\(([^()]*)\)\.?\s*$/u;
const BODY_CODE = /^[A-ZÅÄÖ]{2,6}$/u;

/** Reads the assignment list between `from` and `to` (0-based, exclusive); none is not an error. */
export function readAssignments(
  lines: readonly string[],
  from: number,
  to: number,
  model: GovernanceModel,
): { assignments: ImportedAssignment[]; warnings: ImportIssue[] } {
  const assignments: ImportedAssignment[] = [];
  const warnings: ImportIssue[] = [];
  const intro = lines.findIndex((line, i) => i >= from && i < to && INTRO.test(line));
  if (intro < 0) return { assignments, warnings };
  const known = new Set(model.bodies.map((body) => body.code));
  for (let i = intro + 1; i < to; i += 1) {
    const line = lines[i] ?? '';
    // The list is interrupted by blank lines at page breaks; the next heading ends it.
    if (isBlank(line)) continue;
    const bullet = BULLET.exec(line);
    if (bullet?.[1] === undefined) break;
    const lineNo = i + 1;
    const { text, bodies } = splitBodies(bullet[1]);
    if (bodies.length === 0) {
      warnings.push(
        issue(lineNo, 'Uppdraget anger inga ansvariga organ, t.ex. "(RS)"; texten verkar avkortad i källan och lästes in som den står'),
      );
    }
    const unknown = bodies.filter((code) => !known.has(code));
    if (unknown.length > 0) {
      warnings.push(issue(lineNo, `Uppdraget nämner organ som styrmodellen inte känner: ${unknown.join(', ')}`));
    }
    assignments.push({ text, bodies, line: lineNo });
  }
  return { assignments, warnings };
}

/** "Minimera patientresandet. (RS)" -> text and ["RS"]; a trailing parenthesis that is not a list of codes stays in the text. */
export function splitBodies(bulletText: string): { text: string; bodies: string[] } {
  const match = BODIES_AT_END.exec(bulletText);
  if (match?.[1] === undefined) return { text: bulletText.trim(), bodies: [] };
  const codes = match[1].split(',').map((code) => code.trim());
  if (!codes.every((code) => BODY_CODE.test(code))) return { text: bulletText.trim(), bodies: [] };
  return { text: bulletText.slice(0, match.index).trim(), bodies: codes };
}
