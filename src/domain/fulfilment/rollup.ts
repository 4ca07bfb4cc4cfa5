/** Step 2 of goal fulfilment: a node's proposed status from the statuses of the measures below it. */
import type { Localized } from '../i18n/lang';
import type { RollupRule } from '../model/governance';
import { localize, statusPhrase, tr } from './explain';
import { formatShare } from './format';
import { FULFILMENT_STATUSES, type FulfilmentStatus } from './types';

/** A rolled-up status with the counts and share it was decided from. */
export interface RollupResult {
  status: FulfilmentStatus;
  explanation: Localized;
  counts: Record<FulfilmentStatus, number>;
  /** (met + partlyWeight × partly) / judged, or null when nothing was judged. */
  share: number | null;
}

// A share computed as 3 × (1/4) must still reach a 0.75 threshold.
const EPS = 1e-12;

/**
 * Rolls statuses up by the share-met rule: share = (met + partlyWeight × partly met) / judged,
 * where judged = met + partly met + not met. Met at or above `metThreshold`, partly met at or
 * above `partlyThreshold`, else not met. Measures without a value or not measurable do not
 * count; when none is judged the node has no value if any measure lacks one, else it is not measurable.
 */
export function rollUp(statuses: FulfilmentStatus[], rule: RollupRule): RollupResult {
  const counts = Object.fromEntries(FULFILMENT_STATUSES.map((s) => [s, 0])) as Record<FulfilmentStatus, number>;
  for (const s of statuses) counts[s]++;
  const met = counts.met;
  const partly = counts['partly-met'];
  const judged = met + partly + counts['not-met'];
  const rest = (lang: keyof Localized) => unjudgedText(counts, lang);

  if (judged === 0) {
    const status: FulfilmentStatus = counts['no-value'] > 0 ? 'no-value' : 'not-measurable';
    const explanation = localize((lang) => {
      const head = tr('Inget bedömt mått', 'Ingen vurderede mål', 'No judged measures')[lang];
      const r = rest(lang);
      return `${head}${r ? `: ${r}` : ''} – ${statusPhrase(status, lang)}`;
    });
    return { status, explanation, counts, share: null };
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
    const r = rest(lang);
    const pct = `(${formatShare(share, lang, threshold)}) ${sign} ${formatShare(threshold, lang)}`;
    const notCounted = r ? ` (${tr(`${r} räknas inte`, `${r} tælles ikke med`, `${r} not counted`)[lang]})` : '';
    return `${counted} ${pct} – ${statusPhrase(status, lang)}${notCounted}`;
  });
  return { status, explanation, counts, share };
}

/** `1 utan värde, 2 ej mätbara` — the measures that did not count, so the reader sees they exist. */
function unjudgedText(counts: Record<FulfilmentStatus, number>, lang: keyof Localized): string {
  const nv = counts['no-value'];
  const nm = counts['not-measurable'];
  const parts: string[] = [];
  if (nv) parts.push(tr(`${nv} utan värde`, `${nv} uden værdi`, `${nv} without a value`)[lang]);
  if (nm) parts.push(tr(`${nm} ej ${nm === 1 ? 'mätbart' : 'mätbara'}`, `${nm} ikke ${nm === 1 ? 'målbart' : 'målbare'}`, `${nm} not measurable`)[lang]);
  return parts.join(', ');
}
