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

/**
 * Similarity of two names, 0–1: the Dice coefficient of their character trigrams after
 * normalising. Trigrams tolerate the seed's spelling slips ("förhållningsätt") and dropped
 * words, which word-by-word comparison would count as wholly different.
 */
export function nameSimilarity(a: string, b: string): number {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (na === nb) return 1;
  if (na === '' || nb === '') return 0;
  const ga = trigrams(na);
  const gb = trigrams(nb);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of ga) {
    shared += Math.min(n, gb.get(gram) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  // Never 1 for different texts: only identical names are confirmed without a person.
  return Math.min((2 * shared) / total, 0.99);
}

/** Matches one source name against the candidates: exact → confirmed, close → needs confirmation, else unmatched. */
export function matchName<K>(name: string, candidates: readonly { key: K; title: string }[]): NameMatch<K> {
  const scored = candidates
    .map((c) => ({ key: c.key, title: c.title, score: nameSimilarity(name, c.title) }))
    .filter((c) => c.score >= PROPOSE_FROM)
    .sort((a, b) => b.score - a.score);
  const best = scored[0] ?? null;
  const status: MatchStatus = best === null ? 'unmatched' : best.score === 1 ? 'confirmed' : 'needs-confirmation';
  return { status, best, candidates: scored.slice(0, MAX_CANDIDATES) };
}

/**
 * Matches every name of a table at once. Exact matches are settled first, and a plan success
 * factor that one name matches exactly is not proposed for another name: the seed's table has
 * one row per success factor, so a taken factor would be a wrong proposal.
 */
export function matchNames<K>(names: readonly string[], candidates: readonly { key: K; title: string }[]): NameMatch<K>[] {
  const exact = names.map((name) => candidates.find((c) => normaliseName(c.title) === normaliseName(name)) ?? null);
  const taken = new Set(exact.filter((c) => c !== null).map((c) => c.key));
  const free = candidates.filter((c) => !taken.has(c.key));
  return names.map((name, i) => {
    const hit = exact[i];
    if (hit !== null && hit !== undefined) {
      const best = { key: hit.key, title: hit.title, score: 1 };
      return { status: 'confirmed', best, candidates: [best] };
    }
    return matchName(name, free);
  });
}
