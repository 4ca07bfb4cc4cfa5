import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Block, Cell, ChartBlock, DocumentModel, Run, TableBlock } from '../document-model';
import { LOCALES } from '../../domain/i18n/plural';
import { type DocumentLabels, documentLabels } from '../labels';

// A4 with 2 cm margins, in twips (1/20 pt): the widths tables are laid out in.
const A4 = { short: 11906, long: 16838 };
const MARGIN = 1134;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const HEADER_FILL = 'DCE6F0';
const FONT = 'Calibri';

/** Writes the document as a Word file: real heading styles, a TOC field filled with the headings, repeating table headers. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const sections = splitSections(model.blocks);
  const doc = new Document({
    creator: 'Ledstjärna',
    title: model.title,
    description: model.subtitle,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, language: { value: LOCALES[model.lang ?? 'sv'] } }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 28, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 24, bold: true, color: '2E5395' }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true } },
        heading4: { run: { font: FONT, size: 22, bold: true, color: '2E5395' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        title: { run: { font: FONT, size: 44, bold: true, color: '1F3864' } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }],
        },
      ],
    },
    sections: sections.map((s, i) => section(model, s.blocks, s.orientation, i === 0)),
  });
  return Packer.toBuffer(doc);
}

type Orientation = 'portrait' | 'landscape';

/** Splits the blocks at orientation changes: Word changes page orientation per section. */
function splitSections(blocks: Block[]): { orientation: Orientation; blocks: Block[] }[] {
  const out: { orientation: Orientation; blocks: Block[] }[] = [{ orientation: 'portrait', blocks: [] }];
  blocks.forEach((b, i) => {
    if (b.kind === 'page-break' && b.orientation) {
      if (i < blocks.length - 1) out.push({ orientation: b.orientation, blocks: [] });
    } else out.at(-1)!.blocks.push(b);
  });
  return out.filter((s, i) => i === 0 || s.blocks.length > 0);
}

function section(model: DocumentModel, blocks: Block[], orientation: Orientation, first: boolean): ISectionOptions {
  const width = (orientation === 'portrait' ? A4.short : A4.long) - 2 * MARGIN;
  const children: (Paragraph | Table | TableOfContents)[] = first ? titlePage(model) : [];
  const labels = documentLabels(model.lang);
  for (const b of blocks) children.push(...block(b, width, labels));
  return {
    properties: {
      titlePage: first,
      page: {
        // docx swaps width and height itself for landscape pages.
        size: { width: A4.short, height: A4.long, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    headers: {
      default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: model.runningHeader, size: 16, color: '595959' })] })] }),
      first: new Header({ children: [new Paragraph('')] }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ size: 16, children: [`${labels.pageWords.page} `, PageNumber.CURRENT, ` ${labels.pageWords.of} `, PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
    children,
  };
}

function titlePage(model: DocumentModel): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 3600 }, heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: model.subtitle, size: 32 })] }),
    ...model.meta.map((m) => new Paragraph({ children: [new TextRun({ text: m, size: 22, color: '595959' })] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function runs(list: Run[], size?: number): TextRun[] {
  return list.flatMap((r) => {
    const main = new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size });
    return r.mark ? [main, new TextRun({ text: ` ${r.mark}`, superScript: true, size })] : [main];
  });
}

function block(b: Block, width: number, labels: DocumentLabels): (Paragraph | Table | TableOfContents)[] {
  switch (b.kind) {
    case 'toc':
      return [
        new Paragraph({ children: [new TextRun({ text: b.title, bold: true, size: 32, color: '1F3864' })], spacing: { after: 200 } }),
        new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-4' }),
        new Paragraph({ children: [new PageBreak()] }),
      ];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(
            b.style === 'lead' || b.style === 'quote' ? b.runs.map((r) => ({ ...r, italic: true })) : b.runs,
            b.style === 'small' ? 17 : b.style === 'quote' ? 26 : undefined,
          ),
          ...(b.style === 'quote' ? { indent: { left: 567 } } : {}),
        }),
      ];
    case 'bullets':
      return b.items.map((item) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: runs(item) }));
    case 'table':
      return table(b, width);
    case 'chart':
      return chartAsTable(b, width, labels);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function cellParagraph(c: Cell, size: number, bold: boolean): Paragraph {
  const list: Run[] = typeof c === 'string' ? [{ text: c }] : c.runs;
  const align = typeof c === 'string' ? undefined : c.align;
  return new Paragraph({
    spacing: { after: 0 },
    alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: runs(bold ? list.map((r) => ({ ...r, bold: true })) : list, size),
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };

/** A table whose first row repeats on every page it spans (`tableHeader`), with footnotes under it. */
function table(b: TableBlock, width: number): (Paragraph | Table)[] {
  const total = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => Math.floor((c.width / total) * width));
  const size = b.dense ? 14 : 17;
  const bold = new Set(b.boldRows ?? []);
  const cell = (c: Cell, i: number, opts: { header?: boolean; bold?: boolean }) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: opts.header ? { fill: HEADER_FILL, type: ShadingType.CLEAR, color: 'auto' } : undefined,
      children: [cellParagraph(c, size, !!opts.header || !!opts.bold)],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map((c, i) => cell({ runs: [{ text: c.header }], align: c.align }, i, { header: true })),
  });
  const rows = b.rows.map(
    (r, ri) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(typeof c === 'string' && b.columns[i]?.align ? { runs: [{ text: c }], align: b.columns[i]!.align } : c, i, { bold: bold.has(ri) })) }),
  );
  const out: (Paragraph | Table)[] = [];
  if (b.caption) out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: b.caption, bold: true })] }));
  out.push(
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
      rows: [header, ...rows],
    }),
  );
  for (const f of b.footnotes ?? []) {
    out.push(new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: f.mark, superScript: true, size: 16 }), new TextRun({ text: ` ${f.text}`, size: 16 })] }));
  }
  out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}

/** Word gets the chart's numbers as a small table: docx needs a PNG for an image, which would need a rasteriser. */
function chartAsTable(c: ChartBlock, width: number, LABELS: DocumentLabels): (Paragraph | Table)[] {
  return table(
    {
      kind: 'table',
      caption: c.title,
      columns: [
        { header: LABELS.followUp.chartPeriod, width: 50 },
        { header: LABELS.followUp.chartValue, width: 50, align: 'right' },
      ],
      rows: c.bars.map((bar) => [bar.label, bar.text]),
      footnotes: c.target ? [{ mark: '', text: LABELS.followUp.targetLine(c.target.text) }] : undefined,
    },
    Math.floor(width / 2),
  );
}
