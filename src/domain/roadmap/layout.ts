import { topologicalOrder } from './graph';
import type { EdgeKind, MapEdge, MapFocusArea, MapGoal, MapMilestone } from './types';

/** Geometry in SVG user units; the web map and the server's SVG/PDF use the same numbers. */
export const LAYOUT = {
  groupLabelWidth: 34,
  rowLabelWidth: 170,
  columnWidth: 214,
  /** A year without milestones stays on the time axis, narrow. */
  emptyColumnWidth: 96,
  cardWidth: 190,
  goalWidth: 180,
  headerHeight: 44,
  lineHeight: 15,
  cardPadding: 8,
  cardGap: 10,
  rowPadding: 12,
  charsPerLine: 25,
  maxLines: 5,
} as const;

export interface LayoutColumn {
  /** A year, 'unscheduled' or 'goals'. */
  key: string;
  year: number | null;
  x: number;
  width: number;
}

export interface LayoutRow {
  focusAreaKey: string;
  name: string;
  groupName: string;
  y: number;
  height: number;
}

export interface LayoutGroup {
  name: string;
  y: number;
  height: number;
}

export interface LayoutBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface LayoutEdge {
  from: string;
  to: string;
  toGoal: boolean;
  kind: EdgeKind;
  /** An SVG path from the source card's right side to the target's left side (or round the side within a column). */
  path: string;
}

export interface MapLayout {
  width: number;
  height: number;
  columns: LayoutColumn[];
  rows: LayoutRow[];
  groups: LayoutGroup[];
  cards: LayoutBox[];
  goals: LayoutBox[];
  edges: LayoutEdge[];
}

/** Breaks a title into lines of at most `width` characters (a longer word gets a line of its own); caps the line count with "…". */
export function wrapText(text: string, width: number = LAYOUT.charsPerLine, maxLines: number = LAYOUT.maxLines): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]} …`;
    return kept;
  }
  return lines;
}

const boxHeight = (lines: number) => LAYOUT.cardPadding * 2 + lines * LAYOUT.lineHeight;

/** The map's year columns: every year from `fromYear` to `toYear` and any milestone's year, then "Inväntar tidplan" when needed, then the goals. */
export function mapColumns(milestones: readonly MapMilestone[], fromYear: number, toYear: number, hasGoals: boolean): LayoutColumn[] {
  const years = milestones.map((m) => m.year).filter((y): y is number => y !== null);
  const first = Math.min(fromYear, ...years);
  const last = Math.max(toYear, ...years);
  const columns: LayoutColumn[] = [];
  let x = LAYOUT.groupLabelWidth + LAYOUT.rowLabelWidth;
  const add = (key: string, year: number | null, width: number) => {
    columns.push({ key, year, x, width });
    x += width;
  };
  for (let y = first; y <= last; y++) add(String(y), y, years.includes(y) ? LAYOUT.columnWidth : LAYOUT.emptyColumnWidth);
  if (milestones.some((m) => m.year === null)) add('unscheduled', null, LAYOUT.columnWidth);
  if (hasGoals) add('goals', null, LAYOUT.goalWidth + 24);
  return columns;
}

function edgePath(from: LayoutBox, to: LayoutBox): string {
  const sameColumn = Math.abs(from.x - to.x) < 1;
  if (sameColumn) {
    // Round the right-hand side, so the arrow does not cross the cards between them.
    const x = from.x + from.width;
    const y1 = from.y + from.height / 2;
    const y2 = to.y + to.height / 2;
    const bulge = 18 + Math.min(40, Math.abs(y2 - y1) / 6);
    return `M ${x} ${y1} C ${x + bulge} ${y1}, ${x + bulge} ${y2}, ${x + 2} ${y2}`;
  }
  const x1 = from.x + from.width;
  const y1 = from.y + from.height / 2;
  const x2 = to.x - 2;
  const y2 = to.y + to.height / 2;
  const dx = Math.max(30, Math.abs(x2 - x1) / 2);
  return `M ${x1} ${y1} C ${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`;
}

export interface LayoutInput {
  focusAreas: readonly MapFocusArea[];
  milestones: readonly MapMilestone[];
  goals: readonly MapGoal[];
  edges: readonly MapEdge[];
  fromYear: number;
  toYear: number;
}

/**
 * Lays the map out: focus areas as rows in their groups' order, years as columns (unscheduled
 * after the last year, goals last), cards stacked within a cell so that a milestone stands
 * below those in its cell that lead to it.
 */
export function layoutMap(input: LayoutInput): MapLayout {
  const columns = mapColumns(input.milestones, input.fromYear, input.toYear, input.goals.length > 0);
  const columnOf = (year: number | null) => columns.find((c) => (year === null ? c.key === 'unscheduled' : c.year === year))!;
  const order = new Map(topologicalOrder(input.milestones, input.edges).map((m, i) => [m.key, i]));
  const rows: LayoutRow[] = [];
  const cards: LayoutBox[] = [];
  let y: number = LAYOUT.headerHeight;
  for (const area of input.focusAreas) {
    const inArea = input.milestones.filter((m) => m.focusAreaKey === area.key);
    let tallest = 0;
    for (const column of columns) {
      if (column.key === 'goals') continue;
      const inCell = inArea.filter((m) => columnOf(m.year) === column).sort((a, b) => order.get(a.key)! - order.get(b.key)!);
      let cy = y + LAYOUT.rowPadding;
      for (const m of inCell) {
        const lines = wrapText(m.title);
        const height = boxHeight(lines.length);
        cards.push({ key: m.key, x: column.x + (column.width - LAYOUT.cardWidth) / 2, y: cy, width: LAYOUT.cardWidth, height, lines });
        cy += height + LAYOUT.cardGap;
      }
      tallest = Math.max(tallest, cy - y - LAYOUT.cardGap + LAYOUT.rowPadding);
    }
    const height = Math.max(tallest, 56);
    rows.push({ focusAreaKey: area.key, name: area.name, groupName: area.groupName, y, height });
    y += height;
  }
  const groups: LayoutGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.name === row.groupName) last.height += row.height;
    else groups.push({ name: row.groupName, y: row.y, height: row.height });
  }
  const goalColumn = columns.find((c) => c.key === 'goals');
  const goals: LayoutBox[] = [];
  if (goalColumn) {
    const boxes = input.goals.map((g) => ({ g, lines: wrapText(g.name, 24, 3) }));
    const total = boxes.reduce((s, b) => s + boxHeight(b.lines.length), 0) + (boxes.length - 1) * 24;
    let gy = LAYOUT.headerHeight + Math.max(LAYOUT.rowPadding, (y - LAYOUT.headerHeight - total) / 2);
    for (const { g, lines } of boxes) {
      const height = boxHeight(lines.length);
      goals.push({ key: g.key, x: goalColumn.x + 12, y: gy, width: LAYOUT.goalWidth, height, lines });
      gy += height + 24;
    }
    y = Math.max(y, gy);
  }
  const cardByKey = new Map(cards.map((c) => [c.key, c]));
  const goalByKey = new Map(goals.map((g) => [g.key, g]));
  const edges: LayoutEdge[] = [];
  for (const e of input.edges) {
    const from = cardByKey.get(e.from);
    const to = e.toGoal ? goalByKey.get(e.to) : cardByKey.get(e.to);
    if (from && to) edges.push({ from: e.from, to: e.to, toGoal: !!e.toGoal, kind: e.kind, path: edgePath(from, to) });
  }
  const last = columns.at(-1);
  const width = last ? last.x + last.width : LAYOUT.groupLabelWidth + LAYOUT.rowLabelWidth;
  return { width, height: y + 8, columns, rows, groups, cards, goals, edges };
}
