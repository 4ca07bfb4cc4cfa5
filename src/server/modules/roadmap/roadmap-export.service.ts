import { createRequire } from 'node:module';
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Db } from '../../../db/client';
import type { Lang } from '../../../domain/i18n/lang';
import { LOCALES } from '../../../domain/i18n/plural';
import { layoutMap } from '../../../domain/roadmap/layout';
import { renderMapSvg } from '../../../domain/roadmap/render-svg';
import type { RoadmapVersionView } from '../../../shared/roadmap-types';
import type { Actor } from '../../access/can';
import { getRoadmapVersion } from './roadmap.service';

/** The map's own words in each language (the milestones stay as the region wrote them). */
const LABELS: Record<Lang, { unscheduled: string; goals: string; late: string; reached: string; caption: string }> = {
  sv: { unscheduled: 'Inväntar tidplan', goals: 'Övergripande effektmål', late: 'Försenad', reached: 'Uppnådd', caption: 'Strategisk karta, version {year}. Heldragna pilar: möjliggör. Streckade: pekar mot kommande milstolpar och mål.' },
  da: { unscheduled: 'Afventer tidsplan', goals: 'Overordnede effektmål', late: 'Forsinket', reached: 'Nået', caption: 'Strategisk kort, version {year}. Fulde pile: muliggør. Stiplede: peger mod kommende milepæle og mål.' },
  en: { unscheduled: 'Awaiting schedule', goals: 'Overall effect goals', late: 'Late', reached: 'Reached', caption: 'Strategic map, version {year}. Solid arrows: enables. Dashed: points to later milestones and goals.' },
};

/** The map of a version as SVG: the same pure layout the web map draws. */
export function mapSvg(view: RoadmapVersionView, lang: Lang = 'sv'): string {
  const layout = layoutMap({
    focusAreas: view.groups.flatMap((g) => g.focusAreas.map((a) => ({ key: a.key, name: a.name, groupName: g.name }))),
    milestones: view.milestones,
    goals: view.goals,
    edges: view.edges,
    fromYear: view.version.startYear,
    toYear: view.version.endYear,
  });
  return renderMapSvg(layout, new Map(view.milestones.map((m) => [m.key, m.status])), { title: `${view.roadmap.title} (version ${view.version.year})`, ...LABELS[lang] });
}

/** The SVG download. */
export async function exportSvg(db: Db, actor: Actor, versionId: number, lang: Lang = 'sv'): Promise<string> {
  return mapSvg(await getRoadmapVersion(db, actor, versionId), lang);
}

const require = createRequire(import.meta.url);
function printer(): PdfPrinter {
  // pdfmake's bundled Roboto (vfs_fonts) covers å, ä, ö, æ, ø.
  const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;
  const font = (name: string) => Buffer.from(vfs[name]!, 'base64');
  return new PdfPrinter({ Roboto: { normal: font('Roboto-Regular.ttf'), bold: font('Roboto-Medium.ttf'), italics: font('Roboto-Italic.ttf'), bolditalics: font('Roboto-MediumItalic.ttf') } });
}

/** The map as a PDF page (pdfmake's svg node draws the same SVG), A3 turned to the map's shape, with the title above. */
export async function exportPdf(db: Db, actor: Actor, versionId: number, lang: Lang = 'sv'): Promise<Buffer> {
  const view = await getRoadmapVersion(db, actor, versionId);
  const svg = mapSvg(view, lang);
  const [w, h] = (/viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg) ?? ['', '1', '1']).slice(1).map(Number) as [number, number];
  const landscape = w >= h;
  const page = landscape ? [1190.55, 841.89] : [841.89, 1190.55];
  const doc: TDocumentDefinitions = {
    pageSize: 'A3',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: [28, 28, 28, 28],
    info: { title: view.roadmap.title },
    content: [
      { text: view.roadmap.title, fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      { text: LABELS[lang].caption.replace('{year}', String(view.version.year)), fontSize: 9, margin: [0, 0, 0, 8] },
      { svg, fit: [page[0]! - 56, page[1]! - 56 - 50] },
    ],
    defaultStyle: { font: 'Roboto' },
  };
  const pdf = printer().createPdfKitDocument(doc);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

const TAG_WORDS = { inv: 'inv', sys: 'sys', vsh: 'vsh' } as const;

/** Tabell 1's own words in each language. */
export const TABLE_1_LABELS: Record<Lang, { year: string; milestone: string; effects: string; targetPictures: string; goals: string; caption: (year: number) => string; unscheduled: string; reachedWhen: string }> = {
  sv: {
    year: 'År',
    milestone: 'Milstolpe',
    effects: 'Effekter av uppnådd milstolpe på kort sikt för invånarna (inv), systemet (sys), verksamheter (vsh)',
    targetPictures: 'Målbilder per insatsområde som beskriver långsiktiga önskade effekter',
    goals: 'Övergripande effektmål',
    caption: (year) => `Tabell 1. Beskrivning av varje milstolpe och önskade effekter, version ${year}.`,
    unscheduled: 'Inväntar tidplan',
    reachedWhen: 'Uppnådd när',
  },
  da: {
    year: 'År',
    milestone: 'Milepæl',
    effects: 'Kortsigtede effekter af den nåede milepæl for borgerne (inv), systemet (sys), virksomhederne (vsh)',
    targetPictures: 'Målbilleder pr. indsatsområde, der beskriver de langsigtede ønskede effekter',
    goals: 'Overordnede effektmål',
    caption: (year) => `Tabel 1. Beskrivelse af hver milepæl og de ønskede effekter, version ${year}.`,
    unscheduled: 'Afventer tidsplan',
    reachedWhen: 'Nået når',
  },
  en: {
    year: 'Year',
    milestone: 'Milestone',
    effects: 'Short-term effects of the reached milestone for residents (inv), the system (sys), services (vsh)',
    targetPictures: 'Target pictures per focus area describing the long-term desired effects',
    goals: 'Overall effect goals',
    caption: (year) => `Table 1. Description of each milestone and the desired effects, version ${year}.`,
    unscheduled: 'Awaiting schedule',
    reachedWhen: 'Reached when',
  },
};
const cell = (paragraphs: Paragraph[], width: number) =>
  new TableCell({ children: paragraphs.length ? paragraphs : [new Paragraph('')], width: { size: width, type: WidthType.PERCENTAGE } });
const lines = (text: string, bold = false) => text.split('\n').filter(Boolean).map((t) => new Paragraph({ children: [new TextRun({ text: t, bold })] }));

/**
 * Tabell 1 as a Word document, like the seed's: per focus area, per milestone its year, title
 * and description, short-term effects with their tags, the focus area's målbild, the effect goals.
 */
export async function exportDocx(db: Db, actor: Actor, versionId: number, lang: Lang = 'sv'): Promise<Buffer> {
  const view = await getRoadmapVersion(db, actor, versionId);
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
