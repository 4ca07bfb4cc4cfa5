import { describe, expect, it } from 'vitest';
import { LAYOUT, layoutMap, wrapText } from './layout';
import { renderMapSvg } from './render-svg';
import type { MapEdge, MapMilestone } from './types';

const focusAreas = [
  { key: 'person', name: 'Personcentrerat arbetssätt', groupName: 'Arbetsätt/processer' },
  { key: 'nara', name: 'Nära Vård', groupName: 'Organisation/styrning' },
  { key: 'niva', name: 'Nivåstrukturering och profilering', groupName: 'Organisation/styrning' },
];
const M = (key: string, title: string, focusAreaKey: string, year: number | null): MapMilestone => ({ key, title, focusAreaKey, year });
const milestones = [
  M('kontrakt', 'Patientkontrakt', 'person', 2023),
  M('modell', 'Modell för invånarinvolvring', 'person', 2022),
  M('stod', 'Stödstruktur för invånarinvolvring', 'person', 2022),
  M('definition', 'Gemensam definition av nivåer och roller i FHS', 'nara', 2022),
  M('handlingsplan', 'Handlingsplan för God och Nära Vård är genomförd', 'nara', 2025),
  M('karta', 'Hälso- och vårdutbudskarta', 'niva', 2023),
  M('sdv', 'SDV infört', 'nara', null),
];
const edges: MapEdge[] = [
  { from: 'stod', to: 'modell', kind: 'enables' },
  { from: 'definition', to: 'karta', kind: 'enables' },
  { from: 'kontrakt', to: 'handlingsplan', kind: 'enables' },
  { from: 'karta', to: 'tillganglighet', toGoal: true, kind: 'leads-to' },
];
const goals = [{ key: 'tillganglighet', name: 'Ökad tillgänglighet' }];
const layout = layoutMap({ focusAreas, milestones, goals, edges, fromYear: 2022, toYear: 2025 });
const card = (key: string) => layout.cards.find((c) => c.key === key)!;

describe('layoutMap', () => {
  it('makes year columns in order, then "Inväntar tidplan", then the goals', () => {
    expect(layout.columns.map((c) => c.key)).toEqual(['2022', '2023', '2024', '2025', 'unscheduled', 'goals']);
    const xs = layout.columns.map((c) => c.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    layout.columns.slice(1).forEach((c, i) => expect(c.x).toBe(layout.columns[i]!.x + layout.columns[i]!.width));
  });
  it('keeps a year without milestones on the axis, narrow', () => {
    const widths = Object.fromEntries(layout.columns.map((c) => [c.key, c.width]));
    expect(widths['2024']).toBe(LAYOUT.emptyColumnWidth);
    expect(widths['2023']).toBe(LAYOUT.columnWidth);
  });
  it('places cards left to right by year and the unscheduled one after the last year', () => {
    expect(card('modell').x).toBeLessThan(card('kontrakt').x);
    expect(card('definition').x).toBeLessThan(card('karta').x);
    expect(card('handlingsplan').x).toBeLessThan(card('sdv').x);
  });
  it('keeps focus areas as rows in their order, grouped under their headings', () => {
    expect(layout.rows.map((r) => r.focusAreaKey)).toEqual(['person', 'nara', 'niva']);
    expect(layout.groups.map((g) => g.name)).toEqual(['Arbetsätt/processer', 'Organisation/styrning']);
    const [person, nara, niva] = layout.rows;
    expect(card('modell').y).toBeGreaterThanOrEqual(person!.y);
    expect(card('sdv').y).toBeGreaterThanOrEqual(nara!.y);
    expect(card('karta').y).toBeGreaterThanOrEqual(niva!.y);
    expect(layout.groups[1]!.height).toBe(nara!.height + niva!.height);
  });
  it('stacks cards in a cell without overlap, a milestone below the one that enables it', () => {
    expect(card('stod').x).toBe(card('modell').x);
    expect(card('stod').y + card('stod').height + LAYOUT.cardGap).toBe(card('modell').y);
  });
  it('draws one path per edge, to goals too, from the source’s right side', () => {
    expect(layout.edges).toHaveLength(4);
    const toGoal = layout.edges.find((e) => e.toGoal)!;
    expect(toGoal.path.startsWith(`M ${card('karta').x + card('karta').width} `)).toBe(true);
  });
  it('renders an SVG that names late milestones in text', () => {
    const svg = renderMapSvg(layout, new Map([['kontrakt', 'late']]), { title: 'Karta', unscheduled: 'Inväntar tidplan', goals: 'Effektmål', late: 'Försenad', reached: 'Uppnådd' });
    expect(svg).toContain('FÖRSENAD');
    expect(svg).toContain('Inväntar tidplan');
    expect(svg.match(/marker-end/g)).toHaveLength(4);
    expect(svg.match(/stroke-dasharray="6 4"/g)).toHaveLength(1);
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries and caps the line count', () => {
    expect(wrapText('Handlingsplan för God och Nära Vård är genomförd', 25)).toEqual(['Handlingsplan för God och', 'Nära Vård är genomförd']);
    expect(wrapText('a b c d e f g h', 1, 3)).toEqual(['a', 'b', 'c …']);
  });
});
