/**
 * Finds the federation glossary's agreed terms in a plan's text, so each use can be explained where
 * it stands. Matching ignores case and takes whole words only ("vård" is not found in "vårdcentral"),
 * the longest term first ("nära vård" before "vård"), and each term is explained at its first use in
 * the text only, so a long text is not a field of links.
 */
export interface GlossaryTerm {
  term: string;
  definition: string;
}

export type TextPart = { text: string; term?: undefined } | { text: string; term: GlossaryTerm };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text split into plain parts and parts that use a glossary term (written as in the text). */
export function splitByTerms(text: string, terms: readonly GlossaryTerm[]): TextPart[] {
  const usable = terms.filter((t) => t.term.trim() !== '').sort((a, b) => b.term.length - a.term.length);
  if (usable.length === 0 || text === '') return text === '' ? [] : [{ text }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${usable.map((t) => escapeRegExp(t.term.trim())).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const parts: TextPart[] = [];
  const used = new Set<string>();
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const found = match[0];
    const key = found.toLocaleLowerCase('sv');
    const term = usable.find((t) => t.term.trim().toLocaleLowerCase('sv') === key);
    if (!term || used.has(key)) continue;
    used.add(key);
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: found, term });
    at = match.index + found.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The terms a set of texts uses, in glossary order. */
export function termsUsed(texts: readonly string[], terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const found = new Set<GlossaryTerm>();
  for (const t of texts) for (const p of splitByTerms(t, terms)) if (p.term) found.add(p.term);
  return terms.filter((t) => found.has(t));
}
