/**
 * Reads a target cell as people write it (`Öka`, `Under 6,5 %`, `K 16,0 M 17,2`, `DÅ 04: 56 % …`)
 * into a structured `Target`. Swedish first, with Danish and English synonyms. What is not
 * understood stays `qualitative` with its text, so a person judges it; this never throws.
 */
import { NUMBER_PATTERN, parseNumber, parseQuantity } from '../numbers';
import { readSentence } from './read-sentence';
import { MONTH_PATTERN, monthNumber, parsePeriodKey, parseReference, parseSeries, squash } from './text';
import type { Reference, ReportKind, Sex, Target } from './types';

/** Understands a target text; never throws, and keeps `text` verbatim (trimmed). */
export function parseTarget(text: string): Target {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  try {
    return readTarget(trimmed) ?? { kind: 'qualitative', text: trimmed };
  } catch {
    // A reader bug must not stop an import: the person still sees and judges the text.
    return { kind: 'qualitative', text: trimmed };
  }
}

type Reader = (s: string, lower: string, text: string) => Target | null;

function readTarget(text: string): Target | null {
  const s = squash(text);
  const lower = s.toLowerCase();
  if (s === '' || /^[-–—]+$/.test(s)) return { kind: 'none', text };
  const readers: Reader[] = [
    readPending,
    readPerReportPeriod,
    readPerSex,
    readRelativeChange,
    readGap,
    readSameAs,
    readBenchmark,
    readDirection,
    (x, _l, t) => readSimple(x, t),
    // Whole sentences from other regions' plans; last, so that every seed-001 cell keeps its reading.
    (_x, _l, t) => readSentence(t),
  ];
  for (const read of readers) {
    const target = read(s, lower, text);
    if (target) return target;
  }
  return null;
}

const YEAR = '((?:19|20)\\d{2})';

function readPending(_s: string, lower: string, text: string): Target | null {
  const m = new RegExp(
    `^(?:uppdateras|fastställs|sätts|beslutas|tas fram|opdateres|fastsættes|fastlægges|besluttes|to be (?:updated|set|decided)|tbd)(?: (?:senare|senere|later))?(?: (?:i|in|under|during|inför))?(?: ${YEAR})?\\.?$`,
  ).exec(lower);
  if (!m) return null;
  return { kind: 'pending', year: m[1] ? Number(m[1]) : null, text };
}

/** A level or a fraction, the only things allowed inside per-sex and per-report-period targets. */
function readSimple(s: string, text: string): Target | null {
  return readFraction(s, text) ?? readLevel(s, text);
}

function readFraction(s: string, text: string): Target | null {
  const m = /^(\d+) ?(?:\/|av|af|of) ?(\d+)$/i.exec(s);
  if (!m?.[1] || !m[2]) return null;
  const numerator = Number(m[1]);
  const denominator = Number(m[2]);
  if (denominator === 0) return null;
  return { kind: 'fraction', numerator, denominator, text };
}

type Op = '<' | '<=' | '>' | '>=' | '=';

// Longest phrases first so `mindre än` wins over `min`.
const OPS: [string, Op][] = (
  [
    ['lägre än', '<'], ['mindre än', '<'], ['lavere end', '<'], ['mindre end', '<'], ['less than', '<'],
    ['fewer than', '<'], ['below', '<'], ['under', '<'], ['<', '<'],
    ['som mest', '<='], ['maximalt', '<='], ['maksimalt', '<='], ['maximum', '<='], ['at most', '<='],
    ['no more than', '<='], ['högst', '<='], ['højst', '<='], ['maks', '<='], ['max', '<='], ['≤', '<='],
    ['<=', '<='], ['=<', '<='],
    ['högre än', '>'], ['mer än', '>'], ['fler än', '>'], ['højere end', '>'], ['mere end', '>'],
    ['flere end', '>'], ['more than', '>'], ['above', '>'], ['över', '>'], ['over', '>'], ['>', '>'],
    ['minimum', '>='], ['at least', '>='], ['no less than', '>='], ['minst', '>='], ['lägst', '>='],
    ['mindst', '>='], ['min', '>='], ['≥', '>='], ['>=', '>='], ['=>', '>='],
    ['exakt', '='], ['præcis', '='], ['exactly', '='], ['=', '='],
  ] as [string, Op][]
).sort((a, b) => b[0].length - a[0].length);

const OP_PATTERN = OPS.map(([w]) => w).join('|');

function readLevel(s: string, text: string): Target | null {
  const m = new RegExp(
    `^(?:(${OP_PATTERN})\\.? ?)?(.+?)(?: (?:i|per|in|by|til|till|senast|innan) (${MONTH_PATTERN})\\.?(?: ${YEAR})?)?$`,
    'iu',
  ).exec(s);
  if (!m?.[2]) return null;
  const quantity = parseQuantity(m[2]);
  // "Lägre än 2021 års utfall", "2019-niveau": a year's level, read by the sentence reader as a comparison.
  if (!quantity || /^(?:19|20)\d{2}(?:\s+års?\b|-?\s*niveau)/u.test(m[2].trim())) return null;
  const opWord = m[1]?.toLowerCase();
  const op = opWord ? (OPS.find(([w]) => w === opWord)?.[1] ?? null) : null;
  const target: Target = { kind: 'level', op, quantity, text };
  const month = m[3] ? monthNumber(m[3]) : null;
  if (month) target.month = month;
  return target;
}

const VERB_DIRECTION: [RegExp, 'increase' | 'decrease' | 'improve'][] = [
  [/^(?:öka|ökad|ökat|ökade|ökning|höja|höjd|höjt|högre|øge|øget|øges|øgning|hæve|højere|stige|increase|increased|raise|higher)$/u, 'increase'],
  [/^(?:minska|minskad|minskat|minskade|minskning|sänka|sänkt|sänkning|lägre|reducera|reducerad|reducerat|reducere|reduceret|reduceres|reduktion|mindske|mindsket|mindskes|sænke|sænket|nedbringe|lavere|decrease|decreased|reduce|reduced|lower)$/u, 'decrease'],
  [/^(?:förbättra|förbättrad|förbättrat|förbättrade|förbättring|bättre|forbedre|forbedret|forbedres|forbedring|bedre|improve|improved|improvement|better)$/u, 'improve'],
];

function directionOf(word: string): 'increase' | 'decrease' | 'improve' | null {
  return VERB_DIRECTION.find(([re]) => re.test(word))?.[1] ?? null;
}

// Nouns that only restate what is measured: "Förbättrat värde", "Öka andelen".
const FILLER = /^(?:värdet?|resultatet?|nivån?|andelen|antalet|værdien|værdi|niveauet|niveau|andelen|antallet|the value|value|level|result|the share|the number) ?/u;

function readDirection(_s: string, lower: string, text: string): Target | null {
  const m = /^(\p{L}+)\s*(.*)$/u.exec(lower);
  if (!m?.[1]) return null;
  const direction = directionOf(m[1]);
  if (!direction) return null;
  const reference = parseReference((m[2] ?? '').replace(FILLER, ''));
  if (!reference) return null;
  return { kind: 'direction', direction, reference, text };
}

function readRelativeChange(_s: string, lower: string, text: string): Target | null {
  const m = new RegExp(`^(\\p{L}+) (?:med|by) (${NUMBER_PATTERN}) ?(?:%|procent|percent|pct\\.?)(?: (.*))?$`, 'u').exec(lower);
  if (!m?.[1] || !m[2]) return null;
  const direction = directionOf(m[1]);
  const percent = parseNumber(m[2]);
  if (direction === null || direction === 'improve' || percent === null) return null;
  const reference = parseReference(m[3] ?? '');
  if (!reference) return null;
  return { kind: 'relative-change', direction, percent, reference, text };
}

function readGap(_s: string, lower: string, text: string): Target | null {
  const m = /^(\p{L}+) (?:the )?(?:skillnad\p{L}*|forskel\p{L}*|gap|gaps|difference|differences)(?: (.*))?$/u.exec(lower);
  if (!m?.[1]) return null;
  const direction = /^(?:smaller|narrower|narrow|mindre)$/.test(m[1]) ? 'decrease' : directionOf(m[1]);
  if (direction === null || direction === 'improve') return null;
  const reference = parseReference(m[2] ?? '');
  if (!reference) return null;
  return { kind: 'gap', direction, reference, text };
}

function readSameAs(_s: string, lower: string, text: string): Target | null {
  if (/^(?:bibehålla|behålla|bibehållen|bibehållet|oförändrad|oförändrat|fastholde|bevare|uændret|maintain|unchanged)(?: (?:nivån?|niveauet|niveau|the level|level))?$/u.test(lower)) {
    return { kind: 'same-as', reference: { type: 'baseline' }, text };
  }
  const m = /^(?:på )?(?:samma|samme|the same|same) (?:nivå |niveau |level )?(?:som|as) (.+)$/u.exec(lower);
  const period = m?.[1] ? parsePeriodKey(m[1]) : null;
  if (!period) return null;
  return { kind: 'same-as', reference: { type: 'period', period }, text };
}

const BENCHMARK_RELATIONS: [RegExp, 'equal' | 'better' | 'low-stable'][] = [
  [/^(?:i nivå med|på nivå med|i paritet med|på samma nivå som|samma nivå som|i niveau med|på niveau med|på linje med|samme niveau som|in line with|on par with|level with|at the level of|the same level as)\s+(.+)$/u, 'equal'],
  [/^(?:bättre än|bedre end|better than)\s+(.+)$/u, 'better'],
  [/^(?:låg och stabil|lav og stabil|low and stable)(?: nivå| niveau| level)?\s*(.*)$/u, 'low-stable'],
];

function readBenchmark(_s: string, lower: string, text: string): Target | null {
  for (const [re, relation] of BENCHMARK_RELATIONS) {
    const m = re.exec(lower);
    if (!m) continue;
    const rest = m[1] ?? '';
    const reference = parseReference(rest) ?? seriesReference(rest);
    if (!reference || (relation !== 'low-stable' && reference.type !== 'series')) return null;
    return { kind: 'benchmark', relation, reference, text };
  }
  return null;
}

function seriesReference(rest: string): Reference | null {
  // Only a bare series name ("riket", "andra regioner") counts; anything more is for a person to read.
  const series = parseSeries(rest);
  if (!series || !/^(?:(?:hela )?riket|rikssnittet|riksgenomsnittet|hele landet|landsgennemsnittet|the country|the national (?:value|average)|(?:andra|övriga|andre|øvrige|other) regioner|(?:andra|övriga|andre|øvrige|other) regions)$/u.test(rest.trim())) {
    return null;
  }
  return { type: 'series', series };
}

/** Splits `L1 v1 L2 v2 …` by the labels `re` finds; null unless the text starts with a label and every value reads. */
function splitLabelled(s: string, re: RegExp): { label: string; value: string }[] | null {
  const matches = [...s.matchAll(re)];
  if (matches.length === 0 || matches[0]?.index !== 0) return null;
  const parts: { label: string; value: string }[] = [];
  matches.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = matches[i + 1]?.index ?? s.length;
    const value = s
      .slice(start, end)
      .trim()
      .replace(/(?:[,;]| och| og| and)$/u, '')
      .trim();
    parts.push({ label: (m[1] ?? '').toLowerCase(), value });
  });
  return parts;
}

const SEX_LABELS = /(?<!\p{L})(kvinnor|kvinder|women|män|mænd|men|totalt|total|i alt|k|m)(?!\p{L})\s*:?\s*/giu;

function readPerSex(s: string, _lower: string, text: string): Target | null {
  const parts = splitLabelled(s, SEX_LABELS);
  if (!parts || parts.length < 2) return null;
  const targets: Partial<Record<Sex, Target>> = {};
  for (const { label, value } of parts) {
    const sex: Sex = /^(?:k|kvinnor|kvinder|women)$/.test(label) ? 'K' : /^(?:m|män|mænd|men)$/.test(label) ? 'M' : 'T';
    const target = readSimple(value, value);
    if (!target || targets[sex]) return null;
    targets[sex] = target;
  }
  return { kind: 'per-sex', targets, text };
}

const REPORT_LABELS =
  /(?<!\p{L})(då ?0?4|då ?0?8|delår(?:srapport)? (?:april|apr|04)|delår(?:srapport)? (?:augusti|aug|08)|helår|årsredovisning|år|t1|t2|t3)(?![\p{L}\d])\s*:?\s*/giu;

function reportKindOf(label: string): ReportKind {
  if (/^(?:då ?0?4|t1)$|april|apr|04$/.test(label)) return 'DÅ04';
  if (/^(?:då ?0?8|t2)$|aug|08$/.test(label)) return 'DÅ08';
  return 'ÅR';
}

function readPerReportPeriod(s: string, _lower: string, text: string): Target | null {
  const parts = splitLabelled(s, REPORT_LABELS);
  if (!parts) return null;
  const targets: Partial<Record<ReportKind, Target>> = {};
  for (const { label, value } of parts) {
    const kind = reportKindOf(label);
    const target = readSimple(value, value);
    if (!target || targets[kind]) return null;
    targets[kind] = target;
  }
  return { kind: 'per-report-period', targets, text };
}
