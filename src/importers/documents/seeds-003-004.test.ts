import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexBlocks } from '../../domain/extraction/blocks';
import { checkDraft } from '../../domain/extraction/draft';
import { proposeGovernanceModel } from '../../domain/extraction/governance-proposal';
import { proposeStructure } from '../../domain/extraction/propose';
import { matchProposedLevels, shippedModelFor } from '../../domain/extraction/proposed-model-match';
import { matchModel, nameLevels } from '../../domain/extraction/name-levels';
import { GOVERNANCE_TEMPLATES, getTemplate } from '../../domain/model/templates';
import { SEED_003_PROFILE } from './profiles/seed-003';
import { isDateline, readText } from './read-text';

const seed = (name: string) => indexBlocks(readText(readFileSync(`/work/shared/seeds/${name}`, 'utf8')));

describe('seed 003: Region Midtjylland Strategispor through the generic path', () => {
  const model = getTemplate('midtjylland');
  const proposal = proposeStructure(seed('003_e6238e10dab3368d.txt'), { ...SEED_003_PROFILE, levelOrder: model.levels.map((l) => l.key) });
  const node = (name: string) => proposal.nodes.find((n) => n.name === name);

  it('reads the health plan’s visions and the overall goals, in Danish', () => {
    expect(proposal.title).toBe('Strategispor vedr. Region Midtjyllands rolle i det nære og sammenhængende sundhedsvæsen');
    expect(node('Region Midtjyllands Sundhedsplan – Fælles ansvar for sundhed')?.children.map((c) => c.name)).toEqual([
      'På patientens præmisser',
      'Sundhed og sammenhæng – gensidig afhængighed',
      'Den bedste kvalitet – hver gang på den rigtige måde',
    ]);
    const overall = node('Overordnede mål (udtrykt i Sundhedsaftalen 2015-2018)');
    expect(overall?.children.map((c) => c.name)).toEqual(['Vi vil have mere sundhed - og sundheden skal være for alle', 'Tre fælles ambitioner:']);
    expect(overall?.children[1]?.description).toBe('- Et sundhedsvæsen på borgerens præmisser\n\n- Sundhedsløsninger tæt på borgeren\n\n- Mere lighed i sundhed');
  });

  it('reads the eight national goals', () => {
    const caps = proposal.nodes.filter((n) => n.kind === 'caps').map((n) => n.name);
    expect(caps[0]).toBe('NATIONALE MÅL : BEDRE KVALITET, SAMMENHÆNG OG GEOGRAFISK LIGHED I SUNDHEDSVÆSNET');
    expect(caps.slice(1)).toHaveLength(8);
    expect(caps).toEqual(expect.arrayContaining(['BEHANDLING AF HØJ KVALITET', 'HURTIG UDREDNING OG BEHANDLING', 'FLERE SUNDE LEVEÅR']));
    for (const goal of ['Bedre sammenhængende patientforløb', 'Styrket indsats for kronikere og ældre patienter', 'Forbedret overlevelse og patientsikkerhed', 'Øget patientinddragelse']) {
      expect(node(goal)?.level).toBe('overall-goal');
    }
  });

  it('reads the five spor as tracks with their indsatser as initiatives, and the Midtjylland model takes the draft', () => {
    const tracks = proposal.nodes.flatMap(function all(n): typeof proposal.nodes {
      return [n, ...n.children.flatMap(all)];
    }).filter((n) => n.level === 'track');
    expect(tracks.map((t) => [t.name, t.children.length])).toEqual([
      ['Fælles og integrerende samarbejdsformer', 3],
      ['Regional understøttelse af kommunale sundhedsløsninger tæt på borgerne', 3],
      ['Regionale sundhedsløsninger tæt på borgeren', 5],
      ['Proaktiv og differentieret indsats', 4],
      ['Fokus på strukturelle barrierer', 3],
    ]);
    expect(tracks[1]?.children.map((c) => c.level)).toEqual(['initiative', 'initiative', 'initiative']);
    expect(checkDraft(proposal, model).problems).toEqual([]);
  });
});

describe('seed 003 with no profile: the generic proposal under the Midtjylland model', () => {
  const model = getTemplate('midtjylland');
  const proposal = proposeStructure(seed('003_e6238e10dab3368d.txt'), { levels: {}, columns: {}, skipRows: [], cellEdits: {}, levelOrder: model.levels.map((l) => l.key) });
  const top = (name: string) => proposal.nodes.find((n) => n.name === name);

  it('keeps the health plan’s visions and the overall goals as sections with their items', () => {
    expect(top('Region Midtjyllands Sundhedsplan – Fælles ansvar for sundhed')?.children.map((c) => c.name)).toEqual([
      'På patientens præmisser',
      'Sundhed og sammenhæng – gensidig afhængighed',
      'Den bedste kvalitet – hver gang på den rigtige måde',
    ]);
    expect(top('Overordnede mål (udtrykt i Sundhedsaftalen 2015-2018)')?.children.map((c) => [c.name, c.children.length])).toEqual([
      ['Vi vil have mere sundhed - og sundheden skal være for alle', 0],
      ['Tre fælles ambitioner:', 3],
    ]);
  });

  it('puts exactly the eight national goals under the line that announces them, the banner in its description', () => {
    const national = top('8 nye nationale mål');
    expect(national?.children.map((c) => c.name)).toEqual([
      'BEDRE SAMMENHÆGENDE PATIENTFORLØB',
      'STYRKET INDSATS FOR KRONIKERE OG ÆLDRE PATIENTER',
      'FORBEDRET OVERLEVELSE OG PATIENTSIKKERHED',
      'BEHANDLING AF HØJ KVALITET',
      'HURTIG UDREDNING OG BEHANDLING',
      'ØGET PATIENTINDDRAGELSE',
      'FLERE SUNDE LEVEÅR',
      'MERE EFFEKTIVT SUNDHEDSVÆSEN',
    ]);
    expect(national?.description).toBe('NATIONALE MÅL : BEDRE KVALITET, SAMMENHÆNG OG GEOGRAFISK LIGHED I SUNDHEDSVÆSNET');
    expect(proposal.nodes.filter((n) => n.kind === 'caps')).toEqual([]);
  });

  it('names the levels by the Midtjylland model: the overall and national goals, the spor as tracks, their indsatser as initiatives', () => {
    const named = nameLevels(proposal, model);
    const at = (name: string) => named.nodes.find((n) => n.name === name);
    expect(at('Overordnede mål (udtrykt i Sundhedsaftalen 2015-2018)')?.children.map((c) => c.level)).toEqual(['overall-goal', 'overall-goal']);
    expect(at('8 nye nationale mål')?.children.map((c) => c.level)).toEqual(Array(8).fill('overall-goal'));
    const spor = named.nodes.filter((n) => n.kind === 'label Spor');
    expect(spor.map((s) => s.level)).toEqual(Array(5).fill('track'));
    expect(spor.flatMap((s) => s.children.map((c) => c.level))).toEqual(Array(18).fill('initiative'));
    // The lines that only group goals, and items under headings with no level word, keep their depth: nothing is guessed.
    expect(at('8 nye nationale mål')?.level).toBe(1);
    expect(at('Region Midtjyllands Sundhedsplan – Fælles ansvar for sundhed')?.children.map((c) => c.level)).toEqual([2, 2, 2]);
  });

  it('is recognised as a Midtjylland plan among the shipped models, and seeds 001 and 004 as theirs or none', () => {
    expect(matchModel(proposal, GOVERNANCE_TEMPLATES)?.key).toBe('midtjylland');
    expect(matchModel(proposeStructure(seed('001_c0ac15c80a7442ce.txt')), GOVERNANCE_TEMPLATES)?.key).toBe('norrbotten');
    expect(matchModel(proposeStructure(seed('004_7ee6044ce2e50620.txt')), GOVERNANCE_TEMPLATES)).toBeNull();
  });

  it('reads the five spor as siblings of the principles, each with its indsatser, and no dateline as a heading', () => {
    const spor = proposal.nodes.filter((n) => n.kind === 'label Spor');
    expect(spor.map((t) => [t.name, t.children.length])).toEqual([
      ['Fælles og integrerende samarbejdsformer', 3],
      ['Regional understøttelse af kommunale sundhedsløsninger tæt på borgerne', 3],
      ['Regionale sundhedsløsninger tæt på borgeren', 5],
      ['Proaktiv og differentieret indsats', 4],
      ['Fokus på strukturelle barrierer', 3],
    ]);
    expect(top('Principper bag Region Midtjyllands overvejelser i strategisporene')?.children).toHaveLength(3);
    expect(top('Klyngerne juni 2016')).toBeUndefined();
  });
});

describe('seed 004 with no profile: slide dates are no headings', () => {
  it('reads "15 September 12/9-01" and "Klyngerne juni 2016" as datelines, and a plan heading not', () => {
    expect(isDateline('15 September 12/9-01')).toBe(true);
    expect(isDateline('Klyngerne juni 2016')).toBe(true);
    expect(isDateline('2024-02-01')).toBe(true);
    expect(isDateline('Mål 2024')).toBe(false);
    expect(isDateline('Fokus på strukturelle barrierer')).toBe(false);
  });

  it('proposes no node from the slides’ dates and invents nothing', () => {
    const proposal = proposeStructure(seed('004_7ee6044ce2e50620.txt'));
    expect(proposal.nodes).toEqual([]);
    expect(proposal.notFound).toContain('Rubriker eller listor som kan bli planens nivåer');
  });
});

describe('seed 004: the Skåne 2002 model’s levels as a proposed governance model', () => {
  const proposed = proposeGovernanceModel(seed('004_7ee6044ce2e50620.txt'));
  const template = getTemplate('skane-2002');

  it('finds vision and mission, the four levels in order, the measures with their method and the action plan', () => {
    expect(proposed?.name).toBe('Modell för Balanserad styrning');
    expect(proposed?.statements.map((s) => s.term)).toEqual(['Vision', 'Verksamhetsidé']);
    expect(proposed?.levels.map((l) => [l.term, l.carriesMeasures])).toEqual([
      ['Perspektiv', false],
      ['Strategiska mål', false],
      ['Framgångsfaktorer', false],
      ['Mätbara mål', true],
    ]);
    expect(proposed?.levels[2]?.text).toBe('Vad är viktigt för oss att göra bra?');
    expect(proposed?.measureKind?.term).toBe('Mätetal & mätmetod');
    expect(proposed?.actions?.term).toBe('Handlingsplan');
    expect(proposed?.starters).toEqual([{ level: 'Perspektiv', names: ['Hälsa', 'Kund', 'Process', 'Utveckling', 'Ekonomi'] }]);
  });

  it('matches the Skåne 2002 template the product ships: as many levels, measures on the last', () => {
    expect(proposed?.levels).toHaveLength(template.levels.length);
    expect(template.levels.map((l) => l.carriesMeasures)).toEqual(proposed?.levels.map((l) => l.carriesMeasures));
    expect(template.levels.map((l) => l.name.sv)).toEqual(['Perspektiv', 'Strategiskt mål', 'Framgångsfaktor', 'Mätbart mål']);
  });
});

describe('seed 004: the proposed model beside the organisation’s', () => {
  const proposed = proposeGovernanceModel(seed('004_7ee6044ce2e50620.txt'))!;

  it('is the Skåne 2002 model the product ships, level for level', () => {
    expect(shippedModelFor(proposed, GOVERNANCE_TEMPLATES)?.key).toBe('skane-2002');
  });

  it('maps its levels onto Norrbotten’s three by their names, the one Norrbotten lacks to none', () => {
    expect(matchProposedLevels(proposed, getTemplate('norrbotten').levels)).toEqual([
      { term: 'Perspektiv', kind: 'label Perspektiv', levelKey: 'perspective' },
      { term: 'Strategiska mål', kind: 'label Strategiska mål', levelKey: 'goal' },
      { term: 'Framgångsfaktorer', kind: 'label Framgångsfaktorer', levelKey: 'success-factor' },
      { term: 'Mätbara mål', kind: 'label Mätbara mål', levelKey: null },
    ]);
  });
});
