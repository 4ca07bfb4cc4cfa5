import { readEffectsCell } from './effects-cell';
import { readFigureTables } from './figure-tables';
import type { ImportedEdge, ImportedFocusArea, ImportedGoal, ImportedMilestone, RoadmapImportError, RoadmapParseResult } from './imported-roadmap';
import { readMilestoneCell } from './milestone-cell';
import { SEED_002_ARROWS, type SeedArrow } from './seed-002-arrows';
import { cellParagraphs, normalizeWord, sameWord, slug, words } from './text';

const TABLE_1 = /^Tabell 1\b/;
const TABLE_HEADER = /^År\tMilstolpe/;

interface TableArea {
  area: ImportedFocusArea;
  pictures: string[];
}

/** Sentences of a description that tell how one knows the milestone is reached: a dated count, or the agreement or decision it fulfils. */
export function criterionOf(description: string): string {
  return description
    .split(/(?<=\.)\s+|\n/)
    .filter((s) => /\b20\d\d\b/.test(s) || /^Enligt\b/.test(s))
    .join(' ')
    .trim();
}

/** Goal names as the figures spell them (the table writes "Bättre befolknings hälsa", the map "Bättre befolkningens hälsa"). */
function figureSpelling(name: string, figureWords: readonly string[]): string {
  return words(name)
    .map((w) => figureWords.find((f) => f !== normalizeWord(w) && sameWord(normalizeWord(w), f) && w[0] === w[0]!.toLowerCase()) ?? w)
    .join(' ');
}

function targetPicture(paragraphs: string[], goals: readonly string[]): string {
  return paragraphs
    .flatMap((p) => p.split(/\s*•\s*/))
    .map((p) => p.trim())
    .filter((p) => p && !goals.some((g) => normalizeWord(g) === normalizeWord(p)))
    .join('\n');
}

/**
 * Parses seed 002's text (Region Skåne, "Förändrings- och genomförandeplan för Framtidens
 * hälsosystem") into a strategic map: groups and focus areas from the figures' map tables,
 * milestones with year, description, criterion and tagged effects from Tabell 1, the target
 * picture per focus area, the overall effect goals, and the documented starting arrows.
 * All or nothing: any problem rejects the whole text with every problem and its line.
 */
export function parseRoadmapText(text: string, arrows: readonly SeedArrow[] = SEED_002_ARROWS): RoadmapParseResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const errors: RoadmapImportError[] = [];
  const titleLine = lines.findIndex((l) => /\b\d{4}\s*[-–]\s*\d{4}\b/.test(l));
  const years = titleLine >= 0 ? /(\d{4})\s*[-–]\s*(\d{4})/.exec(lines[titleLine]!)! : null;
  if (!years) errors.push({ line: 1, message: 'Planens rubrik med period (t.ex. "… 2022-2025") saknas.' });
  const tableStart = lines.findIndex((l) => TABLE_1.test(l.trim()));
  if (tableStart < 0) errors.push({ line: lines.length, message: 'Tabell 1 (milstolpar och effekter) saknas.' });
  const figures = readFigureTables(tableStart < 0 ? lines : lines.slice(0, tableStart), errors);
  if (figures.length === 0) errors.push({ line: 1, message: 'Den strategiska kartan (tabell med "Insatsområde" och år) saknas.' });
  if (errors.length > 0) return { ok: false, errors };

  const areas: TableArea[] = [];
  let goals: string[] = [];
  let current: TableArea | null = null;
  const rows: { cells: string[]; line: number; area: TableArea }[] = [];
  for (let i = tableStart + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || TABLE_HEADER.test(line)) continue;
    const cells = line.split('\t');
    const year = (cells[1] ?? '').trim();
    if (!/^\d{4}$/.test(year)) {
      errors.push({ line: i + 1, message: `Raden i Tabell 1 saknar år i andra kolumnen (fann "${year.slice(0, 40)}").` });
      continue;
    }
    const name = cells[0]!.trim();
    if (name) {
      current = { area: { key: slug(name, 40), name, targetPicture: '', milestones: [], sourceLine: i + 1 }, pictures: [] };
      areas.push(current);
    }
    if (!current) {
      errors.push({ line: i + 1, message: 'Första raden i Tabell 1 anger inget insatsområde.' });
      continue;
    }
    if (goals.length === 0 && cells[5]?.trim()) goals = cellParagraphs(cells[5]);
    if (cells[4]?.trim()) current.pictures.push(...cellParagraphs(cells[4]));
    rows.push({ cells, line: i + 1, area: current });
  }
  const figureRowsByArea = (index: number): string[][] => figures.map((t) => t[index]?.words ?? []);
  for (const [k, table] of figures.entries()) {
    if (table.length !== areas.length) {
      errors.push({ line: table[0]?.line ?? 1, message: `Karta ${k + 1} har ${table.length} insatsområden men Tabell 1 har ${areas.length}.` });
    }
  }
  if (goals.length === 0) errors.push({ line: tableStart + 1, message: 'Tabell 1 anger inga övergripande effektmål.' });
  if (errors.length > 0) return { ok: false, errors };

  const usedKeys = new Set<string>();
  for (const row of rows) {
    const index = areas.indexOf(row.area);
    const milestones = readMilestoneCell(row.cells[2] ?? '', figureRowsByArea(index));
    if (milestones.length === 0) {
      errors.push({ line: row.line, message: 'Raden i Tabell 1 saknar milstolpe.' });
      continue;
    }
    const effects = readEffectsCell(row.cells[3] ?? '');
    const year = Number(row.cells[1]!.trim());
    for (const m of milestones) {
      const unscheduled = /\*$/.test(m.title) || /saknas tidplan/i.test(m.description);
      const title = m.title.replace(/[*.]+$/, '').trim();
      let key = `${row.area.area.key}/${slug(title, 48)}`;
      for (let n = 2; usedKeys.has(key); n++) key = `${row.area.area.key}/${slug(title, 48)}-${n}`;
      usedKeys.add(key);
      const milestone: ImportedMilestone = {
        key,
        title,
        year: unscheduled ? null : year,
        tentativeYear: unscheduled ? year : null,
        description: m.description,
        criterion: criterionOf(m.description),
        // Milestones sharing one row of the table share its effects, as the text does.
        effects: effects.map((e) => ({ ...e, tags: [...e.tags] })),
        sourceLine: row.line,
      };
      row.area.area.milestones.push(milestone);
    }
  }
  const figureGoalWords = figures.flatMap((t) => t.flatMap((r) => words(r.goalText).map(normalizeWord)));
  const goalList: ImportedGoal[] = goals.map((g) => {
    const name = figureSpelling(g, figureGoalWords);
    return { key: slug(name, 40), name };
  });
  for (const a of areas) a.area.targetPicture = targetPicture(a.pictures, goals);

  const groups: { name: string; focusAreas: ImportedFocusArea[] }[] = [];
  areas.forEach((a, i) => {
    const group = figures[0]![i]!.group;
    const last = groups.at(-1);
    if (last && last.name === group) last.focusAreas.push(a.area);
    else groups.push({ name: group, focusAreas: [a.area] });
  });
  const edges = resolveArrows(arrows, areas.flatMap((a) => a.area.milestones), goalList, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, roadmap: { title: lines[titleLine]!.trim(), startYear: Number(years![1]), endYear: Number(years![2]), groups, goals: goalList, edges } };
}

function resolveArrows(arrows: readonly SeedArrow[], milestones: ImportedMilestone[], goals: ImportedGoal[], errors: RoadmapImportError[]): ImportedEdge[] {
  const byTitle = new Map(milestones.map((m) => [m.title, m.key]));
  const goalByName = new Map(goals.map((g) => [g.name, g.key]));
  const out: ImportedEdge[] = [];
  for (const a of arrows) {
    const from = byTitle.get(a.from);
    const to = a.toGoal ? goalByName.get(a.to) : byTitle.get(a.to);
    if (!from || !to) {
      errors.push({ line: 0, message: `Startpilen "${a.from}" → "${a.to}" pekar på en milstolpe eller ett mål som inte finns i texten.` });
      continue;
    }
    out.push({ from, to, toGoal: !!a.toGoal, kind: a.kind, because: a.because });
  }
  return out;
}

