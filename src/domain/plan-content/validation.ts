import { isAgendaGoal } from './agenda2030';
import { isWorkStatus, type WorkStatus } from './work-status';

/** A problem with one field of the input, named by its path (`endDate`, `nodeIds.1`), in Swedish. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An activity of an action plan as a person fills it in. */
export interface ActivityDraft {
  title: string;
  description: string;
  ownerUserId: number | null;
  ownerUnit: string;
  startDate: string;
  endDate: string;
  status: WorkStatus | string;
  progress: number;
  nodeIds: number[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a text is a real calendar date written YYYY-MM-DD (2022-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Every problem with an activity: a title, a responsible person or unit, real dates with the end
 * not before the start, progress a whole percentage 0–100, a known status, and at least one node
 * of the plan (`knownNodeIds`) that it serves.
 */
export function validateActivity(draft: ActivityDraft, knownNodeIds: ReadonlySet<number>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (draft.title.trim() === '') issues.push({ path: 'title', message: 'Ange vad som ska göras (aktivitetens namn).' });
  if (draft.ownerUserId === null && draft.ownerUnit.trim() === '') {
    issues.push({ path: 'ownerUnit', message: 'Ange vem som ansvarar: en person eller en enhet.' });
  }
  const startOk = isIsoDate(draft.startDate);
  const endOk = isIsoDate(draft.endDate);
  if (!startOk) issues.push({ path: 'startDate', message: `Startdatumet "${draft.startDate}" är inget datum. Skriv t.ex. 2022-03-01.` });
  if (!endOk) issues.push({ path: 'endDate', message: `Slutdatumet "${draft.endDate}" är inget datum. Skriv t.ex. 2022-12-31.` });
  if (startOk && endOk && draft.endDate < draft.startDate) {
    issues.push({ path: 'endDate', message: `Slutdatumet ${draft.endDate} ligger före startdatumet ${draft.startDate}.` });
  }
  if (!Number.isInteger(draft.progress) || draft.progress < 0 || draft.progress > 100) {
    issues.push({ path: 'progress', message: `Hur långt aktiviteten har kommit anges i hela procent från 0 till 100, inte ${draft.progress}.` });
  }
  if (!isWorkStatus(draft.status)) {
    issues.push({ path: 'status', message: `Okänd status "${draft.status}". Välj ej påbörjat, pågår, klart eller avbrutet.` });
  }
  if (draft.nodeIds.length === 0) {
    issues.push({ path: 'nodeIds', message: 'Välj minst ett mål eller en framgångsfaktor som aktiviteten bidrar till.' });
  }
  draft.nodeIds.forEach((id, i) => {
    if (!knownNodeIds.has(id)) issues.push({ path: `nodeIds.${i}`, message: `Planen har ingen nod med id ${id}.` });
  });
  return issues;
}

/** Problems with a list of Agenda 2030 goal numbers: each must be 1–17. */
export function validateAgendaGoals(goals: readonly number[], path = 'goals'): FieldIssue[] {
  return goals.flatMap((goal, i) =>
    isAgendaGoal(goal) ? [] : [{ path: `${path}.${i}`, message: `Agenda 2030 har mål 1–17; ${goal} är inget av dem.` }],
  );
}

/** Problems with an assignment's follow-up: a known status, and a reason when it was cancelled. */
export function validateFollowUp(input: { status: string; comment: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isWorkStatus(input.status)) {
    issues.push({ path: 'status', message: `Okänd status "${input.status}". Välj ej påbörjat, pågår, klart eller avbrutet.` });
  }
  if (input.status === 'cancelled' && input.comment.trim() === '') {
    issues.push({ path: 'comment', message: 'Skriv varför uppdraget avbröts.' });
  }
  if (input.comment.length > 4000) issues.push({ path: 'comment', message: 'Kommentaren får vara högst 4 000 tecken.' });
  return issues;
}
