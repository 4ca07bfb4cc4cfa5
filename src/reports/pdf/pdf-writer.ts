import type { Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces';
import { barChartSvg } from '../charts/bar-chart-svg';
import type { Block, Cell, DocumentModel, Run, TableBlock } from '../document-model';
import { LOCALES } from '../../domain/i18n/plural';
import { documentLabels } from '../labels';
import { printPdf } from './print-pdf';

const HEADER_FILL = '#DCE6F0';
const HEADING_STYLES = ['h1', 'h2', 'h3', 'h4'] as const;

/** Writes the document as a PDF with embedded Roboto, a table of contents with page numbers, repeating table headers and page numbers. */
export function renderPdf(model: DocumentModel): Promise<Buffer> {
  return printPdf(definition(model));
}

function definition(model: DocumentModel): TDocumentDefinitions {
  const content: Content[] = [
    { text: model.title, style: 'title', margin: [0, 180, 0, 12] },
    { text: model.subtitle, fontSize: 16, margin: [0, 0, 0, 8] },
    ...model.meta.map((m): Content => ({ text: m, color: '#595959' })),
  ];
  const blocks = model.blocks;
  let pageBreakPending = true; // the title page stands alone
  let pendingOrientation: 'portrait' | 'landscape' | undefined;
  blocks.forEach((b, i) => {
    if (b.kind === 'page-break') {
      if (i < blocks.length - 1) pageBreakPending = true;
      if (b.orientation) pendingOrientation = b.orientation;
      return;
    }
    const rendered = block(b);
    if (pageBreakPending) {
      content.push({ text: '', pageBreak: 'before', ...(pendingOrientation ? { pageOrientation: pendingOrientation } : {}) } as Content);
      pageBreakPending = false;
      pendingOrientation = undefined;
    }
    content.push(...rendered);
    if (b.kind === 'toc') pageBreakPending = true;
  });
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: model.title, subject: model.subtitle, creator: 'Ledstjärna', producer: 'Ledstjärna' },
    language: LOCALES[model.lang ?? 'sv'],
    // A heading in the last eighth of a page would stand alone there: it moves on with what it heads.
    pageBreakBefore: (node) => node.headlineLevel !== undefined && (node.startPosition?.verticalRatio ?? 0) > 0.875,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 26, bold: true, color: '#1F3864' },
      h1: { fontSize: 17, bold: true, color: '#1F3864', margin: [0, 16, 0, 8] },
      h2: { fontSize: 14, bold: true, color: '#1F3864', margin: [0, 14, 0, 6] },
      h3: { fontSize: 12, bold: true, color: '#2E5395', margin: [0, 10, 0, 4] },
      h4: { fontSize: 11, bold: true, color: '#2E5395', margin: [0, 8, 0, 4] },
      th: { bold: true, fillColor: HEADER_FILL },
      small: { fontSize: 8.5, color: '#404040' },
      lead: { italics: true },
      quote: { fontSize: 13, italics: true, margin: [20, 4, 0, 8] },
    },
    header: (page) => (page === 1 ? '' : { text: model.runningHeader, fontSize: 8, color: '#595959', margin: [48, 24, 48, 0] }),
    footer: (page, pages) => (page === 1 ? '' : { text: documentLabels(model.lang).page(page, pages), alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    content,
  };
}

function runs(list: Run[]): Content[] {
  return list.flatMap((r): Content[] => {
    const main: Content = { text: r.text, bold: r.bold, italics: r.italic };
    return r.mark ? [main, { text: ` ${r.mark}`, sup: true }] : [main];
  });
}

function block(b: Exclude<Block, { kind: 'page-break' }>): Content[] {
  switch (b.kind) {
    case 'toc':
      return [{ toc: { title: { text: b.title, style: 'h1' }, numberStyle: { bold: false } } }];
    case 'heading':
      return [
        {
          text: b.text,
          style: HEADING_STYLES[b.level - 1],
          tocItem: !b.noToc,
          tocMargin: [(b.level - 1) * 12, 0, 0, 2],
          tocStyle: b.level === 1 ? { bold: true } : { fontSize: 9.5 },
          headlineLevel: b.level,
        } as Content,
      ];
    case 'paragraph':
      return [{ text: runs(b.runs), style: b.style, margin: [0, 0, 0, 6] } as Content];
    case 'bullets':
      return [{ ul: b.items.map((item) => ({ text: runs(item) })), margin: [0, 0, 0, 8] }];
    case 'table':
      return table(b);
    case 'chart':
      // Title and chart stay on one page.
      return [
        {
          stack: [
            { text: b.title, bold: true, fontSize: 9, margin: [0, 4, 0, 2] },
            { svg: barChartSvg(b), width: 360, margin: [0, 0, 0, 8] },
          ],
          unbreakable: true,
        },
      ];
  }
}

function cell(c: Cell, align: 'left' | 'right' | undefined, bold: boolean): Content {
  if (typeof c === 'string') return { text: c, alignment: align, bold };
  return { text: runs(bold ? c.runs.map((r) => ({ ...r, bold: true })) : c.runs), alignment: c.align ?? align, fillColor: c.fill } as Content;
}

/** A table whose header row repeats on every page (`headerRows: 1`), footnotes under it. */
function table(b: TableBlock): Content[] {
  const total = b.columns.reduce((s, c) => s + c.width, 0);
  const bold = new Set(b.boldRows ?? []);
  const t: ContentTable = {
    table: {
      headerRows: 1,
      // A row never splits across pages, and the header never stands alone at a page's foot.
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: b.columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`),
      body: [
        b.columns.map((c): Content => ({ text: c.header, style: 'th', alignment: c.align })),
        ...b.rows.map((r, ri) => r.map((c, i) => cell(c, b.columns[i]?.align, bold.has(ri)))),
      ],
    },
    fontSize: b.dense ? 6.5 : 8,
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#A6A6A6',
      vLineColor: () => '#A6A6A6',
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    margin: [0, 2, 0, 4],
  };
  const out: Content[] = [];
  if (b.caption) out.push({ text: b.caption, bold: true, margin: [0, 4, 0, 2] });
  out.push(t);
  const notes = b.footnotes ?? [];
  notes.forEach((f, i) =>
    out.push({ text: [{ text: f.mark, sup: true }, ` ${f.text}`], style: 'small', margin: [0, 0, 0, i === notes.length - 1 ? 8 : 2] } as Content),
  );
  if (notes.length === 0) t.margin = [0, 2, 0, 10];
  return out;
}
