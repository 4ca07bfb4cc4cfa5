/**
 * The structure proposal and the extract command's JSON: what a document is read as, before
 * anything is stored. Names and cells are verbatim; what was looked for and not found is listed.
 */
export interface ProposedMeasure {
  name: string;
  baseline?: string;
  targets: Record<string, string>;
  outcomes: Record<string, string>;
  unit?: string;
  source?: string;
  period?: string;
  responsible?: string;
  /** Where it came from: the table block and its row (0-based, the header is row 0). */
  at: { block: number; row: number };
}

export interface ProposedNode {
  /** The model's level key where the mapping names one, else the depth in the tree (1 = top). */
  level: string | number;
  name: string;
  description?: string;
  children: ProposedNode[];
  measures: ProposedMeasure[];
  /** The heading kind it was read from (`Heading 2`, `label Spor`, `list 0`) and its block. */
  kind: string;
  at: { block: number };
}

export interface Proposal {
  title: string | null;
  /** The plan's years where the document states them (in the title or the mapping). */
  years: { start: number; end: number } | null;
  nodes: ProposedNode[];
  /** Measures read before any heading the mapping keeps. */
  measures: ProposedMeasure[];
  notFound: string[];
  skipped: string[];
}

/** The extract command's JSON shapes (`npx ledstjarna extract FILE --json`). */
export interface ExtractMeasureJson {
  name: string;
  baseline?: string;
  targets: Record<string, string>;
  outcomes: Record<string, string>;
  unit?: string;
  source?: string;
  period?: string;
}
export interface ExtractNodeJson {
  level: string | number;
  name: string;
  description?: string;
  children: ExtractNodeJson[];
  measures: ExtractMeasureJson[];
}
export interface ExtractJson {
  title: string | null;
  nodes: ExtractNodeJson[];
  measures: ExtractMeasureJson[];
  notFound: string[];
  skipped: string[];
}

const optional = <K extends string>(key: K, v: string | undefined) => (v === undefined ? {} : ({ [key]: v } as Record<K, string>));

function measureJson(m: ProposedMeasure): ExtractMeasureJson {
  return {
    name: m.name,
    ...optional('baseline', m.baseline),
    targets: m.targets,
    outcomes: m.outcomes,
    ...optional('unit', m.unit),
    ...optional('source', m.source),
    ...optional('period', m.period),
  };
}

function nodeJson(n: ProposedNode): ExtractNodeJson {
  return {
    level: n.level,
    name: n.name,
    ...optional('description', n.description),
    children: n.children.map(nodeJson),
    measures: n.measures.map(measureJson),
  };
}
/** The proposal as the extract command prints it, nothing more. */
export function toExtractJson(p: Proposal): ExtractJson {
  return { title: p.title, nodes: p.nodes.map(nodeJson), measures: p.measures.map(measureJson), notFound: p.notFound, skipped: p.skipped };
}

/** Every measure of a proposal, depth first, with the names of the nodes above it. */
export function allMeasures(p: Proposal): { measure: ProposedMeasure; path: string[] }[] {
  const out: { measure: ProposedMeasure; path: string[] }[] = p.measures.map((measure) => ({ measure, path: [] }));
  const walk = (n: ProposedNode, path: string[]) => {
    const here = [...path, n.name];
    for (const measure of n.measures) out.push({ measure, path: here });
    for (const c of n.children) walk(c, here);
  };
  for (const n of p.nodes) walk(n, []);
  return out;
}
