import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Lang } from '../../domain/i18n/lang';
import { LOCALES } from '../../domain/i18n/plural';
import type { RoadmapVersionView } from '../../shared/roadmap-types';
import { TABLE_1_LABELS } from './labels';

const TAG_WORDS = { inv: 'inv', sys: 'sys', vsh: 'vsh' } as const;

const cell = (paragraphs: Paragraph[], width: number) =>
  new TableCell({ children: paragraphs.length ? paragraphs : [new Paragraph('')], width: { size: width, type: WidthType.PERCENTAGE } });
const lines = (text: string, bold = false) => text.split('\n').filter(Boolean).map((t) => new Paragraph({ children: [new TextRun({ text: t, bold })] }));

/**
 * Tabell 1 as a Word document, like the seed's: per focus area, per milestone its year, title
 * and description, short-term effects with their tags, the focus area's målbild, the effect goals.
 */
export async function renderTable1Docx(view: RoadmapVersionView, lang: Lang = 'sv'): Promise<Buffer> {
  const L = TABLE_1_LABELS[lang];
  const header = () => new TableRow({
    tableHeader: true,
    children: [L.year, L.milestone, L.effects, L.targetPictures, L.goals].map(
      (h, i) => cell([new Paragraph({ children: [new TextRun({ text: h, bold: true })] })], [8, 30, 30, 20, 12][i]!),
    ),
  });
  const sections: (Paragraph | Table)[] = [
    new Paragraph({ text: view.roadmap.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: L.caption(view.version.year) }),
  ];
  for (const group of view.groups) {
    for (const area of group.focusAreas) {
      const milestones = view.milestones.filter((m) => m.focusAreaKey === area.key);
      sections.push(new Paragraph({ text: `${area.name} (${group.name})`, heading: HeadingLevel.HEADING_2 }));
      const rows = milestones.map(
        (m, i) =>
          new TableRow({
            children: [
              cell([new Paragraph(m.year === null ? `${L.unscheduled}${m.tentativeYear ? ` (${m.tentativeYear}?)` : ''}` : String(m.year))], 8),
              cell([...lines(m.title, true), ...lines(m.description), ...(m.criterion ? [new Paragraph({ children: [new TextRun({ text: `${L.reachedWhen}: ${m.criterion}`, italics: true })] })] : [])], 30),
              cell(m.effects.map((e) => new Paragraph({ text: e.tags.length ? `${e.text} (${e.tags.map((t) => TAG_WORDS[t]).join(', ')})` : e.text, bullet: { level: 0 } })), 30),
              cell(i === 0 ? lines(area.targetPicture) : [], 20),
              cell(i === 0 ? view.goals.map((g) => new Paragraph(g.name)) : [], 12),
            ],
          }),
      );
      sections.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { top: { style: BorderStyle.SINGLE, size: 4, color: '888888' }, bottom: { style: BorderStyle.SINGLE, size: 4, color: '888888' }, left: { style: BorderStyle.SINGLE, size: 4, color: '888888' }, right: { style: BorderStyle.SINGLE, size: 4, color: '888888' }, insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'BBBBBB' }, insideVertical: { style: BorderStyle.SINGLE, size: 2, color: 'BBBBBB' } },
          rows: [header(), ...rows],
        }),
        new Paragraph({ text: '', alignment: AlignmentType.LEFT }),
      );
    }
  }
  const doc = new Document({
    title: view.roadmap.title,
    styles: { default: { document: { run: { language: { value: LOCALES[lang] } } } } },
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: sections }],
  });
  return Packer.toBuffer(doc);
}
