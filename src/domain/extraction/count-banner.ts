import type { ProposedNode } from './proposal';

/** Number words a heading counts its items with, Swedish, Danish and English. */
const COUNT_WORDS: Record<string, number> = {
  en: 1, ett: 1, et: 1, one: 1,
  två: 2, to: 2, two: 2,
  tre: 3, three: 3,
  fyra: 4, fire: 4, four: 4,
  fem: 5, five: 5,
  sex: 6, seks: 6, six: 6,
  sju: 7, syv: 7, seven: 7,
  åtta: 8, otte: 8, eight: 8,
  nio: 9, ni: 9, nine: 9,
  tio: 10, ti: 10, ten: 10,
  elva: 11, elleve: 11, eleven: 11,
  tolv: 12, twelve: 12,
};

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The number of items a heading announces ("8 nye nationale mål", "Fem spor", "tre fælles ambitioner"), or null. */
export function announcedCount(heading: string): number | null {
  for (const w of words(heading)) {
    if (/^\d{1,2}$/u.test(w)) return Number(w);
    // "en", "et", "to" are also ordinary words; a count of one or two says little, so only three and up count as words.
    const n = COUNT_WORDS[w];
    if (n !== undefined && n >= 3) return n;
  }
  return null;
}

const isCaps = (s: string) => /\p{L}{2}/u.test(s) && s === s.toUpperCase() && s !== s.toLowerCase();

/**
 * A heading that announces a count of items and has exactly one item more, where that one is an
 * all-caps banner repeating the heading's own words ("8 nye nationale mål" over "NATIONALE MÅL :
 * BEDRE KVALITET …" and the eight goals): the banner is a summary, not an item. It goes into the
 * heading's description, so the announced number of items remains. Anything else is left as read.
 */
export function foldCountBanners(nodes: ProposedNode[]): ProposedNode[] {
  return nodes.map((n) => {
    const children = foldCountBanners(n.children);
    const count = announcedCount(n.name);
    if (count === null || children.length !== count + 1) return { ...n, children };
    const own = new Set(words(n.name).filter((w) => w.length >= 3 && !/^\d+$/u.test(w) && COUNT_WORDS[w] === undefined));
    if (own.size === 0) return { ...n, children };
    const banners = children.filter((c) => {
      const shared = new Set(words(c.name).filter((w) => own.has(w)));
      return isCaps(c.name) && shared.size >= Math.min(2, own.size) && c.children.length === 0 && c.measures.length === 0;
    });
    if (banners.length !== 1) return { ...n, children };
    const banner = banners[0]!;
    const text = banner.description === undefined ? banner.name : `${banner.name}\n\n${banner.description}`;
    return {
      ...n,
      description: n.description === undefined ? text : `${text}\n\n${n.description}`,
      children: children.filter((c) => c !== banner),
    };
  });
}
