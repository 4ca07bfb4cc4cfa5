/**
 * Matching the success-factor names in a risk table to the plan's success factors. The seed's
 * risk table writes "En god vård med hög tillgänglighet" where the plan says "… och
 * kontinuitet", so exact comparison is not enough; but a near match is only a proposal that a
 * person confirms, never a silent decision.
 */

/** How a source name relates to the plan: the same text, a proposal to confirm, or nothing close. */
export type MatchStatus = 'confirmed' | 'needs-confirmation' | 'unmatched';

export interface MatchCandidate<K> {
  key: K;
  title: string;
  /** 0–1: 1 for the same text after normalising. */
  score: number;
}

export interface NameMatch<K> {
  status: MatchStatus;
  /** The proposed (or confirmed) candidate; null when unmatched. */
  best: MatchCandidate<K> | null;
  /** The closest candidates, best first, for a person to choose among. */
  candidates: MatchCandidate<K>[];
}

/** Below this similarity a candidate is not proposed at all. */
export const PROPOSE_FROM = 0.4;
const MAX_CANDIDATES = 3;

/** Lower case, letters and digits only, single spaces: "Ansvarsfullt chefs- och …" compares with "ansvarsfullt chefs och …". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function trigrams(text: string): Map<string, number> {
  const padded = `  ${text} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** A name ready to compare: normalised, with its trigrams and their count. */
interface PreparedName {
  normal: string;
  grams: Map<string, number>;
  size: number;
}

function prepare(text: string): PreparedName {
  const normal = normaliseName(text);
  const grams = trigrams(normal);
  let size = 0;
  for (const n of grams.values()) size += n;
  return { normal, grams, size };
}

function similarity(a: PreparedName, b: PreparedName): number {
  if (a.normal === b.normal) return 1;
  if (a.normal === '' || b.normal === '') return 0;
  let shared = 0;
  for (const [gram, n] of a.grams) shared += Math.min(n, b.grams.get(gram) ?? 0);
  // Never 1 for different texts: only identical names are confirmed without a person.
  return Math.min((2 * shared) / (a.size + b.size), 0.99);
}

/**
 * Similarity of two names, 0–1: the Dice coefficient of their character trigrams after
 * normalising. Trigrams tolerate the seed's spelling slips ("förhållningsätt") and dropped
 * words, which word-by-word comparison would count as wholly different.
 */
export function nameSimilarity(a: string, b: string): number {
  return similarity(prepare(a), prepare(b));
}

/**
 * Matches source names against one list of candidates: exact → confirmed, close → needs
 * confirmation, else unmatched. The candidates are normalised and cut into trigrams once, not once
 * per name: a risk table's rows matched against a plan's success factors did it rows × factors
 * times on the request thread, about 100 ms for each read of the plan document (issue 13).
 */
export function nameMatcher<K>(candidates: readonly { key: K; title: string }[]): (name: string) => NameMatch<K> {
  const prepared = candidates.map((c) => ({ key: c.key, title: c.title, name: prepare(c.title) }));
  return (name) => {
    const source = prepare(name);
    const scored = prepared
      .map((c) => ({ key: c.key, title: c.title, score: similarity(source, c.name) }))
      .filter((c) => c.score >= PROPOSE_FROM)
      .sort((a, b) => b.score - a.score);
    const best = scored[0] ?? null;
    const status: MatchStatus = best === null ? 'unmatched' : best.score === 1 ? 'confirmed' : 'needs-confirmation';
    return { status, best, candidates: scored.slice(0, MAX_CANDIDATES) };
  };
}

/** Matches one source name against the candidates (`nameMatcher` for many names against the same candidates). */
export function matchName<K>(name: string, candidates: readonly { key: K; title: string }[]): NameMatch<K> {
  return nameMatcher(candidates)(name);
}

/**
 * Matches every name of a table at once. Exact matches are settled first, and a plan success
 * factor that one name matches exactly is not proposed for another name: the seed's table has
 * one row per success factor, so a taken factor would be a wrong proposal.
 */
export function matchNames<K>(names: readonly string[], candidates: readonly { key: K; title: string }[]): NameMatch<K>[] {
  // Each candidate normalised once (the first of equal names wins, as a search in order would).
  const byName = new Map<string, { key: K; title: string }>();
  for (const c of candidates) {
    const normal = normaliseName(c.title);
    if (!byName.has(normal)) byName.set(normal, c);
  }
  const exact = names.map((name) => byName.get(normaliseName(name)) ?? null);
  const taken = new Set(exact.filter((c) => c !== null).map((c) => c.key));
  const matchFree = nameMatcher(candidates.filter((c) => !taken.has(c.key)));
  return names.map((name, i) => {
    const hit = exact[i];
    if (hit !== null && hit !== undefined) {
      const best = { key: hit.key, title: hit.title, score: 1 };
      return { status: 'confirmed', best, candidates: [best] };
    }
    return matchFree(name);
  });
}
