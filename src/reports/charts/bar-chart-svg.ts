import type { ChartBlock } from '../document-model';

const W = 480;
const H = 170;
const PAD = { left: 8, right: 8, top: 22, bottom: 34 };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A measure's values per period as bars, the target level as a dashed line: a small SVG for the
 * PDF (pdfmake draws SVG natively). Each bar carries its value as text, so no axis is needed.
 */
export function barChartSvg(chart: ChartBlock): string {
  const values = [...chart.bars.map((b) => b.value), ...(chart.target ? [chart.target.value] : [])];
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + ((max - v) / span) * plotH;
  const slot = (W - PAD.left - PAD.right) / Math.max(chart.bars.length, 1);
  const barW = Math.min(48, slot * 0.6);
  const parts: string[] = [];
  parts.push(`<line x1="${PAD.left}" y1="${y(0)}" x2="${W - PAD.right}" y2="${y(0)}" stroke="#595959" stroke-width="0.8"/>`);
  chart.bars.forEach((b, i) => {
    const cx = PAD.left + slot * i + slot / 2;
    const top = Math.min(y(b.value), y(0));
    const h = Math.max(Math.abs(y(b.value) - y(0)), 0.5);
    parts.push(`<rect x="${cx - barW / 2}" y="${top}" width="${barW}" height="${h}" fill="#2E5395"/>`);
    parts.push(`<text x="${cx}" y="${top - 4}" font-family="Roboto" font-size="9" text-anchor="middle" fill="#1a1a1a">${esc(b.text)}</text>`);
    parts.push(`<text x="${cx}" y="${H - PAD.bottom + 14}" font-family="Roboto" font-size="8" text-anchor="middle" fill="#1a1a1a">${esc(b.label)}</text>`);
  });
  if (chart.target) {
    const ty = y(chart.target.value);
    parts.push(`<line x1="${PAD.left}" y1="${ty}" x2="${W - PAD.right}" y2="${ty}" stroke="#C00000" stroke-width="1.2" stroke-dasharray="5,3"/>`);
    parts.push(`<text x="${W - PAD.right}" y="${H - 6}" font-family="Roboto" font-size="8" text-anchor="end" fill="#C00000">${esc(`Mål (streckad linje): ${chart.target.text}`)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}
