import type { Localized } from '../i18n/lang';

/**
 * How far an assignment (uppdrag) or an activity of an action plan has come. One vocabulary
 * for both, because a report puts them side by side.
 */
export const WORK_STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/** Each status in the three languages, as a heading or a table cell reads it. */
export const WORK_STATUS_LABELS: Record<WorkStatus, Localized> = {
  'not-started': { sv: 'Ej påbörjat', da: 'Ikke påbegyndt', en: 'Not started' },
  'in-progress': { sv: 'Pågår', da: 'I gang', en: 'In progress' },
  done: { sv: 'Klart', da: 'Afsluttet', en: 'Done' },
  cancelled: { sv: 'Avbrutet', da: 'Annulleret', en: 'Cancelled' },
};

/** Whether a value is one of the status codes. */
export function isWorkStatus(value: unknown): value is WorkStatus {
  return typeof value === 'string' && (WORK_STATUSES as readonly string[]).includes(value);
}

/** Whether nothing more is expected of the work: it is done or was cancelled. */
export function isClosed(status: WorkStatus): boolean {
  return status === 'done' || status === 'cancelled';
}
