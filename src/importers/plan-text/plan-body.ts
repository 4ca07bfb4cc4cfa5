import type { ImportedMeasure, ImportedNode, ImportIssue } from './imported-plan';
import type { FootnoteDefinition, FootnoteUse } from './footnotes';
import { readFootnoteDefinition } from './footnotes';
import { HEADING_WORDS, readPlanHeading, type HeadingDepth } from './headings';
import { isIssue, isTableHeader, readMeasureRow, readTableHeader, type TableHeader } from './measures-table';
import { isBlank, issue, joinParagraphs } from './text';

/**
 * The plan part of the document: perspective, goal and success-factor headings, the paragraphs
 * under them, measure tables and footnote definitions. Structure errors are collected, not
 * thrown, so that one run reports every problem in the file.
 */
export interface BodyHeading {
  depth: HeadingDepth;
  title: string;
  /** 1-based line. */
  line: number;
}

export interface PlanBody {
  nodes: ImportedNode[];
  /** Success-factor nodes in document order, with the measures hung on them. */
  factors: ImportedNode[];
  goals: ImportedNode[];
  headings: BodyHeading[];
  tables: TableHeader[];
  measureCount: number;
  definitions: FootnoteDefinition[];
  uses: FootnoteUse[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

interface Draft {
  depth: HeadingDepth;
  node: ImportedNode;
  paragraphs: string[];
  longTerm: string[];
}

// Under a strategic goal the seed states its long-term goals in a paragraph of their own.
const LONG_TERM_GOALS = /^Långsiktiga mål\b/u;

/** Reads lines [start, end) (0-based) of the plan part; `levelKeys[depth]` is the model level for each heading depth. */
export function readPlanBody(
  lines: readonly string[],
  start: number,
  end: number,
  levelKeys: readonly [string, string, string],
  kindKey: string,
): PlanBody {
  const body: PlanBody = {
    nodes: [],
    factors: [],
    goals: [],
    headings: [],
    tables: [],
    measureCount: 0,
    definitions: [],
    uses: [],
    errors: [],
    warnings: [],
  };
  const drafts: Draft[] = [];
  let perspective: Draft | null = null;
  let goal: Draft | null = null;
  let factor: Draft | null = null;
  let current: Draft | null = null;
  let afterTable = false;

  const startsBlock = (line: string): boolean =>
    readPlanHeading(line) !== null || isTableHeader(line) || readFootnoteDefinition(line) !== null;

  let i = start;
  while (i < end) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    if (isBlank(line)) {
      i += 1;
      continue;
    }

    const heading = readPlanHeading(line);
    if (heading !== null) {
      const draft: Draft = {
        depth: heading.depth,
        node: {
          levelKey: levelKeys[heading.depth],
          title: heading.title,
          description: '',
          bodies: [],
          longTermGoals: '',
          children: [],
          measures: [],
          line: lineNo,
        },
        paragraphs: [],
        longTerm: [],
      };
      drafts.push(draft);
      body.headings.push({ depth: heading.depth, title: heading.title, line: lineNo });
      const parent = heading.depth === 0 ? null : heading.depth === 1 ? perspective : goal;
      if (heading.depth === 0) body.nodes.push(draft.node);
      else if (parent === null) {
        const missing = heading.depth === 1 ? 'perspektivet' : 'strategiska målet';
        body.errors.push(issue(lineNo, `${HEADING_WORDS[heading.depth]} "${heading.title}" står före första ${missing}`));
      } else parent.node.children.push(draft.node);
      // An orphan still becomes current, so that what follows it is read without a cascade of errors.
      if (heading.depth === 0) [perspective, goal, factor] = [draft, null, null];
      else if (heading.depth === 1) [goal, factor] = [draft, null];
      else factor = draft;
      if (heading.depth === 1 && parent !== null) body.goals.push(draft.node);
      if (heading.depth === 2 && parent !== null) body.factors.push(draft.node);
      current = draft;
      afterTable = false;
      i += 1;
      continue;
    }

    if (isTableHeader(line)) {
      i = readTable(lines, i, end, factor, kindKey, body);
      afterTable = true;
      continue;
    }

    const definition = readFootnoteDefinition(line);
    if (definition !== null) {
      body.definitions.push({ ...definition, line: lineNo });
      i += 1;
      continue;
    }

    const parts: string[] = [];
    while (i < end && !isBlank(lines[i] ?? '') && (parts.length === 0 || !startsBlock(lines[i] ?? ''))) {
      parts.push((lines[i] ?? '').trim());
      i += 1;
    }
    const paragraph = parts.join(' ');
    if (current === null || afterTable) {
      body.warnings.push(issue(lineNo, 'Texten står efter måttabellen och hör inte till någon beskrivning; den lästes inte in'));
    } else if (current.depth === 1 && LONG_TERM_GOALS.test(paragraph)) {
      current.longTerm.push(paragraph);
    } else {
      current.paragraphs.push(paragraph);
    }
  }

  for (const draft of drafts) {
    draft.node.description = joinParagraphs(draft.paragraphs);
    draft.node.longTermGoals = joinParagraphs(draft.longTerm);
  }
  return body;
}

/** Reads the table whose header is at `headerIndex`; returns the index after its last row. */
function readTable(
  lines: readonly string[],
  headerIndex: number,
  end: number,
  factor: Draft | null,
  kindKey: string,
  body: PlanBody,
): number {
  const headerLineNo = headerIndex + 1;
  const header = readTableHeader(lines[headerIndex] ?? '', headerLineNo);
  let i = headerIndex + 1;
  if (isIssue(header)) {
    body.errors.push(header);
    while (i < end && !isBlank(lines[i] ?? '')) i += 1;
    return i;
  }
  body.tables.push(header);
  if (factor === null) {
    body.errors.push(issue(headerLineNo, `Tabellen "${header.kindWord}" står före första framgångsfaktorn`));
  }
  const measures: ImportedMeasure[] = [];
  // A table ends at the first blank line: the converter writes every row on one line.
  while (i < end && !isBlank(lines[i] ?? '')) {
    const row = readMeasureRow(lines[i] ?? '', i + 1, header, kindKey);
    if (isIssue(row)) body.errors.push(row);
    else {
      measures.push(row.measure);
      for (const mark of row.marks) {
        const measure = row.measure;
        body.uses.push({ mark, line: measure.line, attach: (footnote) => measure.footnotes.push(footnote) });
      }
    }
    i += 1;
  }
  if (i === headerIndex + 1) body.errors.push(issue(headerLineNo, `Tabellen "${header.kindWord}" har inga rader`));
  body.measureCount += measures.length;
  factor?.node.measures.push(...measures);
  return i;
}
