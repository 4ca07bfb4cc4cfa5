import { LAYOUT, type MapLayout } from './layout';
import type { MilestoneStatus } from './types';

export interface SvgLabels {
  title: string;
  unscheduled: string;
  goals: string;
  late: string;
  reached: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CARD_FILL: Record<MilestoneStatus, string> = { planned: '#ffffff', reached: '#e6f4ea', late: '#fdecea' };

/**
 * The map as a standalone SVG document, from the same layout the web map draws: the file
 * behind the SVG download, the PDF (pdfmake's svg node) and the browser's PNG.
 * Late milestones carry a dashed red border and the word "Försenad", not colour alone.
 */
export function renderMapSvg(layout: MapLayout, status: ReadonlyMap<string, MilestoneStatus>, labels: SvgLabels): string {
  const out: string[] = [];
  const W = layout.width;
  const H = layout.height;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<title>${esc(labels.title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#33415c"/></marker></defs>',
    `<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`,
  );
  layout.rows.forEach((r, i) => {
    out.push(`<rect x="${LAYOUT.groupLabelWidth}" y="${r.y}" width="${W - LAYOUT.groupLabelWidth}" height="${r.height}" fill="${i % 2 ? '#f4f6fa' : '#ffffff'}" stroke="#d5dbe5"/>`);
    const lines = r.name.split(/\s+/).reduce<string[]>((acc, w) => {
      const last = acc.at(-1);
      if (last && last.length + w.length < 22) acc[acc.length - 1] = `${last} ${w}`;
      else acc.push(w);
      return acc;
    }, []);
    lines.forEach((l, j) => out.push(`<text x="${LAYOUT.groupLabelWidth + 8}" y="${r.y + 20 + j * 15}" font-weight="bold" fill="#1d2b44">${esc(l)}</text>`));
  });
  for (const g of layout.groups) {
    const cx = LAYOUT.groupLabelWidth / 2;
    const cy = g.y + g.height / 2;
    out.push(`<rect x="0" y="${g.y}" width="${LAYOUT.groupLabelWidth}" height="${g.height}" fill="#1d2b44" stroke="#ffffff"/>`);
    out.push(`<text x="${cx}" y="${cy}" fill="#ffffff" font-size="11" text-anchor="middle" dominant-baseline="middle" transform="rotate(-90 ${cx} ${cy})">${esc(g.name)}</text>`);
  }
  for (const c of layout.columns) {
    const label = c.key === 'goals' ? labels.goals : c.year === null ? labels.unscheduled : String(c.year);
    out.push(`<text x="${c.x + c.width / 2}" y="${LAYOUT.headerHeight - 16}" text-anchor="middle" font-weight="bold" font-size="14" fill="#1d2b44">${esc(label)}</text>`);
    out.push(`<line x1="${c.x}" y1="${LAYOUT.headerHeight}" x2="${c.x}" y2="${H}" stroke="#d5dbe5"/>`);
  }
  for (const e of layout.edges) {
    out.push(`<path d="${e.path}" fill="none" stroke="#33415c" stroke-width="1.5"${e.kind === 'leads-to' ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#arrow)"/>`);
  }
  for (const c of layout.cards) {
    const s = status.get(c.key) ?? 'planned';
    const border = s === 'late' ? ' stroke="#b3261e" stroke-width="2" stroke-dasharray="5 3"' : s === 'reached' ? ' stroke="#1e7b34" stroke-width="2"' : ' stroke="#33415c"';
    out.push(`<rect x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}" rx="6" fill="${CARD_FILL[s]}"${border}/>`);
    c.lines.forEach((l, j) => out.push(`<text x="${c.x + LAYOUT.cardPadding}" y="${c.y + LAYOUT.cardPadding + 11 + j * LAYOUT.lineHeight}" fill="#1d2b44">${esc(l)}</text>`));
    if (s !== 'planned') {
      const word = s === 'late' ? labels.late.toUpperCase() : labels.reached;
      out.push(`<text x="${c.x + c.width - 6}" y="${c.y - 3}" text-anchor="end" font-size="10" font-weight="bold" fill="${s === 'late' ? '#b3261e' : '#1e7b34'}">${esc(word)}</text>`);
    }
  }
  for (const g of layout.goals) {
    out.push(`<rect x="${g.x}" y="${g.y}" width="${g.width}" height="${g.height}" rx="18" fill="#1d2b44"/>`);
    g.lines.forEach((l, j) => out.push(`<text x="${g.x + g.width / 2}" y="${g.y + LAYOUT.cardPadding + 11 + j * LAYOUT.lineHeight}" text-anchor="middle" fill="#ffffff" font-weight="bold">${esc(l)}</text>`));
  }
  out.push('</svg>');
  return out.join('\n');
}
