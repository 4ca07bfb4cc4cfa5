import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { cleanText, type RawBlock } from '../../domain/extraction/blocks';
import { readLabelHeading } from './heading-labels';

/**
 * A web page as blocks: <h1>–<h6> headings, paragraphs, nested lists with their depth, tables
 * (header and body cells, a colspan kept as empty columns). Page chrome — navigation, header,
 * footer, scripts, forms, cookie banners — is left out before reading; what remains of it
 * (skip links, "Senast uppdaterad") is junk removal's.
 */
const DROP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'form', 'button', 'svg', 'template', 'iframe', 'select', 'aside']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'details', 'summary', 'body', 'html', 'pre', 'address']);

const isCookieBanner = (el: HTMLElement) => /cookie|consent|gdpr/iu.test(`${el.id} ${el.getAttribute('class') ?? ''}`);

export function readHtml(html: string): RawBlock[] {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const out: RawBlock[] = [];
  const labelLevels = new Map<string, number>();
  const main = root.querySelector('main') ?? root.querySelector('article') ?? root.querySelector('body') ?? root;
  const titleEl = root.querySelector('title');
  if (titleEl && !main.querySelector('h1')) {
    const t = cleanText(titleEl.text);
    if (t !== '') out.push({ kind: 'heading', level: 0, style: 'Title', text: t });
  }
  let inline = '';
  const flush = () => {
    const text = cleanText(inline);
    inline = '';
    if (text === '') return;
    const label = readLabelHeading(text);
    if (label?.title && text.length <= 200) {
      if (!labelLevels.has(label.kind)) labelLevels.set(label.kind, labelLevels.size + 1);
      out.push({ kind: 'heading', level: 6 + (labelLevels.get(label.kind) ?? 1), style: label.kind, text: label.title });
    } else out.push({ kind: 'paragraph', text });
  };
  const walk = (node: Node, listDepth: number) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      inline += ` ${node.text}`;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (DROP.has(tag) || isCookieBanner(el) || el.getAttribute('hidden') !== undefined || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') {
      inline += ' ';
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
      for (const c of el.childNodes) walk(c, listDepth);
      return;
    }
    flush();
    const heading = /^h([1-6])$/u.exec(tag);
    if (heading?.[1] !== undefined) {
      const text = cleanText(el.text);
      if (text !== '') out.push({ kind: 'heading', level: Number(heading[1]), style: `h${heading[1]}`, text });
      return;
    }
    if (tag === 'table') {
      const rows = el.querySelectorAll('tr').map((tr) =>
        tr.querySelectorAll('th, td').flatMap((cell) => {
          const span = Number(cell.getAttribute('colspan') ?? 1) || 1;
          return [cleanText(cell.text), ...Array.from({ length: span - 1 }, () => '')];
        }),
      );
      if (rows.length > 0) out.push({ kind: 'table', rows });
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      for (const li of el.childNodes) {
        if (li.nodeType !== NodeType.ELEMENT_NODE || (li as HTMLElement).tagName?.toLowerCase() !== 'li') continue;
        const item = li as HTMLElement;
        // The item's own text, without its nested lists.
        let own = '';
        const nested: HTMLElement[] = [];
        const collect = (n: Node) => {
          if (n.nodeType === NodeType.TEXT_NODE) own += ` ${n.text}`;
          else if (n.nodeType === NodeType.ELEMENT_NODE) {
            const t = (n as HTMLElement).tagName?.toLowerCase();
            if (t === 'ul' || t === 'ol') nested.push(n as HTMLElement);
            else if (!DROP.has(t ?? '')) for (const c of n.childNodes) collect(c);
          }
        };
        for (const c of item.childNodes) collect(c);
        const text = cleanText(own);
        if (text !== '') out.push({ kind: 'list-item', depth: listDepth, marker: '', ordered: tag === 'ol', text });
        for (const n of nested) walk(n, listDepth + 1);
      }
      return;
    }
    for (const c of el.childNodes) walk(c, listDepth);
    flush();
  };
  walk(main, 0);
  flush();
  return out;
}
