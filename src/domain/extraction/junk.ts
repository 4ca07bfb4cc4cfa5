import { type Block, blockText } from './blocks';

/**
 * Junk removal: what a reader of the document does not see as content. Repeated page headers
 * and footers, page numbers, tables of contents and web chrome are dropped; each dropped block
 * is named in `skipped` so the review screen can show what went and why.
 */
export interface JunkResult {
  blocks: Block[];
  skipped: string[];
}

const WEB_CHROME: RegExp[] = [
  /^(gå|hoppa) (direkt )?till (huvud)?innehåll(et)?$/iu,
  /^(gå|spring) (direkte )?til (hoved)?indhold(et)?$/iu,
  /^skip to (main )?content$/iu,
  /^presentation(en)? laddar\.?( vänta\.?)?$/iu,
  /^liknande presentationer$/iu,
  /^en presentation över ämnet:/iu,
  /^ladda ner (ppt|pdf)/iu,
  /^google-annonser$/iu,
  /^(meny|menu|sök|søg|search|stäng|luk|close|lyssna|læs op|skriv ut|udskriv|print|dela|del|share|tillbaka|tilbage|till toppen|til toppen|back to top)$/iu,
  /^(du är här|du er her|you are here):?/iu,
  /^(senast (uppdaterad|ändrad|granskad)|sidan (uppdaterades|publicerades)|sidst (opdateret|ændret)|last (updated|modified))\b/iu,
  /^(acceptera|godkänn|accepter|accept)( alla)?( cookies| kakor)?$/iu,
];

const COOKIE = /\b(cookies?|kakor)\b/iu;
const PAGE_NUMBER = /^(sida|side|page|s\.|sid\.)?\s*\d{1,4}\s*((av|af|of|\/)\s*\d{1,4})?$/iu;
const TOC_TITLE = /^(innehåll|innehållsförteckning|indhold|indholdsfortegnelse|contents|table of contents)$/iu;
const TOC_ENTRY = /(\.{3,}|…+|\s)\s*\d{1,3}$/u;

/** A table whose every row is a title and a page number: a table of contents. */
function isTocTable(rows: string[][]): boolean {
  const nonEmpty = rows.map((r) => r.filter((c) => c.trim() !== '')).filter((r) => r.length > 0);
  return nonEmpty.length > 0 && nonEmpty.every((r) => r.length === 2 && /^\d{1,3}$/u.test((r[1] ?? '').trim()) && /\p{L}/u.test(r[0] ?? ''));
}

const pattern = (s: string) => s.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();

/** Paragraph patterns (a heading in larger type, such as the title, is never one) that start or end at least three pages (or every page of a shorter document): headers and footers. */
function repeatedEdges(blocks: Block[]): Set<string> {
  const pages = new Map<number, Block[]>();
  for (const b of blocks) {
    if (b.page === undefined || b.kind === 'page') continue;
    const list = pages.get(b.page) ?? [];
    list.push(b);
    pages.set(b.page, list);
  }
  if (pages.size < 2) return new Set();
  const count = new Map<string, number>();
  for (const list of pages.values()) {
    const edges = new Set([...list.slice(0, 2), ...list.slice(-2)].filter((b) => b.kind === 'paragraph').map((b) => pattern(blockText(b))));
    for (const e of edges) count.set(e, (count.get(e) ?? 0) + 1);
  }
  const needed = Math.min(3, pages.size);
  return new Set([...count].filter(([, n]) => n >= needed).map(([p]) => p));
}

/** Drops junk blocks; the remaining blocks keep their indexes. */
export function removeJunk(blocks: Block[]): JunkResult {
  const repeated = repeatedEdges(blocks);
  const skipped: string[] = [];
  const kept: Block[] = [];
  let inToc = false;
  const drop = (b: Block, why: string) => skipped.push(`${why}: ${blockText(b).slice(0, 120)}`);
  for (const b of blocks) {
    if (b.kind === 'page') continue;
    if (b.kind === 'table') {
      if (isTocTable(b.rows)) drop(b, 'Innehållsförteckning');
      else {
        inToc = false;
        kept.push(b);
      }
      continue;
    }
    const text = b.text;
    if (TOC_TITLE.test(text)) {
      inToc = true;
      drop(b, 'Innehållsförteckning');
      continue;
    }
    if (TOC_ENTRY.test(text) && (inToc || /(\.{3,}|…)\s*\d{1,3}$/u.test(text))) {
      drop(b, 'Innehållsförteckning');
      continue;
    }
    inToc = false;
    if (b.page !== undefined && b.kind === 'paragraph' && repeated.has(pattern(text))) {
      drop(b, 'Sidhuvud eller sidfot');
      continue;
    }
    if (b.kind !== 'list-item' && PAGE_NUMBER.test(text)) {
      drop(b, 'Sidnummer');
      continue;
    }
    if (WEB_CHROME.some((re) => re.test(text))) {
      drop(b, 'Webbsidans navigering');
      continue;
    }
    if (COOKIE.test(text) && text.length < 400 && b.kind !== 'heading') {
      drop(b, 'Kakor (cookies)');
      continue;
    }
    kept.push(b);
  }
  return { blocks: kept, skipped };
}
