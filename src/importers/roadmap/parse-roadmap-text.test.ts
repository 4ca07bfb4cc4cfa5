import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEdge } from '../../domain/roadmap/graph';
import type { MapEdge } from '../../domain/roadmap/types';
import type { ImportedRoadmap } from './imported-roadmap';
import { parseRoadmapText } from './parse-roadmap-text';

const SEED = readFileSync(join(process.cwd(), 'data', 'seeds', 'skane-framtidens-halsosystem-2022-2025.txt'), 'utf8');

function parsed(): ImportedRoadmap {
  const result = parseRoadmapText(SEED);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.roadmap;
}
const map = parsed();
const areas = map.groups.flatMap((g) => g.focusAreas);
const milestones = areas.flatMap((a) => a.milestones);
const milestone = (title: string) => milestones.find((m) => m.title === title)!;

/** Counts per focus area and year (null = "Inväntar tidplan"), read by hand from Tabell 1 of seed 002. */
const COUNTS: Record<string, Record<string, number>> = {
  'Personcentrerat arbetssätt': { 2022: 3, 2023: 2 },
  'Hälsofrämjande och förebyggande insatser': { 2022: 4, 2023: 4 },
  'Nära Vård': { 2022: 3, 2023: 3, 2025: 1 },
  'Nivåstrukturering och profilering': { 2022: 2, 2023: 1 },
  Medarbetare: { 2022: 2, 2023: 3 },
  Digitalisering: { 2022: 2, 2023: 1, null: 1 },
  'Fysisk infrastruktur': { 2022: 1, 2023: 1 },
};

describe('parseRoadmapText on seed 002', () => {
  it('reads the title and the plan period', () => {
    expect(map.title).toBe('Förändrings- och genomförandeplan för Framtidens hälsosystem 2022-2025');
    expect([map.startYear, map.endYear]).toEqual([2022, 2025]);
  });
  it('finds the seven focus areas in their three groups', () => {
    expect(map.groups.map((g) => [g.name, g.focusAreas.map((a) => a.name)])).toEqual([
      ['Arbetsätt/processer', ['Personcentrerat arbetssätt', 'Hälsofrämjande och förebyggande insatser']],
      ['Organisation/styrning', ['Nära Vård', 'Nivåstrukturering och profilering']],
      ['Förutsättningar', ['Medarbetare', 'Digitalisering', 'Fysisk infrastruktur']],
    ]);
  });
  it('finds every milestone per focus area and year, 34 in all', () => {
    const counts: Record<string, Record<string, number>> = {};
    for (const a of areas) {
      counts[a.name] = {};
      for (const m of a.milestones) counts[a.name]![String(m.year)] = (counts[a.name]![String(m.year)] ?? 0) + 1;
    }
    expect(counts).toEqual(COUNTS);
    expect(milestones).toHaveLength(34);
    expect(new Set(milestones.map((m) => m.key)).size).toBe(34);
  });
  it('splits titles from descriptions, also where two milestones share a cell', () => {
    expect(areas[0]!.milestones.map((m) => m.title)).toEqual([
      'Modell för invånarinvolvring',
      'Stödstruktur för invånarinvolvring',
      'Personcentrerade och sammanhållna vårdförlopp integrerade i den kliniska vardagen',
      'Uppföljningsverktyg för invånarnas upplevelser, synpunkter och förslag',
      'Patientkontrakt',
    ]);
    expect(milestone('Stödstruktur för invånarinvolvring').description).toMatch(/^För att möjliggöra invånarinvolvring/);
    expect(milestone('Lokala Programområden (LPO) och ett Lokalt Primärvårdsråd (LPR) är inrättade').description).toMatch(/^Ämnesorienterade LPO/);
    expect(milestone('Ersättningsmodell som främjar omställningen till Nära Vård').description).toMatch(/^Modellen ska vara enkel/);
    expect(milestone('Hälsovårdsprogram Bättre hälsa för äldre').description).toMatch(/^För att skapa förutsättningar/);
    expect(milestone('Gemensam definition av nivåer och roller i FHS').description).toMatch(/^Definition av hälso-/);
    expect(milestone('Process och struktur för regional nivåstrukturering').description).toMatch(/^En tydlig process/);
    expect(milestone('Patientkontrakt').description).toContain('\nEnligt avtal om ansvarsfördelning');
  });
  it('marks SDV as not yet scheduled, placed in 2024 for now', () => {
    const sdv = milestone('SDV infört');
    expect([sdv.year, sdv.tentativeYear]).toEqual([null, 2024]);
    expect(milestones.filter((m) => m.year === null)).toHaveLength(1);
  });
  it('reads the short-term effects with their inv/sys/vsh tags', () => {
    expect(milestone('Patientkontrakt').effects).toEqual([
      { text: 'Tryggare patient', tags: ['inv'] },
      { text: 'Effektivare vård', tags: ['sys', 'vsh'] },
      { text: 'Samverkan mellan olika vårdande organisationer underlättas', tags: ['sys', 'vsh'] },
    ]);
    expect(milestone('Beslut om Regiongemensam strategi för utveckling och lärande').effects[1]!.tags).toEqual(['sys', 'vsh']);
    expect(milestone('Ersättningsmodell som främjar omställningen till Nära Vård').effects[1]!.tags).toEqual(['inv', 'sys', 'vsh']);
    expect(milestone('Modell för samlad virtuell vård').effects.every((e) => e.tags.length === 0)).toBe(true);
    expect(milestones.every((m) => m.effects.length > 0)).toBe(true);
  });
  it('tells how one knows a milestone is reached where the text says', () => {
    expect(milestone('Personcentrerade och sammanhållna vårdförlopp integrerade i den kliniska vardagen').criterion).toBe(
      '28 personcentrerade sammanhållna vårdförlopp är integrerade i den kliniska vardagen under 2022.',
    );
    expect(milestone('Ledarskapsakademi är inrättad').criterion).toBe('Enligt RD-beslut i januari 2021.');
  });
  it('reads the target picture (målbild) of every focus area, without the goals', () => {
    expect(areas.map((a) => a.targetPicture.split('\n')[0])).toEqual([
      'Personen i sin livssituation är den viktigaste aktören i hälsosystemet.',
      'Invånare har en ljus framtidssyn och bra självskattad hälsa oavsett livssituation',
      'Nära vård är ett förhållningssätt som bygger på tillitsfulla och ömsesidiga relationer',
      expect.stringMatching(/^Framtidens hälsosystem erbjuder en tydlig utbudsstruktur/),
      'Styrning, ledarskap, kultur och arbetssätt präglas av mod, tillit, utveckling och lärande',
      expect.stringMatching(/^I Framtidens hälsosystem finns digitala möjligheter/),
      expect.stringMatching(/^I Framtidens hälsosystem finns en anpassningsbar fysisk infrastruktur/),
    ]);
    expect(areas[2]!.targetPicture).toContain('Personen upplever trygghet och kontinuitet');
    expect(areas[4]!.targetPicture).not.toContain('Effektiva processer');
  });
  it('reads the five effect goals in the map’s spelling', () => {
    expect(map.goals.map((g) => g.name)).toEqual([
      'Bättre befolkningens hälsa',
      'Bättre upplevelse för patienter och medarbetare',
      'Bättre kvalitet',
      'Ökad tillgänglighet',
      'Effektiva processer',
    ]);
  });
  it('ships the documented starting arrows, acyclic, each with its reason', () => {
    expect(map.edges).toHaveLength(19);
    const toPlan = map.edges.filter((e) => e.to === milestone('Handlingsplan för God och Nära Vård är genomförd').key);
    expect(toPlan).toHaveLength(5);
    const accepted: MapEdge[] = [];
    for (const e of map.edges) {
      expect(checkEdge(milestones.map((m) => ({ ...m, focusAreaKey: '' })), accepted, e, map.goals.map((g) => g.key))).toBeNull();
      expect(e.because.length).toBeGreaterThan(20);
      accepted.push(e);
    }
  });
});

describe('parseRoadmapText rejects bad input whole', () => {
  it('names the line of a row without a year', () => {
    const lines = SEED.split('\n');
    const i = lines.findIndex((l) => l.startsWith('Medarbetare\t2022'));
    lines[i] = lines[i]!.replace('\t2022\t', '\ttjugotjugotvå\t');
    const result = parseRoadmapText(lines.join('\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ line: i + 1, message: 'Raden i Tabell 1 saknar år i andra kolumnen (fann "tjugotjugotvå").' });
  });
  it('refuses a text cut before Tabell 1', () => {
    const result = parseRoadmapText(SEED.slice(0, SEED.indexOf('Tabell 1.')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message)).toContain('Tabell 1 (milstolpar och effekter) saknas.');
  });
  it('refuses a table that lost a focus area, saying which figure disagrees', () => {
    const lines = SEED.split('\n');
    const start = lines.findIndex((l) => l.startsWith('Fysisk infrastruktur\t2022'));
    const result = parseRoadmapText(lines.slice(0, start).join('\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toBe('Karta 1 har 7 insatsområden men Tabell 1 har 6.');
  });
  it('never throws, on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseRoadmapText(text);
        expect(result.ok).toBe(false);
      }),
    );
  });
  it('never throws when lines of the seed go missing, and says why when it refuses (property)', () => {
    const lines = SEED.split('\n');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: lines.length - 1 }), { minLength: 1, maxLength: 4 }), (drop) => {
        const result = parseRoadmapText(lines.filter((_, i) => !drop.includes(i)).join('\n'));
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});
