import type { Lang } from '../../domain/i18n/lang';
import { readAdvocacyIssues } from './advocacy';
import { readAgendaGoals } from './agenda2030';
import { readChapters } from './chapters';
import type { ImportedPlanContent } from './imported-content';
import type { ImportIssue } from './imported-plan';
import { readOrganisationUnits } from './organisation';
import type { Toc } from './toc';

/** Where the parts of the document are, as parse-plan-text found them (0-based line indexes). */
export interface DocumentParts {
  toc: Toc | null;
  title: string;
  bodyStart: number;
  planStart: number;
  planEnd: number;
  /** 1-based lines of the assignment bullets. */
  assignmentLines: readonly number[];
}

const APPENDIX = /^Bilaga\s+\d+\b(?!.*\t\s*\d+\s*$)/u;

/** The appendix whose heading matches `pattern`, as lines [from, to), or null. */
function appendix(lines: readonly string[], from: number, pattern: RegExp): { from: number; to: number } | null {
  const start = lines.findIndex((line, i) => i >= from && APPENDIX.test(line.trim()) && pattern.test(line));
  if (start < 0) return null;
  const next = lines.findIndex((line, i) => i > start && APPENDIX.test(line.trim()));
  return { from: start, to: next < 0 ? lines.length : next };
}

/** Reads Agenda 2030 goals, advocacy issues, divisions and chapters from a plan document. */
export function readPlanContent(
  lines: readonly string[],
  parts: DocumentParts,
): { content: ImportedPlanContent; errors: ImportIssue[]; warnings: ImportIssue[] } {
  const agenda = readAgendaGoals(lines, parts.bodyStart, parts.planStart);
  const advocacyPart = appendix(lines, parts.planEnd, /påverkansfråg/iu);
  const advocacy = advocacyPart ? readAdvocacyIssues(lines, advocacyPart.from, advocacyPart.to) : { issues: [], warnings: [] };
  const unitsPart = appendix(lines, parts.planEnd, /division/iu);
  const units = unitsPart ? readOrganisationUnits(lines, unitsPart.from, unitsPart.to) : { units: [], warnings: [] };
  const chapters = readChapters(lines, { ...parts, skipLines: new Set(parts.assignmentLines) });
  return {
    content: { agendaGoals: agenda.goals, advocacyIssues: advocacy.issues, organisationUnits: units.units, chapters: chapters.chapters },
    errors: agenda.errors,
    warnings: [...agenda.warnings, ...advocacy.warnings, ...units.warnings, ...chapters.warnings],
  };
}

const WORDS: Record<Lang, { chapters: string; advocacy: string; agenda: string; units: string }> = {
  sv: { chapters: 'Kapitel', advocacy: 'Påverkansfrågor', agenda: 'Agenda 2030-mål', units: 'Divisioner och regiongemensamt' },
  da: { chapters: 'Kapitler', advocacy: 'Interessevaretagelse', agenda: 'Verdensmål', units: 'Divisioner og fælles enheder' },
  en: { chapters: 'Chapters', advocacy: 'Advocacy issues', agenda: 'Agenda 2030 goals', units: 'Divisions and common units' },
};

/** The dry-run summary's lines for the plan content, e.g. `Kapitel: 33`, `Påverkansfrågor: 7`, `Agenda 2030-mål: 8`. */
export function summarizePlanContent(content: ImportedPlanContent, lang: Lang): string[] {
  const w = WORDS[lang];
  return [
    `${w.agenda}: ${content.agendaGoals.length}`,
    `${w.advocacy}: ${content.advocacyIssues.filter((i) => i.kind === 'issue').length}`,
    `${w.units}: ${content.organisationUnits.length}`,
    `${w.chapters}: ${content.chapters.length}`,
  ];
}
