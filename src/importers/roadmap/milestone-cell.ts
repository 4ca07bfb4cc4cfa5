import { cellParagraphs, normalizeWord, phraseDistance, words } from './text';

/** A milestone as read from Tabell 1's milestone cell: its title and what the text says about it. */
export interface CellMilestone {
  title: string;
  description: string;
}

// Proper names the title splitter never cuts inside, though their words are capitalised.
const PROPER_NAMES = ['Nära Vård', 'Region Skåne', 'Framtidens hälsosystem'].map((n) => words(n).map(normalizeWord));

const CAPITALISED = /^[A-ZÅÄÖ]([a-zåäö]|$)/;

/** Word positions where a description may begin: a capitalised word, not inside a proper name. */
function splitCandidates(ws: readonly string[]): number[] {
  const blocked = new Set<number>();
  const norm = ws.map(normalizeWord);
  for (const name of PROPER_NAMES) {
    for (let i = 0; i + name.length <= norm.length; i++) {
      if (name.every((w, k) => norm[i + k] === w)) for (let k = 0; k < name.length; k++) blocked.add(i + k);
    }
  }
  const out: number[] = [];
  for (let i = 1; i < ws.length; i++) if (!blocked.has(i) && CAPITALISED.test(ws[i]!)) out.push(i);
  return out;
}

/** Whether `phrase` reads like a title on the map's figure rows: at most one word off per four words, and at most two. */
function onTheMap(phrase: readonly string[], figureRows: readonly string[][]): boolean {
  const norm = phrase.map(normalizeWord);
  const d = Math.min(...figureRows.map((row) => phraseDistance(norm, row)));
  return d <= 2 && d * 4 <= norm.length;
}

/**
 * Where the title ends in a paragraph that starts a milestone: the title and description are
 * separated only by a space in the text, so the longest prefix ending before a capitalised word
 * that the figures also show is the title (a word ending in "*" ends it, too); without one, the
 * first capitalised word starts the description. Returns null when the paragraph does not start with a title on the map.
 */
function titleLength(ws: readonly string[], figureRows: readonly string[][], mustStart: boolean): number | null {
  // The footnote mark of "*Inväntar tidplan" follows the title ("SDV infört* SDV, Skånes …").
  const starred = ws.findIndex((w) => w.endsWith('*'));
  if (starred >= 0 && (mustStart || onTheMap(ws.slice(0, starred + 1), figureRows))) return starred + 1;
  const candidates = splitCandidates(ws);
  const onMap = candidates.filter((i) => onTheMap(ws.slice(0, i), figureRows));
  if (onMap.length > 0) return onMap.at(-1)!;
  if (onTheMap(ws, figureRows)) return ws.length;
  if (!mustStart) return null;
  return candidates[0] ?? ws.length;
}

/**
 * Reads one milestone cell of Tabell 1 into milestones. A cell may hold several (seed 002's
 * "Modell för invånarinvolvring" and "Stödstruktur för invånarinvolvring" share one); later
 * paragraphs that do not start with a title on the map continue the description.
 */
export function readMilestoneCell(cell: string, figureRows: readonly string[][]): CellMilestone[] {
  const out: CellMilestone[] = [];
  for (const paragraph of cellParagraphs(cell)) {
    const ws = words(paragraph);
    const n = titleLength(ws, figureRows, out.length === 0);
    if (n === null) {
      const last = out.at(-1)!;
      last.description = last.description ? `${last.description}\n${paragraph}` : paragraph;
      continue;
    }
    out.push({ title: ws.slice(0, n).join(' '), description: ws.slice(n).join(' ') });
  }
  return out;
}
