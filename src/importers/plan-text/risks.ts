import type { Localized } from '../../domain/i18n/lang';
import { inferProbability, matchNames, validateRisk, type MatchStatus, type RiskLevel } from '../../domain/risks';
import { splitBodies } from './assignments';
import type { ImportedNode, ImportIssue } from './imported-plan';
import { isBlank, issue } from './text';

/**
 * The board's risk assessment of its success factors (seed 001, Bilaga 5): one tab-separated
 * row per success factor under a header starting "Nr", with section rows ("Samhälle",
 * "Medborgare") between. The converter merged the header's "Konsekvens" and "Sannolikhet"
 * into one cell ("Konsekvensens Samlighet"), and the rows for the first two perspectives give
 * only consequence and risk while the later ones give consequence, probability and risk; so
 * the numbers are read as the run of whole numbers where the header's score columns start.
 */
export interface ImportedRiskAssessment {
  /** "Nr" as printed; the seed skips 5. */
  number: number | null;
  /** The section row above, e.g. "Samhälle". */
  perspective: string;
  /** The strategic goal as written, without the bodies in parentheses; rows under the first inherit it. */
  goal: string;
  goalBodies: string[];
  /** The success factor's name as the risk table writes it. */
  successFactor: string;
  /** The plan success factor it was matched to, by the factor heading's line; a near match awaits a person's confirmation. */
  match: { status: MatchStatus; factorLine: number | null; factorTitle: string | null; score: number | null };
  year: number;
  whatCouldHappen: string;
  consequenceText: string;
  consequence: RiskLevel;
  probability: RiskLevel;
  /** True when the row gave only consequence and risk. */
  probabilityInferred: boolean;
  risk: number;
  cause: string;
  action: string;
  controlMethod: string;
  /** Further columns such as "Måluppfyllelse År 2021", where the row fills them in. */
  followUp: { label: string; text: string }[];
  line: number;
}

/** The import summary's word for the rows read: `Riskbedömningar: 16`. */
export const RISK_ASSESSMENTS_WORD: Localized = { sv: 'Riskbedömningar', da: 'Risikovurderinger', en: 'Risk assessments' };

const HEADER_FIRST = /^Nr\.?$/iu;
const APPENDIX = /^Bilaga\s+\d+\b.*riskbedömning/iu;
const WHOLE = /^\d+$/u;

const COLUMNS = {
  goal: /strategiskt mål/iu,
  factor: /^Framgångsfaktor/iu,
  what: /^Vad kan hända/iu,
  consequenceText: /konsekvens om risken/iu,
  scores: /^Konsekvens/iu,
  risk: /^Risk$/iu,
  cause: /orsaken/iu,
  action: /^Vad behöver göras/iu,
  control: /^Kontrollmetod/iu,
} as const;

const cellsOf = (line: string): string[] => line.split('\t').map((c) => c.trim());

/**
 * Reads the risk table at or after line index `from`, assessments for `year`, and matches each
 * row's success factor to the plan's `factors`. No risk appendix is not an error; an appendix
 * heading without its table, or a table in the contents but not in the text, is.
 */
export function readRiskAssessments(
  lines: readonly string[],
  from: number,
  factors: readonly ImportedNode[],
  year: number,
): { assessments: ImportedRiskAssessment[]; errors: ImportIssue[]; warnings: ImportIssue[] } {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const assessments: ImportedRiskAssessment[] = [];
  const heading = lines.findIndex((l, i) => i >= from && APPENDIX.test(l.trim()) && !l.includes('\t'));
  const headerIndex = lines.findIndex((l, i) => i >= Math.max(from, heading) && HEADER_FIRST.test(cellsOf(l)[0] ?? '') && cellsOf(l).some((c) => COLUMNS.risk.test(c)));
  if (headerIndex < 0) {
    if (heading >= 0) errors.push(issue(heading + 1, 'Bilagan med riskbedömningen saknar sin tabell (en rubrikrad som börjar med "Nr" och har kolumnen "Risk")'));
    else {
      const inContents = lines.findIndex((l, i) => i < from && l.includes('\t') && APPENDIX.test(l.trim()));
      if (inContents >= 0) errors.push(issue(inContents + 1, 'Riskbedömningen finns i innehållsförteckningen men saknas i texten; filen kan vara avkortad'));
    }
    return { assessments, errors, warnings };
  }

  const header = cellsOf(lines[headerIndex] ?? '');
  const col = (re: RegExp): number => header.findIndex((c) => re.test(c));
  const at = { goal: col(COLUMNS.goal), factor: col(COLUMNS.factor), what: col(COLUMNS.what), consequenceText: col(COLUMNS.consequenceText) };
  const scoresFrom = header.findIndex((c, i) => i > at.consequenceText && COLUMNS.scores.test(c));
  const riskCol = col(COLUMNS.risk);
  const missing = Object.entries({ ...at, scores: scoresFrom, risk: riskCol }).filter(([, i]) => i < 0).map(([name]) => name);
  if (missing.length > 0 || riskCol < scoresFrom) {
    errors.push(issue(headerIndex + 1, `Riskbedömningens tabellhuvud saknar kolumner för: ${missing.join(', ') || 'risk efter konsekvens'}`));
    return { assessments, errors, warnings };
  }
  const after = header.slice(riskCol + 1);
  const afterCol = (re: RegExp): number => after.findIndex((c) => re.test(c));
  const tail = { cause: afterCol(COLUMNS.cause), action: afterCol(COLUMNS.action), control: afterCol(COLUMNS.control) };

  const rows: { cells: string[]; lineNo: number; perspective: string; goal: string }[] = [];
  let perspective = '';
  let goal = '';
  for (let i = headerIndex + 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (isBlank(line)) continue;
    if (!line.includes('\t')) break;
    const cells = cellsOf(line);
    if (cells.slice(1).every((c) => c === '')) {
      perspective = cells[0] ?? '';
      continue;
    }
    if (cells[at.goal]) goal = cells[at.goal]!;
    rows.push({ cells, lineNo: i + 1, perspective, goal });
  }
  if (rows.length === 0) errors.push(issue(headerIndex + 1, 'Riskbedömningens tabell har inga rader'));

  const matches = matchNames(rows.map((r) => r.cells[at.factor] ?? ''), factors.map((f) => ({ key: f.line, title: f.title })));
  rows.forEach((row, r) => {
    const { cells, lineNo } = row;
    const nr = cells[0] ?? '';
    const name = `Riskraden${WHOLE.test(nr) ? ` Nr ${nr}` : ''}`;
    const factorName = cells[at.factor] ?? '';
    if (factorName === '') errors.push(issue(lineNo, `${name} saknar framgångsfaktor`));
    let run = 0;
    while (WHOLE.test(cells[scoresFrom + run] ?? '')) run += 1;
    const trailing = cells.length - scoresFrom - run;
    if (run < 2 || run > 3 || trailing !== after.length) {
      errors.push(
        issue(
          lineNo,
          `${name} har ${run} tal där konsekvens, sannolikhet och risk (eller konsekvens och risk) väntades, och ${cells.length} kolumner; raden kan vara avkortad`,
        ),
      );
      return;
    }
    const numbers = cells.slice(scoresFrom, scoresFrom + run).map(Number);
    const consequence = numbers[0]!;
    const risk = numbers[run - 1]!;
    let probability = run === 3 ? numbers[1]! : null;
    if (probability === null) {
      const inferred = inferProbability(consequence, risk);
      if ('error' in inferred) {
        errors.push(issue(lineNo, `${name}: ${inferred.error.message}`));
        return;
      }
      probability = inferred.probability;
    }
    const invalid = validateRisk({ consequence, probability, risk });
    if (invalid.length > 0) {
      errors.push(...invalid.map((e) => issue(lineNo, `${name}: ${e.message}`)));
      return;
    }
    const rest = cells.slice(scoresFrom + run);
    const text = (i: number): string => (i < 0 ? '' : (rest[i] ?? ''));
    const named = new Set([tail.cause, tail.action, tail.control]);
    const match = matches[r]!;
    const { text: goalText, bodies } = splitBodies(row.goal);
    assessments.push({
      number: WHOLE.test(nr) ? Number(nr) : null,
      perspective: row.perspective,
      goal: goalText,
      goalBodies: bodies,
      successFactor: factorName,
      match: { status: match.status, factorLine: match.best?.key ?? null, factorTitle: match.best?.title ?? null, score: match.best?.score ?? null },
      year,
      whatCouldHappen: cells[at.what] ?? '',
      consequenceText: cells[at.consequenceText] ?? '',
      consequence: consequence as RiskLevel,
      probability: probability as RiskLevel,
      probabilityInferred: run === 2,
      risk,
      cause: text(tail.cause),
      action: text(tail.action),
      controlMethod: text(tail.control),
      followUp: after.flatMap((label, i) => (named.has(i) || text(i) === '' ? [] : [{ label, text: text(i) }])),
      line: lineNo,
    });
  });
  warnings.push(...numberingGaps(assessments), ...matchWarnings(assessments), ...unassessed(factors, assessments));
  return { assessments, errors, warnings };
}

/** A skipped number ("there is no row 5") is reported, since a row may have been lost in the source. */
function numberingGaps(assessments: readonly ImportedRiskAssessment[]): ImportIssue[] {
  const out: ImportIssue[] = [];
  for (let i = 1; i < assessments.length; i += 1) {
    const prev = assessments[i - 1]!.number;
    const cur = assessments[i]!;
    if (prev !== null && cur.number !== null && cur.number > prev + 1) {
      const skipped = Array.from({ length: cur.number - prev - 1 }, (_, k) => prev + 1 + k).join(', ');
      out.push(issue(cur.line, `Riskbedömningen har ingen rad Nr ${skipped}; numreringen hoppar från ${prev} till ${cur.number}`));
    }
  }
  return out;
}

/** Every near or missing match is listed, so that the import never decides a match silently. */
function matchWarnings(assessments: readonly ImportedRiskAssessment[]): ImportIssue[] {
  return assessments.flatMap((a) => {
    const nr = a.number === null ? 'Riskraden' : `Riskraden Nr ${a.number}`;
    if (a.match.status === 'needs-confirmation') {
      return [issue(a.line, `${nr}: "${a.successFactor}" liknar framgångsfaktorn "${a.match.factorTitle}"; bekräfta matchningen`)];
    }
    if (a.match.status === 'unmatched') return [issue(a.line, `${nr}: "${a.successFactor}" motsvarar ingen framgångsfaktor i planen; välj en`)];
    return [];
  });
}

/**
 * Every success factor is to be assessed each plan period; one without a row (the seed has
 * none for "Den nära vården utformas med primärvården som nav") is named, also because a risk
 * table cut short at the end of a file would show here.
 */
function unassessed(factors: readonly ImportedNode[], assessments: readonly ImportedRiskAssessment[]): ImportIssue[] {
  const assessed = new Set(assessments.map((a) => a.match.factorLine));
  return factors
    .filter((f) => !assessed.has(f.line))
    .map((f) => issue(f.line, `Framgångsfaktorn "${f.title}" har ingen rad i riskbedömningen`));
}
