/**
 * Reads whole target sentences as plans write them ("Sjukpenningtalet ska minska och fortsätta
 * ligga under riksgenomsnittet", "Ventetiden skal nedbringes til maksimalt 30 dage inden 2026",
 * "Resultatet ska i genomsnitt över planperioden uppgå till minst 2 procent"): the year it is to be
 * reached and an average over a period are peeled off, the subject is cut at the modal verb, and
 * the predicate is read by read-phrase.ts, part by part when joined with "och"/"og"/"and".
 */
import { anyWord, FEWER_WORDS, MODALS, MORE_WORDS } from './lexicon';
import { OP_ANY, opOf } from './read-amount';
import { DESCRIPTIVE, readAmount, readPredicate, stripCopula, VERB_START, verbDirection } from './read-phrase';
import { MONTH_PATTERN } from '../months';
import { referenceOf } from './read-compare';
import type { AveragePeriod, Reference, Target } from './types';

const U = 'u';
const re = (src: string, flags = U) => new RegExp(src, flags);

/** Lowercases, squashes spaces, drops footnote marks, quotes and leading labels such as `Målvärde:`. */
export function normalizeSentence(text: string): string {
  return withoutDates(text)
    .replace(/[\u00B9\u00B2\u00B3\u2070-\u2079]+/g, ' ')
    .replace(/[”“"«»]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:mål(?:värde|nivå|et)?|måltal|målsætning(?:en)?|target|goal|succeskriterie)\s*(?:\d{4}\s*)?:\s*/u, '')
    .replace(/^(?:målet är att|målet er at|målsætningen er at|the target is to|the goal is to|vi vil|vi ska|vi skal)\s+/u, '')
    // "Målet er nået, når mindst 80 pct. …", "Målet är uppnått när …": the condition is the target.
    .replace(/^(?:målet|målsætningen|the target)\s+(?:er nået|er opfyldt|är nått|är uppnått|är uppfyllt|nås|uppfylls|is met|is reached),?\s+(?:når|när|då|hvis|om|if|when)\s+/u, '')
    .replace(/[.;:!*]+$/u, '')
    .replace(/(?:^|\s)(?:målt|mätt|målt og vurderet|set)\s+(i forhold til|i förhållande till|i jämförelse med)\s/gu, ' $1 ')
    .trim();
}

/** A date the target is to be met by (`2026-12-31`, `31.12.2026`) is read as its year: `senast 2026-12-31` -> `senast 2026`. */
export function withoutDates(text: string): string {
  return text
    .replace(/(?<![\d.,-])((?:19|20)\d{2})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d])/gu, '$1')
    .replace(/(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?![\d])/gu, '$1')
    .replace(DAY_MONTH_YEAR, '$1');
}

// "30. juni 2025", "31 december 2026", "den 1. januar 2027": a day and a month before a year.
const DAY_MONTH_YEAR = new RegExp(`(?<![\\d.,])(?:den\\s+)?(?:0?[1-9]|[12]\\d|3[01])\\.?\\s+(?:${MONTH_PATTERN})\\.?\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu');

const PLAN_PERIOD = '(?:planperioden|mandatperioden|valgperioden|budgetperioden|perioden|strategiperioden|aftaleperioden|the plan period|the period)';

/** Peels `i genomsnitt över planperioden`, `i snitt för åren 2024–2026`, `i gennemsnit over perioden` off a sentence. */
export function peelAverage(s: string): { rest: string; over: AveragePeriod } | null {
  const m = re(
    `(?:^|\\s)(?:i\\s+)?(?:genomsnitt|snitt|gennemsnit|average|on average)(?:\\s+(?:över|under|för|for|over|i|in|across))?(?:\\s+(?:åren|årene|years|the years)\\s+((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})|\\s+${PLAN_PERIOD}(?:\\s*\\(?((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})\\)?)?)?(?=\\s|$|,)`,
  ).exec(s);
  if (!m) return peelAverageAdjective(s);
  const from = m[1] ?? m[3];
  // "i snitt ska beläggningen vara 90 procent": an average across units, not over years, unless a period is named somewhere.
  if (!from && !re(PLAN_PERIOD).test(s) && !/(?:över|under|för|over|for|across)\s+\S*period/u.test(m[0])) return null;
  const to = m[2] ?? m[4];
  const over: AveragePeriod = from && to ? { type: 'years', from: Number(from), to: Number(to) } : { type: 'plan-period' };
  const rest = `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  return { rest, over };
}

/** `Genomsnittligt resultat för åren 2025–2027 på minst 2 procent`: the adjective, with the years or the plan period elsewhere. */
function peelAverageAdjective(s: string): { rest: string; over: AveragePeriod } | null {
  const adj = re(`(?:^|\\s)(?:genomsnittlig[at]?|gennemsnitlig[te]?|average)(?=\\s)`).exec(s);
  if (!adj) return null;
  const span = re(`(?:^|\\s)(?:för|for|över|over|under|i|in|across)\\s+(?:åren|årene|perioden|the years|years)\\s+((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})`).exec(s);
  const plan = re(`(?:^|\\s)(?:för|for|över|over|under|i|in|across)\\s+${PLAN_PERIOD}`).exec(s);
  const cut = span ?? plan;
  if (!cut) return null;
  const over: AveragePeriod = span?.[1] && span[2] ? { type: 'years', from: Number(span[1]), to: Number(span[2]) } : { type: 'plan-period' };
  const spans = [adj, cut].sort((a, b) => b.index - a.index);
  let rest = s;
  for (const x of spans) rest = `${rest.slice(0, x.index)} ${rest.slice(x.index + x[0].length)}`;
  return { rest: rest.replace(/\s+/g, ' ').trim(), over };
}

// A year the target is to be reached by; a year after "än", "med", "jämfört med", or before "års" is a reference instead.
const YEAR_POINT = re(
  `(?:^|\\s|,)(?:(?:fra|från|from)\\s+(?:år\\s+)?(?:19|20)\\d{2}\\s+)?(?:senast|till|til|innan|inden|inom|senest|by|until|in|i|år|året|under|fram till|frem til|frem mod|mod|i løbet af|ved udgangen af|udgangen af|utgången av|vid utgången av|före|før|before|per)\\s+(?:år\\s+|året\\s+|utgangen af\\s+|i\\s+)?((?:19|20)\\d{2})(?![\\d\\-–]|\\s*(?:års|-niveau|niveau))`,
  'gu',
);

const TRAILING_YEAR = /\s+\(?((?:19|20)\d{2})\)?\s*$/u;
// An amount and its unit at the end: a number that is not itself a year, then "%", "‰" or a word that is not a link word.
const AMOUNT_AT_END = /(?:^|[^\d.,])(?!(?:19|20)\d{2}(?!\d))\d[\d.,]*(?: \d{3})*\s?(?:%|‰|(?!(?:och|og|and|till|til|to|än|end|than|år|året|års)(?!\p{L}))[\p{L}.]+)$/u;

/** `under 5 % 2024` -> `under 5 %` and 2024; anything else unchanged. Only the end is looked at, so a long text costs no more. */
function peelTrailingYear(s: string): { rest: string; year: number | null } {
  const end = s.slice(-80);
  const tail = TRAILING_YEAR.exec(end);
  if (!tail?.[1]) return { rest: s, year: null };
  const before = s.slice(0, s.length - end.length + tail.index);
  return AMOUNT_AT_END.test(before.slice(-60)) ? { rest: before, year: Number(tail[1]) } : { rest: s, year: null };
}

/** Peels the year(s) a target is to be reached by (`till år 2030`, `inden 2026`, `12 000 anställda år 2027`). */
export function peelYears(s: string): { rest: string; year: number | null; from: string | null } {
  let year: number | null = null;
  // "reduceres med 25 % fra 2020 til 2025": the year a change runs from is what it is compared with.
  const from = /(?:^|\s)(?:fra|från|from)\s+(?:år\s+)?((?:19|20)\d{2})\s+(?:til|till|to)\s+(?:år\s+)?(?:19|20)\d{2}(?=\s|$|,)/u.exec(s)?.[1] ?? null;
  const rest = s.replace(YEAR_POINT, (whole, y: string, offset: number) => {
    const before = s.slice(Math.max(0, offset - 14), offset);
    if (/(?<![\p{L}])(?:än|end|than|med|jmf\.?|jfr\.?|fra|från|from|mellan|mellem|between|forhold|förhållande|niveauet|niveau|nivån|nivå|level|som|as)\s*$/u.test(before)) return whole;
    year = Math.max(year ?? 0, Number(y));
    return ' ';
  });
  // "Minska till under 5 % 2024", "högst 10 dagar (2026)": a year right after an amount with its unit is when it is to be reached.
  const trailing = peelTrailingYear(rest);
  if (trailing.year !== null) year = Math.max(year ?? 0, trailing.year);
  const peeled = trailing.rest
    .replace(re(`(?:^|\\s)(?:under|i|over|inom|in)\\s+(?:hela\\s+)?${PLAN_PERIOD}(?:\\s*\\(?(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}\\)?)?`, 'gu'), ' ')
    .replace(/\s+/g, ' ')
    .replace(/^,\s*|\s*,$/g, '')
    .trim();
  return { rest: peeled, year, from };
}

// "får inte överstiga": "får" is a modal only before a negation ("andelen som får vård" is not one).
const MODAL = re(`(?:^|\\s)(${anyWord(MODALS)}|får(?=\\s+(?:inte|ej|högst|max)\\s))\\s+`);
// Finite verbs that end a sentence without a modal: "Tryggheten ökar", "Antallet falder".
const FINITE = re(
  `(?:^|\\s)(${anyWord(['ökar', 'minskar', 'stiger', 'sjunker', 'förbättras', 'ökas', 'minskas', 'halveras', 'øges', 'falder', 'stiger', 'forbedres', 'nedbringes', 'reduceres', 'mindskes', 'halveres', 'increases', 'decreases', 'falls', 'rises', 'improves', 'bibehålls', 'behålls', 'upprätthålls', 'fastholdes', 'bevares', 'opretholdes', 'forbliver uændret', 'förblir oförändrad', 'inte överstiger', 'ej överstiger', 'inte understiger', 'ikke overstiger', 'ikke understiger', 'överstiger', 'understiger', 'overstiger'])})(?=[\\s,.]|$)`,
);

const PERFECT = re(`\\s(?:har|hava|er|är|has|have)\\s+(?=${VERB_START})`);

/** Splits `subject ska predicate`; without a modal, at a finite direction verb; else the whole is the predicate. */
function splitSubject(s: string): { subject: string; predicate: string } {
  const m = MODAL.exec(s);
  if (m) return { subject: s.slice(0, m.index).trim(), predicate: s.slice(m.index + m[0].length).trim() };
  const f = FINITE.exec(s);
  if (f && f.index > 0) return { subject: s.slice(0, f.index).trim(), predicate: s.slice(f.index).trim() };
  // "Andelen … har ökat jämfört med 2022", "Ventetiden er faldet": a perfect says the same as a finite verb.
  const p = PERFECT.exec(s);
  if (p && p.index > 0) return { subject: s.slice(0, p.index).trim(), predicate: s.slice(p.index + p[0].length).trim() };
  return { subject: '', predicate: s };
}

const JOINERS = /\s*(?:,\s*(?:och|og|and|samt)\s+|\s+(?:och|og|and|samt)\s+|,\s+)/u;

/** Reads a predicate, or its parts joined with och/og/and when every part reads. */
function readParts(predicate: string, text: string, strict = false): Target | null {
  return readJoined(predicate, text) ?? readPredicate(predicate, text) ?? readFromVerb(predicate, text, strict);
}

// Where a target starts inside a longer clause: "Till år 2030 ska transportsektorns klimatpåverkan minska med …",
// "ventetiderne … bliver nedbragt med seks dage".
const TARGET_START = re(`(?:^|\\s)(?=${VERB_START})`);

/** Reads from the first direction verb, bound or copula on, after words that only name what is measured. */
function readFromVerb(predicate: string, text: string, strict: boolean): Target | null {
  const m = TARGET_START.exec(predicate);
  // Skipped words name what is measured; a number among them ("K 16 M Öka") is a target of its own.
  if (!m || m.index === 0 || /(?<![\p{L}])\d/u.test(predicate.slice(0, m.index))) return null;
  // Without a modal only a passive ("… bliver nedbragt med …") leads into a target; "Skapa X och förbättra Y" is an activity.
  if (strict && !/(?:bliver|blir|blev|bli|er|är|vil blive|vil)\s*$/u.test(predicate.slice(0, m.index))) return null;
  const tail = predicate.slice(m.index).trim();
  return readJoined(tail, text) ?? readPredicate(tail, text);
}

function readJoined(predicate: string, text: string): Target | null {
  // "mellan åren 2010 och 2030" is one reference, not two parts.
  if (/(?:mellan|mellem|between)\s+(?:åren\s+|årene\s+)?\d{4}\s+(?:och|og|and)\s+\d{4}/u.test(predicate)) return null;
  const pieces = predicate.split(JOINERS).map((p) => p.trim()).filter((p) => p !== '');
  if (pieces.length < 2) return null;
  const parts: Target[] = [];
  for (const piece of pieces) {
    // "ska öka och ligga över riket": the modal carries over; "x ska öka och y ska minska" has its own.
    const inner = MODAL.exec(piece) ? splitSubject(piece).predicate : piece;
    const part = readPredicate(inner, text);
    if (!part) return null;
    parts.push(part);
  }
  return { kind: 'compound', parts, text };
}

/** `Stigning i forhold til 2023`, `Ökning jmf föregående år`: a comparison right after a change noun is its reference. */
function nounReference(s: string): Reference {
  const rest = s.replace(/^\S+\s*/u, '');
  return (rest === '' ? null : referenceOf(rest)) ?? { type: 'baseline' };
}

/** The direction a subject states: `Fler …`, `Färre børn …`. */
function subjectDirection(subject: string): 'increase' | 'decrease' | null {
  const [first = '', second = ''] = subject.split(' ');
  // "Mer/Mindre X" says more or less of a thing; before an adjective ("Mere effektivt sundhedsvæsen") it describes a quality.
  if (/^(?:mer|mera|mere|mindre)$/u.test(first) && (second === '' || /(?:t|e)$/u.test(second) || /^(?:än|end|than)$/u.test(second))) return null;
  if (re(`^${anyWord(MORE_WORDS)}$`).test(first)) return 'increase';
  if (re(`^${anyWord(FEWER_WORDS)}$`).test(first)) return 'decrease';
  // "Ökad andel …", "Minskat antal …", "Øget trivsel": a participle or noun, never a bare verb ("Öka kraftigt").
  if (!/(?:ad|at|ade|ning|et|ede|else|ion|ed|t)$/u.test(first) || subject.split(' ').length < 2) return null;
  const participle = verbDirection(first);
  return participle === 'increase' || participle === 'decrease' ? participle : null;
}

/**
 * `95 % af en ungdomsårgang skal …`, `mer än 70 % av resorna ska …`, `minst 90 % ska ha fått …`: a share that
 * shall do something is a floor unless its bound says otherwise; `minst 250 patienter ska opereras`: a bounded count.
 */
function subjectShare(subject: string, text: string): Target | null {
  // "minst 8 av 10 patienter ska …", "6 av 8 delmål ska uppnås": a count out of a whole, a floor.
  const part = /^(?:(?:minst|mindst|lägst|at least)\s+)?(\d+)\s+(?:av|af|of)\s+(\d+)(?:\s+\p{L}[\p{L}\s-]*)?$/u.exec(subject);
  if (part?.[1] && part[2] && Number(part[2]) > 0 && Number(part[1]) <= Number(part[2])) {
    return { kind: 'fraction', numerator: Number(part[1]), denominator: Number(part[2]), text };
  }
  const m = re(`^(?:(${OP_ANY})\\s*)?`).exec(subject);
  const a = readAmount(subject.slice(m?.[0].length ?? 0));
  if (!a || a.value < 0 || (a.unit === null && /^(?:19|20)\d{2}$/.test(String(a.value)))) return null;
  const bound = m?.[1] ? opOf(m[1]) : null;
  if (m?.[1] && bound === null) return null;
  // "90 % af borgerne skal …", "senest 2025 skal 90 % være screenet": a share of those who shall be or have something.
  const share = a.unit === '%' && (a.noun === null || /^(?:av|af|of|vara|være|ha|have|ha fått|få|bli|blive|be)\s/u.test(a.noun));
  if (!share && (bound === null || a.unit === 'pp' || a.noun === null || /\d/u.test(a.noun))) return null;
  const t: Target = { kind: 'level', op: bound ?? '>=', quantity: { value: a.value, unit: a.unit === 'pp' ? null : a.unit }, text };
  if (!share && a.noun) t.noun = a.noun;
  return t;
}

/** A whole sentence as a target, or null. `text` is kept verbatim in the result. */
export function readSentence(text: string): Target | null {
  const s = normalizeSentence(text);
  if (s === '') return null;
  const whole = readWhole(s, text);
  if (whole) return whole;
  // "… minst 25 procent år 2025, uttryckt i personkilometer, i riktning mot att …": asides after the target say how it is counted or why.
  const aside = ASIDE.exec(s);
  return aside && aside.index > 0 ? readWhole(s.slice(0, aside.index), text) : null;
}

const ASIDE = re(
  `,\\s*(?:uttryckt|uttryckt som|mätt|mätt som|räknat|beräknat|opgjort|målt|beregnet|udtrykt|i riktning mot|i retning af|med sikte på|med henblik på|på sikt|exklusive|inklusive|ekskl\\.?|inkl\\.?|enligt|ifølge|jf\\.?|se|vilket|hvilket|which|measured|expressed)(?:\\s|$)`,
);

function readWhole(s: string, text: string): Target | null {
  const avg = peelAverage(s);
  if (avg) {
    const inner = readPlain(avg.rest, text);
    return inner && inner.kind !== 'average' ? { kind: 'average', over: avg.over, target: inner, text } : null;
  }
  return readPlain(s, text);
}

function readPlain(s: string, text: string): Target | null {
  const { rest, year, from } = peelYears(s);
  const target = readClause(rest, text);
  if (target?.kind === 'level' && year !== null) target.year = year;
  const changes = target?.kind === 'relative-change' || target?.kind === 'absolute-change' || target?.kind === 'direction';
  if (target && changes && from !== null && target.reference.type === 'baseline' && !target.reference.named) {
    target.reference = { type: 'period', period: from };
  }
  return target;
}

function readClause(s: string, text: string): Target | null {
  if (s === '') return null;
  const { subject, predicate } = splitSubject(s);
  if (subject === '') {
    const share = subjectShare(predicate, text) ?? subjectShare(s, text);
    if (share) return share;
    // "Minskning med 20 procent jämfört med år 2019" is a change with an amount, read with the predicate.
    const dir = /^\S+\s+(?:med|by|på)\s+\S*\d/u.test(s) ? null : subjectDirection(s);
    if (dir) return { kind: 'direction', direction: dir, reference: nounReference(s), text };
  }
  const modal = subject !== '' || MODAL.exec(s)?.index === 0;
  // "Högst 10 % av patienterna ska vänta mer än 90 dagar": the share before the modal is the target, the rest says what it counts.
  const lead = subject !== '' ? subjectShare(subject, text) : null;
  if (lead) return lead;
  const read = readParts(predicate, text, !modal);
  if (read) return read;
  // "Målvärdet för 2018 … är mindre än 5,5 procent": a copula instead of a modal.
  const cop = re(`\\s(?:är|er|is|blir|bliver)\\s`).exec(s);
  if (!modal && cop) {
    const after = readPredicate(s.slice(cop.index + cop[0].length), text);
    if (after) return after;
  }
  if (read) return read;
  if (subject === '' && MODAL.exec(s)?.index === 0) return null;
  if (subject === '') {
    // No modal: a verb-less statement ("Ökad andel …", "Færre genindlæggelser") or a share doing something.
    const dir = subjectDirection(s);
    if (dir) return { kind: 'direction', direction: dir, reference: { type: 'baseline' }, text };
    return subjectShare(s, text) ?? trailingLevel(s, text);
  }
  const share = subjectShare(subject, text);
  if (share) return share;
  const dir = subjectDirection(subject);
  if (dir && stripCopula(predicate) !== '') return { kind: 'direction', direction: dir, reference: { type: 'baseline' }, text };
  return null;
}

/** `Andel som väntat högst 90 dagar: minst 80 %` and similar: a level after the last colon or dash. */
function trailingLevel(s: string, text: string): Target | null {
  const m = /[:–-]\s*([^:–-]+)$/u.exec(s);
  // A label with numbers of its own ("DÅ 04: 56 % DÅ 04: 57 %") is a split target, not a name; "inom 3 minuter" only says what is counted.
  if (!m?.[1] || /\d/.test(s.slice(0, m.index).replace(DESCRIPTIVE, ' '))) return null;
  return readPredicate(m[1], text);
}
