/**
 * Follow-up reminders by mail: who gets which reminder for a period, and its plain text in the
 * organisation's language. Owners are reminded `days` before the deadline of every value, forecast
 * (DÅ 04/08) and judgement of theirs still missing, and once more after it if still missing; editors get the
 * measures not met with no planned activity ("ej uppfyllt utan åtgärd").
 */
import type { IsoDate } from './deadlines';
import type { MissingItem, OwnerMissing } from './missing';

export type ReminderKind = 'before' | 'after' | 'no-action';
export type ReminderLang = 'sv' | 'da' | 'en';

/** Default number of days before a deadline that owners are reminded (LEDSTJARNA_REMINDER_DAYS). */
export const DEFAULT_REMINDER_DAYS = 7;
/** After this many days past a deadline, a period is no longer reminded of (old periods stay quiet). */
export const AFTER_DEADLINE_WINDOW_DAYS = 30;

/** Days from `a` to `b` (ISO dates). */
function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Which reminder a period is due for on `today`: 'before' from `days` days before its deadline up
 * to the deadline itself, 'after' once it has passed (for at most AFTER_DEADLINE_WINDOW_DAYS), else none.
 */
export function reminderStage(today: IsoDate, deadline: IsoDate, days: number): 'before' | 'after' | null {
  const left = daysBetween(today, deadline);
  if (left >= 0) return left <= days ? 'before' : null;
  return -left <= AFTER_DEADLINE_WINDOW_DAYS ? 'after' : null;
}

/** A measure not met whose node has no planned activity. */
export interface NoActionMeasure {
  id: number;
  name: string;
}

export interface ReminderPlanInput {
  stage: 'before' | 'after';
  /** The period's missing items per owner (computeMissing). */
  owners: OwnerMissing[];
  /** The organisation's editors (and admins), by user id. */
  editorIds: number[];
  notMetWithoutAction: NoActionMeasure[];
}

export interface Reminder {
  kind: ReminderKind;
  userId: number;
  /** For 'before'/'after': the owner's missing items; for 'no-action': the measures, as items of kind 'value'. */
  items: { title: string; kind: MissingItem['kind'] | 'no-action' }[];
}

/** Kinds an owner can deliver; approval is the approver's, not the owner's. */
const OWNER_KINDS = new Set<MissingItem['kind']>(['value', 'forecast', 'judgement', 'analysis', 'submission']);

/** Who gets what for one period at one stage. The unowned get nothing (there is nobody to mail). */
export function planReminders(input: ReminderPlanInput): Reminder[] {
  const out: Reminder[] = [];
  for (const o of input.owners) {
    if (o.ownerUserId === null) continue;
    const items = o.items.filter((i) => OWNER_KINDS.has(i.kind)).map((i) => ({ title: i.title, kind: i.kind }));
    if (items.length > 0) out.push({ kind: input.stage, userId: o.ownerUserId, items });
  }
  if (input.notMetWithoutAction.length > 0) {
    const items = input.notMetWithoutAction.map((m) => ({ title: m.name, kind: 'no-action' as const }));
    for (const id of [...new Set(input.editorIds)].sort((a, b) => a - b)) out.push({ kind: 'no-action', userId: id, items });
  }
  return out;
}

/** The dedupe key: one mail per person, kind, plan and period. */
export function reminderDedupeKey(planId: number, period: string, r: Pick<Reminder, 'kind' | 'userId'>): string {
  return `followup-reminder:${planId}:${period}:${r.kind}:${r.userId}`;
}

const ITEM_WORDS: Record<ReminderLang, Record<Reminder['items'][number]['kind'], string>> = {
  sv: { value: 'värde', forecast: 'prognos för helåret', judgement: 'bedömning', analysis: 'analys', submission: 'skicka in bedömningen', approval: 'godkännande', 'no-action': 'ej uppfyllt utan åtgärd' },
  da: { value: 'værdi', forecast: 'prognose for hele året', judgement: 'vurdering', analysis: 'analyse', submission: 'indsend vurderingen', approval: 'godkendelse', 'no-action': 'ikke opfyldt uden handling' },
  en: { value: 'value', forecast: 'full-year forecast', judgement: 'judgement', analysis: 'analysis', submission: 'submit the judgement', approval: 'approval', 'no-action': 'not met without action' },
};

const TEXTS: Record<ReminderLang, Record<ReminderKind, { subject: string; intro: string }>> = {
  sv: {
    before: { subject: 'Påminnelse: uppföljning {period} av {plan} senast {deadline}', intro: 'Uppföljningen av {plan} för {period} ska vara klar senast {deadline}. Detta saknas fortfarande från dig:' },
    after: { subject: 'Sista dag passerad: uppföljning {period} av {plan}', intro: 'Sista dag för uppföljningen av {plan} för {period} var {deadline}. Detta saknas fortfarande från dig:' },
    'no-action': { subject: 'Ej uppfyllt utan åtgärd: {plan}, {period}', intro: 'Dessa mått i {plan} är ej uppfyllda för {period} och saknar planerad aktivitet (sista dag {deadline}):' },
  },
  da: {
    before: { subject: 'Påmindelse: opfølgning {period} af {plan} senest {deadline}', intro: 'Opfølgningen af {plan} for {period} skal være færdig senest {deadline}. Dette mangler stadig fra dig:' },
    after: { subject: 'Fristen er overskredet: opfølgning {period} af {plan}', intro: 'Fristen for opfølgningen af {plan} for {period} var {deadline}. Dette mangler stadig fra dig:' },
    'no-action': { subject: 'Ikke opfyldt uden handling: {plan}, {period}', intro: 'Disse mål i {plan} er ikke opfyldt for {period} og har ingen planlagt aktivitet (frist {deadline}):' },
  },
  en: {
    before: { subject: 'Reminder: follow-up {period} of {plan} due {deadline}', intro: 'The follow-up of {plan} for {period} is due by {deadline}. Still missing from you:' },
    after: { subject: 'Deadline passed: follow-up {period} of {plan}', intro: 'The deadline for the follow-up of {plan} for {period} was {deadline}. Still missing from you:' },
    'no-action': { subject: 'Not met without action: {plan}, {period}', intro: 'These measures of {plan} are not met for {period} and have no planned activity (deadline {deadline}):' },
  },
};

/** The mail of one reminder, plain text. */
export function reminderText(
  lang: ReminderLang,
  r: Reminder,
  ctx: { plan: string; period: string; deadline: IsoDate; link?: string },
): { subject: string; text: string } {
  const fill = (s: string) => s.replaceAll('{plan}', ctx.plan).replaceAll('{period}', ctx.period).replaceAll('{deadline}', ctx.deadline);
  const t = TEXTS[lang][r.kind];
  const lines = r.items.map((i) => (r.kind === 'no-action' ? `- ${i.title}` : `- ${i.title} (${ITEM_WORDS[lang][i.kind]})`));
  const text = [fill(t.intro), '', ...lines, ...(ctx.link ? ['', ctx.link] : []), ''].join('\n');
  return { subject: fill(t.subject), text };
}

/** The reminder days from a setting (env or organisation); a missing or bad setting gives the default. */
export function parseReminderDays(raw: string | undefined | null): number {
  if (raw === undefined || raw === null || raw.trim() === '') return DEFAULT_REMINDER_DAYS;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 90 ? n : DEFAULT_REMINDER_DAYS;
}
