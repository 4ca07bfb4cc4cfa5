/**
 * The safe rich text of plan chapters: a small markup, never HTML.
 *
 *   ## Heading            ### Subheading
 *   A paragraph: lines next to each other, **bold**, *italic*, [a link](https://example.se).
 *   - a bullet
 *   - another bullet
 *
 * Blocks are separated by blank lines; `\` escapes a markup character. Links may go to
 * https, mailto or a path on this site; anything else (javascript:, data:, …) is reported
 * and shown as plain text. HTML is not markup: a `<script>` stays the literal text it is, and
 * is reported, so that an editor learns why it did nothing. The parser is pure and never throws.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'bold'; children: Inline[] }
  | { type: 'italic'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3; children: Inline[] }
  | { type: 'list'; items: Inline[][] };

export interface RichTextDoc {
  blocks: Block[];
}

/** Something in the markup that was neutralised; `line` is 1-based within the text. */
export interface RichTextIssue {
  line: number;
  message: string;
}

const ESCAPABLE = new Set(['\\', '*', '[', ']', '(', ')', '#', '-', '_', '`', '<', '>', '•']);
const HEADING = /^(#{2,3})\s+(.*\S)\s*$/u;
const BULLET = /^\s*[-*•]\s+(.*)$/u;
const HTML_TAG = /<\/?[a-z][^>]*>/iu;
// Only these link targets are ever rendered as links: an allow-list cannot be tricked by
// spelling ("JaVa\tScRiPt:") the way a block-list can.
// A same-site path is one `/` followed by neither `/` nor `\`: browsers read `//host` and `/\host`
// as another site. No backslash or control character anywhere: they mean different things to
// different readers of a URL.
const SAFE_HREF = /^(https:\/\/[^\s<>"\\\p{Cc}]+|mailto:[^\s<>"\\\p{Cc}]+|\/(?:[^\s<>"\\\p{Cc}/][^\s<>"\\\p{Cc}]*)?)$/iu;

/** Whether a link target may be rendered as a link. */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href);
}

/** Parses markup into blocks, with a report of everything that was neutralised. */
export function parseRichText(source: string): { doc: RichTextDoc; issues: RichTextIssue[] } {
  const issues: RichTextIssue[] = [];
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: { text: string[]; line: number } | null = null;
  let list: { items: Inline[][] } | null = null;
  const flush = () => {
    if (paragraph) blocks.push({ type: 'paragraph', children: parseInline(paragraph.text.join(' '), paragraph.line, issues) });
    if (list) blocks.push({ type: 'list', items: list.items });
    paragraph = null;
    list = null;
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (HTML_TAG.test(raw)) {
      issues.push({ line, message: 'HTML är inte tillåtet och visas som text. Använd **fet**, *kursiv*, [länk](https://…), "## " för rubrik och "- " för punktlista.' });
    }
    if (raw.trim() === '') return flush();
    const heading = HEADING.exec(raw);
    if (heading?.[1] && heading[2]) {
      flush();
      blocks.push({ type: 'heading', level: heading[1].length === 2 ? 2 : 3, children: parseInline(heading[2], line, issues) });
      return;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      if (paragraph) flush();
      list ??= { items: [] };
      list.items.push(parseInline((bullet[1] ?? '').trim(), line, issues));
      return;
    }
    if (list) flush();
    paragraph ??= { text: [], line };
    paragraph.text.push(raw.trim());
  });
  flush();
  return { doc: { blocks }, issues };
}

/** The index of `delimiter` in `text` at or after `from`, skipping escaped characters; -1 if none. */
function findClosing(text: string, delimiter: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') {
      i += 1;
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      // A single `*` closes italic only when it is not half of a `**`.
      if (delimiter === '*' && text[i + 1] === '*') {
        i += 1;
        continue;
      }
      return i;
    }
  }
  return -1;
}

/** The `)` that closes a link target starting at `from`, allowing balanced parentheses inside it; -1 if none. */
function closingParenthesis(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}

/** Inline markup of one paragraph, heading or bullet. */
function parseInline(text: string, line: number, issues: RichTextIssue[]): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const pushText = (t: string) => {
    plain += t;
  };
  const flushText = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.has(text[i + 1]!)) {
      pushText(text[i + 1]!);
      i += 2;
      continue;
    }
    if (text.startsWith('**', i)) {
      const close = findClosing(text, '**', i + 2);
      if (close > i + 2) {
        flushText();
        out.push({ type: 'bold', children: parseInline(text.slice(i + 2, close), line, issues) });
        i = close + 2;
        continue;
      }
    } else if (c === '*') {
      const close = findClosing(text, '*', i + 1);
      if (close > i + 1) {
        flushText();
        out.push({ type: 'italic', children: parseInline(text.slice(i + 1, close), line, issues) });
        i = close + 1;
        continue;
      }
    } else if (c === '[') {
      const closeText = findClosing(text, '](', i + 1);
      const closeHref = closeText < 0 ? -1 : closingParenthesis(text, closeText + 2);
      if (closeText >= 0 && closeHref >= 0) {
        const label = parseInline(text.slice(i + 1, closeText), line, issues);
        const href = text.slice(closeText + 2, closeHref).trim();
        flushText();
        if (isSafeHref(href)) out.push({ type: 'link', href, children: label });
        else {
          issues.push({ line, message: `Länken "${href}" visas som text: länkar får bara gå till https://, mailto: eller en sökväg på webbplatsen (som börjar med ett enda /).` });
          out.push(...label);
        }
        i = closeHref + 1;
        continue;
      }
    }
    pushText(c);
    i += 1;
  }
  flushText();
  return out;
}

/** Writes plain text so that it reads back as the same text: markup characters are escaped. */
export function escapeRichText(text: string): string {
  return text
    .replace(/[\\*[\]_`<>]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([#\-•])/gmu, '$1\\$2');
}

/** The text of inline content without markup. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');
}

/** A document as plain text, for exports that cannot show markup: blocks separated by blank lines, bullets as "– ". */
export function richTextToPlain(doc: RichTextDoc): string {
  return doc.blocks
    .map((b) => (b.type === 'list' ? b.items.map((item) => `– ${inlineText(item)}`).join('\n') : inlineText(b.children)))
    .join('\n\n');
}
