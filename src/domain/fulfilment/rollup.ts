/** Step 2 of goal fulfilment: a node's proposed status from the statuses of the measures below it. */
import type { Localized } from '../i18n/lang';
import { DEFAULT_MIN_COVERAGE, type RollupRule } from '../model/governance';
import { localize, statusPhrase, tr } from './explain';
import { formatShare } from './format';
import { FULFILMENT_STATUSES, type FulfilmentStatus } from './types';

/** A rolled-up status with the counts and share it was decided from. */
export interface RollupResult {
  status: FulfilmentStatus;
  explanation: Localized;
  counts: Record<FulfilmentStatus, number>;
  /** (met + partlyWeight × partly) / judged, or null when no colour was given. */
  share: number | null;
  /** Judged / judgeable measures (those with a value among those that could have one), or null when none is judgeable. */
  coverage: number | null;
}

// A share computed as 3 × (1/4) must still reach a 0.75 threshold.
const EPS = 1e-12;

/**
 * Rolls statuses up in two steps.
 *
 * 1. Coverage before colour: the judgeable measures are those that could be judged with a value
 *    (met, partly met, not met and no value yet); measures not measurable or not reported this
 *    period are left out. Unless at least `minCoverage` of the judgeable ones have a value (are
 *    judged), the node is "för få värden" (none judged: "inget värde ännu"), never a colour.
 * 2. The share-met rule: share = (met + partlyWeight × partly met) / judged. Met at or above
 *    `metThreshold`, partly met at or above `partlyThreshold`, else not met.
 *
 * Nothing judgeable: not reported when every measure is, else not measurable.
 */
export function rollUp(statuses: FulfilmentStatus[], rule: RollupRule): RollupResult {
  return rollUpCounts(countStatuses(statuses), rule);
}

/** How many of `statuses` each status is (every status named, 0 where none). */
export function countStatuses(statuses: Iterable<FulfilmentStatus>): Record<FulfilmentStatus, number> {
  const counts = Object.fromEntries(FULFILMENT_STATUSES.map((s) => [s, 0])) as Record<FulfilmentStatus, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}

/** rollUp of statuses given as their counts (countStatuses); the result keeps `counts`. */
export function rollUpCounts(counts: Record<FulfilmentStatus, number>, rule: RollupRule): RollupResult {
  const total = FULFILMENT_STATUSES.reduce((n, s) => n + counts[s], 0);
  const met = counts.met;
  const partly = counts['partly-met'];
  const judged = met + partly + counts['not-met'];
  // A node's "too few values" never reaches a roll-up (nodes are rolled up from measures), but count it as awaiting values if it does.
  const judgeable = judged + counts['no-value'] + counts['too-few-values'];
  const minCoverage = rule.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const rest = (lang: keyof Localized) => unjudgedText(counts, lang);
  const notCounted = (lang: keyof Localized) => {
    const r = rest(lang);
    return r ? ` (${tr(`${r} räknas inte`, `${r} tælles ikke med`, `${r} not counted`)[lang]})` : '';
  };

  if (judgeable === 0) {
    const status: FulfilmentStatus = counts['not-reported'] > 0 && counts['not-reported'] === total ? 'not-reported' : 'not-measurable';
    const explanation = localize((lang) => {
      const head = tr('Inget mått att bedöma', 'Ingen mål at vurdere', 'No measure to judge')[lang];
      const r = rest(lang);
      return `${head}${r ? `: ${r}` : ''} – ${statusPhrase(status, lang)}`;
    });
    return { status, explanation, counts, share: null, coverage: null };
  }

  const coverage = judged / judgeable;
  const covered = (lang: keyof Localized) =>
    tr(`${judged} av ${judgeable} mått har värde`, `${judged} af ${judgeable} mål har en værdi`, `${judged} of ${judgeable} measures have a value`)[lang];
  if (judged === 0 || coverage + EPS < minCoverage) {
    const status: FulfilmentStatus = judged === 0 ? 'no-value' : 'too-few-values';
    const explanation = localize((lang) => {
      const need = judged === 0 ? '' : ` (${formatShare(coverage, lang, minCoverage)}) < ${formatShare(minCoverage, lang)}`;
      return `${covered(lang)}${need} – ${statusPhrase(status, lang)}${notCounted(lang)}`;
    });
    return { status, explanation, counts, share: null, coverage };
  }

  const share = (met + rule.partlyWeight * partly) / judged;
  const status: FulfilmentStatus =
    share + EPS >= rule.metThreshold ? 'met' : share + EPS >= rule.partlyThreshold ? 'partly-met' : 'not-met';
  // Show the threshold that decided: the met one when reached, else the partly one (reached or not).
  const threshold = status === 'met' ? rule.metThreshold : rule.partlyThreshold;
  const sign = status === 'not-met' ? '<' : '≥';
  const explanation = localize((lang) => {
    const counted = {
      sv: `${met} av ${judged} bedömda mått uppfyllda${partly ? `, ${partly} delvis` : ''}`,
      da: `${met} af ${judged} vurderede mål opfyldt${partly ? `, ${partly} delvist` : ''}`,
      en: `${met} of ${judged} judged measures met${partly ? `, ${partly} partly` : ''}`,
    }[lang];
    const pct = `(${formatShare(share, lang, threshold)}) ${sign} ${formatShare(threshold, lang)}`;
    return `${covered(lang)}; ${counted} ${pct} – ${statusPhrase(status, lang)}${notCounted(lang)}`;
  });
  return { status, explanation, counts, share, coverage };
}

/** `1 ej mätbart, 2 rapporteras inte denna period` — the measures left out of the share, so the reader sees they exist. */
function unjudgedText(counts: Record<FulfilmentStatus, number>, lang: keyof Localized): string {
  const nm = counts['not-measurable'];
  const nr = counts['not-reported'];
  const parts: string[] = [];
  if (nm) parts.push(tr(`${nm} ej ${nm === 1 ? 'mätbart' : 'mätbara'}`, `${nm} ikke ${nm === 1 ? 'målbart' : 'målbare'}`, `${nm} not measurable`)[lang]);
  if (nr) parts.push(tr(`${nr} rapporteras inte denna period`, `${nr} rapporteres ikke i denne periode`, `${nr} not reported this period`)[lang]);
  return parts.join(', ');
}
