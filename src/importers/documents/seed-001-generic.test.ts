import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexBlocks } from '../../domain/extraction/blocks';
import { proposeStructure } from '../../domain/extraction/propose';
import type { ProposedMeasure, ProposedNode } from '../../domain/extraction/proposal';
import { getTemplate } from '../../domain/model/templates';
import { extractMarks } from '../plan-text/footnotes';
import type { ImportedMeasure, ImportedNode } from '../plan-text/imported-plan';
import { parsePlanText } from '../plan-text/parse-plan-text';
import { SEED_001_PROFILE } from './profiles/seed-001';
import { readText } from './read-text';

/**
 * Seed 001 through the generic path (text reader → blocks → proposal with the seed-001 profile)
 * gives the seed-001 importer's tree and its 58 measures, every cell. The generic path keeps names
 * verbatim, footnote marks included; the importer moves the marks into footnotes, so the
 * comparison takes them off the same way (extractMarks) before comparing.
 */
const seed = readFileSync('/work/shared/seeds/001_c0ac15c80a7442ce.txt', 'utf8');

interface Flat {
  path: string;
  measures: string[];
}

const measureLine = (name: string, baseline: string, targets: [string, string][], source: string, period: string) =>
  JSON.stringify({ name, baseline, targets: targets.filter(([, t]) => t !== ''), source, period });

function flattenImported(nodes: ImportedNode[], path: string[] = []): Flat[] {
  return nodes.flatMap((n) => {
    const here = [...path, `${n.levelKey}:${n.title}`];
    const ms = n.measures.map((m: ImportedMeasure) =>
      measureLine(m.name, m.baselineText, m.targets.map((t) => [String(t.year), t.text]), m.source, m.periodsText),
    );
    return [{ path: here.join(' > '), measures: ms }, ...flattenImported(n.children, here)];
  });
}

function flattenGeneric(nodes: ProposedNode[], path: string[] = []): Flat[] {
  return nodes.flatMap((n) => {
    const here = [...path, `${n.level}:${n.name}`];
    const ms = n.measures.map((m: ProposedMeasure) =>
      measureLine(extractMarks(m.name).text, extractMarks(m.baseline ?? '').text, Object.entries(m.targets), m.source ?? '', m.period ?? ''),
    );
    return [{ path: here.join(' > '), measures: ms }, ...flattenGeneric(n.children, here)];
  });
}

describe('seed 001 through the generic extraction path', () => {
  const imported = parsePlanText(seed, getTemplate('norrbotten'));
  if ('errors' in imported) throw new Error('the seed-001 importer rejected seed 001');
  const proposal = proposeStructure(indexBlocks(readText(seed)), SEED_001_PROFILE);

  it('gives the same tree of perspectives, strategic goals and success factors', () => {
    expect(flattenGeneric(proposal.nodes).map((f) => f.path)).toEqual(flattenImported(imported.plan.nodes).map((f) => f.path));
  });

  it('gives the same 58 measures under the same nodes, every cell', () => {
    const generic = flattenGeneric(proposal.nodes);
    const expected = flattenImported(imported.plan.nodes);
    expect(expected.flatMap((f) => f.measures)).toHaveLength(58);
    expect(generic).toEqual(expected);
    expect(proposal.measures).toEqual([]);
  });

  it('reads the title and the plan years', () => {
    expect(proposal.title).toBe(imported.plan.title);
    expect(proposal.years).toEqual({ start: imported.plan.startYear, end: imported.plan.endYear });
  });
});
