/** The follow-up cycle: judgements of goals and success factors per period, their workflow, deadlines and what is missing. */
export * from './types';
export { availableActions, transition } from './workflow';
export type { JudgementPermissions, TransitionResult } from './workflow';
export { analysisReasons, reasonSv, validateDraft, validateForSubmit, MAX_TEXT_LENGTH } from './validation';
export type { AnalysisReason, ContentError } from './validation';
export { DEFAULT_DEADLINES, defaultDeadline, isIsoDate, isOverdue, periodDeadlines, todayIso } from './deadlines';
export type { IsoDate, PeriodDeadline } from './deadlines';
export { carryForward, carryText, previousPeriod } from './carry-forward';
export { computeMissing } from './missing';
export type { MissingItem, MissingKind, MissingMeasureInput, MissingNodeInput, OwnerMissing } from './missing';
export { judgedLevelKeys } from './judged-levels';
export { AFTER_DEADLINE_WINDOW_DAYS, DEFAULT_REMINDER_DAYS, parseReminderDays, planReminders, reminderDedupeKey, reminderStage, reminderText } from './reminders';
export type { NoActionMeasure, Reminder, ReminderKind, ReminderLang } from './reminders';
