import type { Block, HeadingBlock, ListItemBlock, TableBlock } from './blocks';
import { classifyHeaderRow, isMeasureHeader, type MeasureField } from './columns';
import { foldCountBanners } from './count-banner';
import { removeJunk } from './junk';
import { EMPTY_MAPPING, type ExtractionMapping, SKIP } from './mapping';
import type { Proposal, ProposedMeasure, ProposedNode } from './proposal';

/**
 * Reads neutral blocks as a plan: headings and list items become nodes, ranked by their kind,
 * measure tables become measures of the node they stand under, paragraphs its description.
 * Pure. Nothing is invented: every name and cell is the document's text, and what a plan
 * needs but the document lacks is listed in `notFound`.
 */
export function proposeStructure(allBlocks: Block[], mapping: ExtractionMapping = EMPTY_MAPPING): Proposal {
  const junk = removeJunk(allBlocks);
  const blocks = junk.blocks;
  const skipped = [...junk.skipped];
  const notFound: string[] = [];
  const ranks = kindRanks(blocks, mapping);
  // A kind the mapping does not name stays, numbered by its depth, so the draft asks for its level rather than dropping it.
  const keep = (kind: string) => mapping.levels[kind] !== SKIP;

  const titleBlock = findTitle(blocks);
  const title = titleBlock ? (titleBlock as { text: string }).text : null;
  if (title === null) notFound.push('Titel');

  const nodes: ProposedNode[] = [];
  const loose: ProposedMeasure[] = [];
  // The open nodes from the top; list nodes sit above the heading they belong to.
  const stack: { node: ProposedNode; rank: number; list: boolean }[] = [];
  const top = () => stack[stack.length - 1];
  const popLists = () => {
    while (top()?.list) stack.pop();
  };
  const place = (node: ProposedNode, rank: number, list: boolean) => {
    const parent = top();
    node.level = levelOf(node.kind, mapping, stack.length + 1);
    (parent ? parent.node.children : nodes).push(node);
    stack.push({ node, rank, list });
  };
  let tableCount = 0;
  let measureTables = 0;
  const runs = bareRuns(blocks, mapping);

  for (const b of blocks) {
    if (b === titleBlock) continue;
    switch (b.kind) {
      case 'heading': {
        const kind = headingKind(b);
        if (runs.has(b.index)) {
          // One of a run of bare headings: items of the heading above, like a list's.
          while (top()?.list && top()!.rank >= RUN_RANK) stack.pop();
          place({ level: 0, name: b.text, children: [], measures: [], kind, at: { block: b.index } }, RUN_RANK, true);
          continue;
        }
        popLists();
        const rank = ranks.get(kind) ?? 0;
        while (stack.length > 0 && top()!.rank >= rank) stack.pop();
        if (!keep(kind)) {
          skipped.push(`Rubrik (${kind}): ${b.text}`);
          continue;
        }
        place({ level: 0, name: b.text, children: [], measures: [], kind, at: { block: b.index } }, rank, false);
        break;
      }
      case 'list-item': {
        const kind = listKind(b);
        if (!keep(kind)) {
          const current = top()?.node;
          if (current) appendDescription(current, b.marker ? `${b.marker} ${b.text}` : b.text);
          continue;
        }
        const rank = 1000 + b.depth;
        while (top()?.list && top()!.rank >= rank) stack.pop();
        place({ level: 0, name: b.text, children: [], measures: [], kind, at: { block: b.index } }, rank, true);
        break;
      }
      case 'paragraph': {
        popLists();
        const current = top()?.node;
        if (current) appendDescription(current, b.text);
        break;
      }
      case 'table': {
        tableCount++;
        const read = readTable(b, mapping);
        if (read === null) {
          skipped.push(`Tabell utan måttkolumner: ${b.rows[0]?.join(' | ').slice(0, 120) ?? ''}`);
          continue;
        }
        measureTables++;
        skipped.push(...read.skipped);
        const holder = top()?.node;
        if (read.groups.length > 0) {
          placeGrouped(holder ? holder.children : nodes, holder ? holder.measures : loose, read, stack.length, b.index);
        } else if (holder) holder.measures.push(...read.measures.map((r) => r.measure));
        else loose.push(...read.measures.map((r) => r.measure));
        break;
      }
    }
  }
  if (tableCount > 0 && measureTables === 0) notFound.push('Måtttabell (kolumner för mått och ingångsvärde, mål eller utfall)');
  if (tableCount === 0) notFound.push('Tabeller');
  if (nodes.length === 0) notFound.push('Rubriker eller listor som kan bli planens nivåer');
  const years = mapping.years ?? yearsIn(title);
  if (years === null) notFound.push('Planperiod (t.ex. "2024-2027")');
  return { title, years, nodes: foldCountBanners(nodes), measures: loose, notFound, skipped };
}

/** Rank of a run's headings: below any heading, above list items (1000 + depth). */
const RUN_RANK = 999;
/** Shortest run of bare headings read as items. */
const MIN_RUN = 3;

/**
 * Headings that are items of the heading right above them: a run of at least three headings of
 * one kind with nothing between them (no text, list or table of their own), straight after a
 * heading of another kind — "8 nye nationale mål" over the eight goals in capitals, a figure's
 * labels under its title. Kinds the mapping names keep the mapping's levels.
 */
function bareRuns(blocks: Block[], mapping: ExtractionMapping): Set<number> {
  const out = new Set<number>();
  const content = blocks.filter((b) => b.kind !== 'page');
  let i = 0;
  while (i < content.length) {
    const b = content[i]!;
    if (b.kind !== 'heading') {
      i++;
      continue;
    }
    const kind = headingKind(b);
    let j = i;
    while (j + 1 < content.length && content[j + 1]!.kind === 'heading' && headingKind(content[j + 1] as HeadingBlock) === kind) j++;
    // The last of them with text, a list or a table of its own after it is a section, not an item.
    const last = j < content.length - 1 && content[j + 1]!.kind !== 'heading' ? j - 1 : j;
    const before = content[i - 1];
    const parented = before?.kind === 'heading' && headingKind(before) !== kind && mapping.levels[kind] === undefined;
    if (parented && last - i + 1 >= MIN_RUN) for (let k = i; k <= last; k++) out.add(content[k]!.index);
    i = j + 1;
  }
  return out;
}

/** The kind a heading is mapped by: its style as the reader named it. */
export function headingKind(b: HeadingBlock): string {
  return b.style;
}

export function listKind(b: ListItemBlock): string {
  return `list ${b.depth}`;
}

/** Every heading and list kind in document order, with its first block and how many there are. */
export function kindsOf(blocks: Block[]): { kind: string; level: number; first: number; count: number; example: string }[] {
  const out = new Map<string, { kind: string; level: number; first: number; count: number; example: string }>();
  for (const b of blocks) {
    if (b.kind !== 'heading' && b.kind !== 'list-item') continue;
    const kind = b.kind === 'heading' ? headingKind(b) : listKind(b);
    const level = b.kind === 'heading' ? b.level : 100 + b.depth;
    const seen = out.get(kind);
    if (seen) {
      seen.count++;
      seen.level = Math.min(seen.level, level);
    } else out.set(kind, { kind, level, first: b.index, count: 1, example: b.text });
  }
  return [...out.values()];
}

/** Heading kinds ranked: mapped kinds by the model's level order, the rest by their level in the document, then first appearance. */
function kindRanks(blocks: Block[], mapping: ExtractionMapping): Map<string, number> {
  const kinds = kindsOf(blocks).filter((k) => !k.kind.startsWith('list '));
  const order = mapping.levelOrder ?? [];
  const mappedRank = (kind: string) => {
    const key = mapping.levels[kind];
    const i = key === undefined ? -1 : order.indexOf(key);
    return i;
  };
  const sorted = [...kinds].sort((a, b) => a.level - b.level || a.first - b.first);
  const ranks = new Map<string, number>();
  // Kinds on the same level of the document (Word's "Heading 1" and "Rubrik 1", a text's labels
  // and stand-alone lines) rank alike: siblings, not one inside the other.
  const levels = [...new Set(sorted.map((k) => k.level))];
  for (const k of sorted) {
    const m = mappedRank(k.kind);
    // A mapped kind ranks by the model; an unmapped one keeps its place among the document's levels.
    ranks.set(k.kind, m >= 0 ? m * 10 + 5 : levels.indexOf(k.level) * 10);
  }
  if (order.length > 0 && sorted.some((k) => mappedRank(k.kind) >= 0)) {
    // Unmapped kinds rank against the mapped ones by their document level; above them all, they keep the document's order.
    for (const k of sorted) {
      if (mappedRank(k.kind) >= 0) continue;
      const below = sorted.filter((o) => mappedRank(o.kind) >= 0 && (o.level < k.level || (o.level === k.level && o.first < k.first)));
      const above = below.map((o) => ranks.get(o.kind) ?? 0);
      ranks.set(k.kind, above.length > 0 ? Math.max(...above) + 1 : levels.indexOf(k.level) - levels.length);
    }
  }
  return ranks;
}

function levelOf(kind: string, mapping: ExtractionMapping, depth: number): string | number {
  const key = mapping.levels[kind];
  return key !== undefined && key !== SKIP ? key : depth;
}

function appendDescription(node: ProposedNode, text: string) {
  node.description = node.description === undefined ? text : `${node.description}\n\n${text}`;
}

function findTitle(blocks: Block[]): Block | null {
  const styled = blocks.find((b) => b.kind === 'heading' && /^(title|titel)$/iu.test(b.style));
  if (styled) return styled;
  const first = blocks[0];
  if (first === undefined) return null;
  if ((first.kind === 'heading' || first.kind === 'paragraph') && first.text.length <= 200) return first;
  return null;
}

const YEARS = /\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)?\d{2})\b/u;
const YEAR = /\b((?:19|20)\d{2})\b/u;

/** The plan's years as the title states them: "2022-2024", "2024–27", or one year. */
export function yearsIn(title: string | null): { start: number; end: number } | null {
  if (title === null) return null;
  const span = YEARS.exec(title);
  if (span?.[1] !== undefined && span[2] !== undefined) {
    const start = Number(span[1]);
    const end = span[2].length === 2 ? Math.floor(start / 100) * 100 + Number(span[2]) : Number(span[2]);
    if (end >= start) return { start, end };
  }
  const one = YEAR.exec(title);
  return one?.[1] !== undefined ? { start: Number(one[1]), end: Number(one[1]) } : null;
}

interface ReadRow {
  measure: ProposedMeasure;
  groups: string[];
}
interface ReadTable {
  measures: ReadRow[];
  /** Header texts of the group columns, left to right. */
  groups: string[];
  skipped: string[];
}

/** The fields of a table's columns: the mapping's words over the rules. */
export function tableFields(header: string[], mapping: ExtractionMapping): MeasureField[] {
  const rules = classifyHeaderRow(header);
  return header.map((cell, i) => mapping.columns[cell.trim()] ?? rules[i] ?? { field: 'other' });
}

/**
 * A table's header row and its columns' fields: the row the user chose, else the first of the
 * first five rows that makes a measure header; null when there is none.
 */
export function headerOf(t: TableBlock, mapping: ExtractionMapping): { row: number; fields: MeasureField[] } | null {
  const cell = (r: number, c: number) => mapping.cellEdits[`${t.index}:${r}:${c}`] ?? (t.rows[r]?.[c] ?? '').trim();
  const fieldsAt = (r: number) => tableFields((t.rows[r] ?? []).map((_, c) => cell(r, c)), mapping);
  const chosen = mapping.headerRows?.[String(t.index)];
  if (chosen !== undefined && chosen >= 0 && chosen < t.rows.length) {
    const fields = fieldsAt(chosen);
    return isMeasureHeader(fields) ? { row: chosen, fields } : null;
  }
  for (let r = 0; r < Math.min(5, t.rows.length); r++) {
    const fields = fieldsAt(r);
    if (isMeasureHeader(fields)) return { row: r, fields };
  }
  return null;
}

/** Reads a measure table, or null when it has no measure header (see headerOf). */
export function readTable(t: TableBlock, mapping: ExtractionMapping): ReadTable | null {
  const cell = (r: number, c: number) => mapping.cellEdits[`${t.index}:${r}:${c}`] ?? (t.rows[r]?.[c] ?? '').trim();
  const found = headerOf(t, mapping);
  if (found === null) return null;
  const headerRow = found.row;
  const fields = found.fields;
  const header = (t.rows[headerRow] ?? []).map((_, c) => cell(headerRow, c));
  const skipped: string[] = [];
  for (const [c, f] of fields.entries()) if (f.field === 'other' && header[c] !== '') skipped.push(`Kolumn utan fält: ${header[c]}`);
  const nameCol = fields.findIndex((f) => f.field === 'name');
  const groupCols = fields.flatMap((f, c) => (f.field === 'group' ? [c] : []));
  const lastGroups: string[] = groupCols.map(() => '');
  const measures: ReadRow[] = [];
  let rowGroup: string | null = null;
  for (let r = headerRow + 1; r < t.rows.length; r++) {
    const row = t.rows[r] ?? [];
    if (mapping.skipRows.includes(`${t.index}:${r}`)) {
      skipped.push(`Rad som användaren hoppade över: ${row.join(' | ').slice(0, 120)}`);
      continue;
    }
    const groups = groupCols.map((c, i) => {
      const v = cell(r, c);
      if (v !== '') {
        lastGroups[i] = v;
        for (let j = i + 1; j < lastGroups.length; j++) lastGroups[j] = '';
      }
      return lastGroups[i] ?? '';
    });
    const name = cell(r, nameCol);
    // A row with only its first cell filled, above rows with values, heads a group (a goal in a Stratsys view).
    const onlyName = name !== '' && row.every((_v, c) => c === nameCol || cell(r, c) === '');
    const nextHasValues = (t.rows[r + 1] ?? []).some((_, c) => c !== nameCol && cell(r + 1, c) !== '');
    if (groupCols.length === 0 && onlyName && nextHasValues) {
      rowGroup = name;
      continue;
    }
    if (name === '') {
      if (row.some((v) => v.trim() !== '')) skipped.push(`Rad utan måttnamn: ${row.join(' | ').slice(0, 120)}`);
      continue;
    }
    const m: ProposedMeasure = { name, targets: {}, outcomes: {}, at: { block: t.index, row: r } };
    for (const [c, f] of fields.entries()) {
      const v = cell(r, c);
      if (v === '' || c === nameCol) continue;
      switch (f.field) {
        case 'baseline':
          m.baseline = m.baseline === undefined ? v : `${m.baseline}; ${v}`;
          break;
        case 'target':
          m.targets[f.key] = v;
          break;
        case 'outcome':
          m.outcomes[f.key] = v;
          break;
        case 'source':
        case 'period':
        case 'unit':
        case 'responsible':
          m[f.field] = v;
          break;
        default:
          break;
      }
    }
    measures.push({ measure: m, groups: rowGroup === null ? groups : [rowGroup] });
  }
  const grouped = groupCols.length === 0 && measures.some((m) => m.groups.length > 0);
  // Rows before the first group row stay with the node above the table.
  if (grouped) for (const m of measures) if (m.groups.length === 0) m.groups = [''];
  return { measures, groups: grouped ? ['rad'] : groupCols.map((c) => header[c] ?? ''), skipped };
}

/** Places a grouped table's rows: each distinct group path becomes nodes, measures under the deepest filled one. */
function placeGrouped(base: ProposedNode[], fallback: ProposedMeasure[], read: ReadTable, parentDepth: number, block: number) {
  for (const row of read.measures) {
    let level = base;
    let holder: ProposedNode | null = null;
    for (const [i, g] of row.groups.entries()) {
      if (g === '') continue;
      let node = level.find((n) => n.name === g && n.kind === `column ${read.groups[i]}`);
      if (!node) {
        node = { level: parentDepth + i + 1, name: g, children: [], measures: [], kind: `column ${read.groups[i]}`, at: { block } };
        level.push(node);
      }
      holder = node;
      level = node.children;
    }
    (holder ? holder.measures : fallback).push(row.measure);
  }
}
