import { describe, expect, it } from 'vitest';
import { proposeStructure } from '../../../domain/extraction/propose';
import type { Proposal, ProposedMeasure, ProposedNode } from '../../../domain/extraction/proposal';
import { readDocument } from '../read-document';
import { CORPUS } from './documents';
import { EXPECTED, type Fact } from './expected';
import { corpusFile } from './build-corpus';

/**
 * The corpus test: each real document is written as its format's file, read and proposed with no
 * mapping at all (as a new user's first upload), and compared with what a reader sees in it.
 * Found: a goal or indicator under the goal it belongs to (any level above it), a cell with its
 * value. Invented: any name or cell in the proposal that is not the document's own text.
 */
const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();

interface Seen {
  nodes: { name: string; ancestors: string[] }[];
  measures: { m: ProposedMeasure; ancestors: string[] }[];
}

function seen(p: Proposal): Seen {
  const out: Seen = { nodes: [], measures: p.measures.map((m) => ({ m, ancestors: [] })) };
  const walk = (n: ProposedNode, ancestors: string[]) => {
    out.nodes.push({ name: n.name, ancestors });
    for (const m of n.measures) out.measures.push({ m, ancestors: [...ancestors, n.name] });
    for (const c of n.children) walk(c, [...ancestors, n.name]);
  };
  for (const n of p.nodes) walk(n, []);
  return out;
}

function found(f: Fact, s: Seen): boolean {
  if ('node' in f) return s.nodes.some((n) => norm(n.name) === norm(f.node) && (f.parent === undefined || n.ancestors.map(norm).includes(norm(f.parent))));
  if ('measure' in f) return s.measures.some((x) => norm(x.m.name) === norm(f.measure) && (f.parent === undefined || x.ancestors.map(norm).includes(norm(f.parent))));
  return s.measures.some((x) => {
    if (norm(x.m.name) !== norm(f.of)) return false;
    if (f.kind === 'baseline') return norm(x.m.baseline ?? '') === norm(f.value);
    const cells = f.kind === 'outcome' ? x.m.outcomes : x.m.targets;
    return f.key === undefined ? Object.values(cells).some((v) => norm(v) === norm(f.value)) : norm(cells[f.key] ?? '') === norm(f.value);
  });
}

/** Every text the proposal shows that must be the document's own. */
function shownTexts(p: Proposal): string[] {
  const s = seen(p);
  return [
    ...(p.title ? [p.title] : []),
    ...s.nodes.map((n) => n.name),
    ...s.measures.flatMap(({ m }) => [m.name, m.baseline, m.unit, m.source, m.period, m.responsible, ...Object.values(m.targets), ...Object.values(m.outcomes)].filter((v): v is string => v !== undefined)),
  ];
}

describe('the extraction corpus: twelve real documents of Swedish and Danish regions and municipalities', () => {
  const results: { id: string; facts: number; found: number; invented: string[]; missed: Fact[] }[] = [];

  for (const doc of CORPUS) {
    it(`${doc.id} (${doc.format}): ${doc.shape}`, async () => {
      const file = await corpusFile(doc);
      const { blocks } = await readDocument(file.bytes, file.name);
      const proposal = proposeStructure(blocks);
      const source = norm(file.sourceText);
      const invented = shownTexts(proposal).filter((t) => !source.includes(norm(t)));
      const facts = EXPECTED[doc.id] ?? [];
      const missed = facts.filter((f) => !found(f, seen(proposal)));
      results.push({ id: doc.id, facts: facts.length, found: facts.length - missed.length, invented, missed });
      expect(invented).toEqual([]);
      // PDF.js and exceljs on a machine shared with other suites: room beyond the default 5 s.
    }, 30_000);
  }

  it('finds at least 80 % of what a reader sees, under the right parent, and invents nothing', () => {
    expect(results).toHaveLength(CORPUS.length);
    const facts = results.reduce((n, r) => n + r.facts, 0);
    const foundCount = results.reduce((n, r) => n + r.found, 0);
    const invented = results.reduce((n, r) => n + r.invented.length, 0);
    const share = foundCount / facts;
    const lines = results.map((r) => `  ${r.id.padEnd(34)} ${String(r.found).padStart(3)}/${String(r.facts).padEnd(3)} invented ${r.invented.length}${r.missed.length ? `  missed: ${r.missed.map((f) => ('node' in f ? f.node : 'measure' in f ? f.measure : `${f.of} ${f.key}`).slice(0, 40)).join('; ')}` : ''}`);
    console.log(`Extraction corpus: ${foundCount} of ${facts} facts found (${(share * 100).toFixed(1)} %), ${invented} invented\n${lines.join('\n')}`);
    expect(invented).toBe(0);
    expect(share).toBeGreaterThanOrEqual(0.8);
  });
});
