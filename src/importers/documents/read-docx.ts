import JSZip from 'jszip';
import { cleanText, type RawBlock } from '../../domain/extraction/blocks';
import { readLabelHeading } from './heading-labels';
import { attr, child, childrenOf, descendants, parseXml, tagOf, textOf, type XmlNode } from './xml';

/**
 * A Word document read from its own XML: paragraphs with their styles and outline levels
 * (`Heading 2`, "Rubrik 2", an outline level set on the paragraph), numbered and bulleted
 * lists from the numbering part, tables with their cells (a merged cell's columns kept), and a
 * paragraph in bold standing alone as a heading below the styled ones.
 */
interface StyleInfo {
  name: string;
  outline?: number;
  basedOn?: string;
}

const BOLD_LEVEL = 20;

export async function readDocx(bytes: Uint8Array): Promise<RawBlock[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? null;
  const documentXml = await part('word/document.xml');
  if (documentXml === null) throw new Error('word/document.xml saknas: filen är inget Word-dokument');
  const styles = readStyles(await part('word/styles.xml'));
  const numbering = readNumbering(await part('word/numbering.xml'));
  const doc = parseXml(documentXml);
  const root = doc.find((n) => tagOf(n) === 'w:document');
  const body = root ? child(root, 'w:body') : undefined;
  if (!body) return [];
  const out: RawBlock[] = [];
  const labelLevels = new Map<string, number>();
  for (const n of childrenOf(body)) {
    const tag = tagOf(n);
    if (tag === 'w:p') {
      const b = readParagraph(n, styles, numbering, labelLevels);
      if (b) out.push(b);
    } else if (tag === 'w:tbl') {
      out.push({ kind: 'table', rows: readTable(n) });
    } else if (tag === 'w:sdt') {
      // A content control (often the table of contents): its paragraphs in order.
      for (const p of descendants(n, 'w:p')) {
        const b = readParagraph(p, styles, numbering, labelLevels);
        if (b) out.push(b);
      }
    }
  }
  return out;
}

function readStyles(xml: string | null): Map<string, StyleInfo> {
  const map = new Map<string, StyleInfo>();
  if (xml === null) return map;
  const root = parseXml(xml).find((n) => tagOf(n) === 'w:styles');
  if (!root) return map;
  for (const s of descendants(root, 'w:style')) {
    const id = attr(s, 'w:styleId');
    if (!id) continue;
    const name = attr(child(s, 'w:name') ?? {}, 'w:val') ?? id;
    const pPr = child(s, 'w:pPr');
    const outline = pPr ? attr(child(pPr, 'w:outlineLvl') ?? {}, 'w:val') : undefined;
    const basedOn = attr(child(s, 'w:basedOn') ?? {}, 'w:val');
    map.set(id, { name, outline: outline === undefined ? undefined : Number(outline), basedOn });
  }
  return map;
}

/** numId → level → whether the list is numbered (not bullets). */
function readNumbering(xml: string | null): Map<string, Map<number, boolean>> {
  const out = new Map<string, Map<number, boolean>>();
  if (xml === null) return out;
  const root = parseXml(xml).find((n) => tagOf(n) === 'w:numbering');
  if (!root) return out;
  const abstract = new Map<string, Map<number, boolean>>();
  for (const a of descendants(root, 'w:abstractNum')) {
    const levels = new Map<number, boolean>();
    for (const l of childrenOf(a).filter((c) => tagOf(c) === 'w:lvl')) {
      const fmt = attr(child(l, 'w:numFmt') ?? {}, 'w:val') ?? 'bullet';
      levels.set(Number(attr(l, 'w:ilvl') ?? 0), fmt !== 'bullet' && fmt !== 'none');
    }
    abstract.set(attr(a, 'w:abstractNumId') ?? '', levels);
  }
  for (const n of descendants(root, 'w:num')) {
    const abs = attr(child(n, 'w:abstractNumId') ?? {}, 'w:val') ?? '';
    out.set(attr(n, 'w:numId') ?? '', abstract.get(abs) ?? new Map());
  }
  return out;
}

/** A style's heading level: its outline level, or a name such as "heading 2" / "Rubrik 2", following basedOn. */
function headingLevel(styles: Map<string, StyleInfo>, id: string | undefined): { level: number; name: string } | null {
  let current = id;
  for (let guard = 0; current !== undefined && guard < 10; guard++) {
    const s = styles.get(current);
    const name = s?.name ?? current;
    if (/^(title|titel)$/iu.test(name)) return { level: 0, name: 'Title' };
    const named = /^(heading|rubrik|overskrift|otsikko)\s*(\d)$/iu.exec(name);
    if (named?.[2] !== undefined) return { level: Number(named[2]), name: `Heading ${named[2]}` };
    if (s?.outline !== undefined && s.outline < 9) return { level: s.outline + 1, name: `Heading ${s.outline + 1}` };
    current = s?.basedOn;
  }
  return null;
}

function runsText(p: XmlNode): { text: string; allBold: boolean } {
  let text = '';
  let chars = 0;
  let boldChars = 0;
  const walk = (n: XmlNode, bold: boolean) => {
    for (const c of childrenOf(n)) {
      const tag = tagOf(c);
      if (tag === 'w:r') {
        const rPr = child(c, 'w:rPr');
        const b = rPr ? child(rPr, 'w:b') : undefined;
        const isBold = b !== undefined && attr(b, 'w:val') !== '0' && attr(b, 'w:val') !== 'false';
        walk(c, isBold);
      } else if (tag === 'w:t') {
        const t = childrenOf(c).map(textOf).join('');
        text += t;
        chars += t.trim().length;
        if (bold) boldChars += t.trim().length;
      } else if (tag === 'w:tab' || tag === 'w:br' || tag === 'w:cr') text += ' ';
      else if (tag === 'w:hyperlink' || tag === 'w:smartTag' || tag === 'w:ins' || tag === 'w:fldSimple') walk(c, bold);
    }
  };
  walk(p, false);
  return { text: cleanText(text), allBold: chars > 0 && boldChars === chars };
}

function readParagraph(p: XmlNode, styles: Map<string, StyleInfo>, numbering: Map<string, Map<number, boolean>>, labelLevels: Map<string, number>): RawBlock | null {
  const { text, allBold } = runsText(p);
  if (text === '') return null;
  const pPr = child(p, 'w:pPr');
  const styleId = pPr ? attr(child(pPr, 'w:pStyle') ?? {}, 'w:val') : undefined;
  const outline = pPr ? attr(child(pPr, 'w:outlineLvl') ?? {}, 'w:val') : undefined;
  const heading = outline !== undefined && Number(outline) < 9 ? { level: Number(outline) + 1, name: `Heading ${Number(outline) + 1}` } : headingLevel(styles, styleId);
  if (heading) return { kind: 'heading', level: heading.level, style: heading.name, text };
  const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
  if (numPr) {
    const depth = Number(attr(child(numPr, 'w:ilvl') ?? {}, 'w:val') ?? 0);
    const numId = attr(child(numPr, 'w:numId') ?? {}, 'w:val') ?? '';
    if (numId !== '0') {
      const ordered = numbering.get(numId)?.get(depth) ?? false;
      return { kind: 'list-item', depth, marker: '', ordered, text };
    }
  }
  const label = readLabelHeading(text);
  if (label?.title) {
    if (!labelLevels.has(label.kind)) labelLevels.set(label.kind, labelLevels.size + 1);
    // Labelled headings in body text rank below the styled headings, in the order the document first uses them.
    return { kind: 'heading', level: 6 + (labelLevels.get(label.kind) ?? 1), style: label.kind, text: label.title };
  }
  if (allBold && text.length <= 150 && !/[.,;:]$/u.test(text)) return { kind: 'heading', level: BOLD_LEVEL, style: 'bold', text };
  const styleName = styleId ? (styles.get(styleId)?.name ?? styleId) : undefined;
  return styleName ? { kind: 'paragraph', text, style: styleName } : { kind: 'paragraph', text };
}

function readTable(tbl: XmlNode): string[][] {
  const rows: string[][] = [];
  for (const tr of childrenOf(tbl).filter((c) => tagOf(c) === 'w:tr')) {
    const row: string[] = [];
    for (const tc of childrenOf(tr).filter((c) => tagOf(c) === 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Number(attr(child(tcPr ?? {}, 'w:gridSpan') ?? {}, 'w:val') ?? 1);
      const text = descendants(tc, 'w:p')
        .map((p) => runsText(p).text)
        .filter((t) => t !== '')
        .join(' ');
      row.push(text);
      for (let i = 1; i < span; i++) row.push('');
    }
    rows.push(row);
  }
  return rows;
}
