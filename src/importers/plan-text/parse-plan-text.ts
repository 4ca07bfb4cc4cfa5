import type { GovernanceModel } from '../../domain/model/governance';
import type { ImportedPlan, ImportIssue } from './imported-plan';
import { readAssignments } from './assignments';
import { goalBodiesFromTables, handledElsewhere, ownerBody } from './bodies';
import { resolveFootnotes } from './footnotes';
import { HEADING_WORDS, readPlanHeading } from './headings';
import { isTableHeader } from './measures-table';
import { readPlanBody, type BodyHeading, type PlanBody } from './plan-body';
import { readPlanContent } from './plan-content';
import { headingKey, isBlank, issue, paragraphAt, splitLines } from './text';
import { findHeading, headingAfterPlan, readToc, type Toc } from './toc';

/** What parsing a plan text gives: a plan with warnings, or the errors that stop the whole file. */
export type PlanTextResult = { plan: ImportedPlan; warnings: ImportIssue[] } | { errors: ImportIssue[] };

const PLAN_YEARS = /(\d{4})\s*[-–]\s*(\d{4})/u;
const APPENDIX = /^Bilaga\b/u;

const byLine = (a: ImportIssue, b: ImportIssue): number => a.line - b.line;

/**
 * Reads a plan document shaped like Region Norrbotten's board plan (seed 001) into an
 * ImportedPlan whose nodes carry the given model's level keys. Pure: no I/O, never throws.
 * Any error fails the whole file, because a partly read plan would silently lose measures.
 */
export function parsePlanText(text: string, model: GovernanceModel): PlanTextResult {
  const lines = splitLines(text);
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];

  const [level0, level1, level2] = model.levels;
  const kind = model.measureKinds.find((k) => k.targeted);
  if (level0 === undefined || level1 === undefined || level2 === undefined) {
    errors.push(
      issue(1, `Styrmodellen "${model.name.sv}" har ${model.levels.length} nivåer; dokumentet har tre rubriknivåer (perspektiv, strategiskt mål, framgångsfaktor)`),
    );
  }
  if (kind === undefined) errors.push(issue(1, `Styrmodellen "${model.name.sv}" har inget målsatt måttslag att läsa in måtten som`));

  const titleIndex = lines.findIndex((line) => !isBlank(line));
  if (titleIndex < 0) return { errors: [...errors, issue(1, 'Filen är tom: titeln på första raden saknas')] };
  const title = (lines[titleIndex] ?? '').trim();
  const years = PLAN_YEARS.exec(title);
  if (years === null) errors.push(issue(titleIndex + 1, `Titeln "${title}" anger ingen planperiod, t.ex. "2022-2024"`));

  const toc = readToc(lines, titleIndex + 1);
  const bodyStart = toc?.end ?? titleIndex + 1;
  const planStart = lines.findIndex((line, i) => i >= bodyStart && (readPlanHeading(line) !== null || isTableHeader(line)));
  if (planStart < 0) {
    errors.push(
      issue(lastLine(lines), 'Filen har inget planavsnitt: rubriker som "…perspektivet", "Strategiskt mål:" och "Framgångsfaktor:" saknas'),
    );
    return { errors: errors.sort(byLine) };
  }
  if (toc === null) {
    warnings.push(issue(titleIndex + 1, 'Innehållsförteckning saknas; att filen är komplett kan inte kontrolleras'));
  }
  const planEnd = findPlanEnd(lines, planStart, toc, errors, warnings);

  const vision = readVision(lines, bodyStart, planStart);
  if (vision === null) warnings.push(issue(bodyStart + 1, 'Rubriken "Vision" saknas före planavsnittet; planen får ingen vision'));
  const assignments = readAssignments(lines, bodyStart, planStart, model);
  warnings.push(...assignments.warnings);

  if (level0 === undefined || level1 === undefined || level2 === undefined || kind === undefined || years === null) {
    return { errors: errors.sort(byLine) };
  }
  const body = readPlanBody(lines, planStart, planEnd, [level0.key, level1.key, level2.key], kind.key);
  errors.push(...body.errors);
  warnings.push(...body.warnings);
  if (toc !== null) compareWithToc(toc, body.headings, errors, warnings);
  const footnotes = resolveFootnotes(body.definitions, body.uses);
  errors.push(...footnotes.errors);
  warnings.push(...footnotes.warnings);
  if (body.measureCount === 0) {
    errors.push(issue(planStart + 1, `Planavsnittet innehåller inga mått (tabeller med kolumnerna "Ingångsvärde" och "Mål <år>")`));
  }
  if (!level2.carriesMeasures && body.tables[0] !== undefined) {
    const measureLevel = model.levels.find((l) => l.carriesMeasures);
    warnings.push(
      issue(
        body.tables[0].line,
        `I styrmodellen "${model.name.sv}" bär ${measureLevel === undefined ? 'ingen nivå' : `nivån "${measureLevel.name.sv}"`} måtten; dokumentets mått lästes in under "${level2.name.sv}"`,
      ),
    );
  }
  const content = readPlanContent(lines, { toc, title, bodyStart, planStart, planEnd, assignmentLines: assignments.assignments.map((a) => a.line) });
  errors.push(...content.errors);
  warnings.push(...content.warnings);
  if (errors.length > 0) return { errors: errors.sort(byLine) };

  assignBodies(body, title, lines.slice(planEnd), model, warnings, titleIndex + 1);
  const plan: ImportedPlan = {
    title,
    startYear: Number(years[1]),
    endYear: Number(years[2]),
    vision: vision ?? '',
    targetYears: [...new Set(body.tables.flatMap((t) => t.targets.map((target) => target.year)))],
    nodes: body.nodes,
    assignments: assignments.assignments,
    content: content.content,
  };
  return { plan, warnings: warnings.sort(byLine) };
}

/** The 1-based number of the last line with text, where a truncated file stops. */
function lastLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i -= 1) if (!isBlank(lines[i] ?? '')) return i + 1;
  return 1;
}

/**
 * The 0-based index where the plan part ends. With a table of contents, the heading that
 * follows the plan there must be reached, or the file was cut off inside the plan.
 */
function findPlanEnd(
  lines: readonly string[],
  planStart: number,
  toc: Toc | null,
  errors: ImportIssue[],
  warnings: ImportIssue[],
): number {
  const next = toc === null ? null : headingAfterPlan(toc);
  if (next !== null) {
    const index = findHeading(lines, next, planStart + 1);
    if (index >= 0) return index;
    errors.push(
      issue(lastLine(lines), `Filen tar slut inne i planavsnittet: rubriken "${next}", som enligt innehållsförteckningen följer efter planen, saknas`),
    );
    return lines.length;
  }
  if (toc !== null) {
    warnings.push(issue(toc.index + 1, 'Innehållsförteckningen listar inga planrubriker; att planavsnittet är komplett kan inte kontrolleras'));
  }
  const appendix = lines.findIndex((line, i) => i > planStart && APPENDIX.test(line.trim()));
  return appendix >= 0 ? appendix : lines.length;
}

/** The first paragraph under the heading "Vision", or null. */
function readVision(lines: readonly string[], from: number, to: number): string | null {
  const heading = lines.findIndex((line, i) => i >= from && i < to && headingKey(line) === 'vision');
  if (heading < 0) return null;
  let i = heading + 1;
  while (i < to && isBlank(lines[i] ?? '')) i += 1;
  return i < to ? paragraphAt(lines, i).text : null;
}

/** Every plan heading in the table of contents must appear in the body; a missing one means a cut-off file. */
function compareWithToc(toc: Toc, headings: readonly BodyHeading[], errors: ImportIssue[], warnings: ImportIssue[]): void {
  const unmatched = [...headings];
  for (const entry of toc.entries) {
    if (entry.heading === null) continue;
    const { depth, title } = entry.heading;
    const found = unmatched.findIndex((h) => h.depth === depth && headingKey(h.title) === headingKey(title));
    if (found >= 0) unmatched.splice(found, 1);
    else {
      errors.push(
        issue(entry.index + 1, `${HEADING_WORDS[depth]} "${title}" finns i innehållsförteckningen men saknas i texten; filen kan vara avkortad`),
      );
    }
  }
  for (const heading of unmatched) {
    warnings.push(issue(heading.line, `${HEADING_WORDS[heading.depth]} "${heading.title}" finns inte i innehållsförteckningen`));
  }
}

/** Goals get the bodies a later table gives them, else the plan owner; success factors the owner unless handled in another body's plan. */
function assignBodies(
  body: PlanBody,
  title: string,
  afterPlan: readonly string[],
  model: GovernanceModel,
  warnings: ImportIssue[],
  titleLine: number,
): void {
  const owner = ownerBody(title, model);
  if (owner === null) {
    warnings.push(issue(titleLine, `Titeln "${title}" nämner inget organ i styrmodellen; mål och framgångsfaktorer får inga ansvariga organ`));
  }
  const ownerBodies = owner === null ? [] : [owner];
  for (const goal of body.goals) goal.bodies = goalBodiesFromTables(goal.title, afterPlan) ?? ownerBodies;
  for (const factor of body.factors) {
    const elsewhere = handledElsewhere(factor.description, model);
    factor.bodies = elsewhere === null ? ownerBodies : [elsewhere];
  }
}
