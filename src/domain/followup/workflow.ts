/**
 * The judgement workflow as a state machine: draft → submitted → approved, and back to
 * draft when an editor returns it with a comment. Who may do what is decided by the
 * caller's permissions (from can()); this module decides what the state allows.
 */
import { type JudgementAction, type JudgementStatus, STATUS_LABEL_SV } from './types';

/** What the actor may do on this node: write (owner, editor, admin) and approve (editor, admin). */
export interface JudgementPermissions {
  mayWrite: boolean;
  mayApprove: boolean;
}

/** The outcome of trying an action: the new status, or why not (forbidden = 403, conflict = 409). */
export type TransitionResult =
  | { ok: true; to: JudgementStatus }
  | { ok: false; reason: 'forbidden' | 'conflict'; message: string };

interface Edge {
  from: readonly (JudgementStatus | null)[];
  to: JudgementStatus;
  needs: keyof JudgementPermissions;
}

// `null` is "no judgement yet": saving creates the draft. Approved judgements are locked:
// only returning them (an editor's act) makes them editable again.
const EDGES: Record<JudgementAction, Edge> = {
  save: { from: [null, 'draft'], to: 'draft', needs: 'mayWrite' },
  submit: { from: ['draft'], to: 'submitted', needs: 'mayWrite' },
  approve: { from: ['submitted'], to: 'approved', needs: 'mayApprove' },
  return: { from: ['submitted', 'approved'], to: 'draft', needs: 'mayApprove' },
};

const FORBIDDEN: Record<JudgementAction, string> = {
  save: 'Du får bara skriva bedömningar för mål och framgångsfaktorer som du är ansvarig för.',
  submit: 'Du får bara skicka in bedömningar för mål och framgångsfaktorer som du är ansvarig för.',
  approve: 'Bara redaktörer och administratörer får godkänna bedömningar.',
  return: 'Bara redaktörer och administratörer får skicka tillbaka bedömningar.',
};

function conflictMessage(action: JudgementAction, from: JudgementStatus | null): string {
  if (from === null) return 'Det finns ingen bedömning för perioden ännu. Spara ett utkast först.';
  if (action === 'save' || action === 'submit') {
    if (from === 'approved') return 'Bedömningen är godkänd och låst. En redaktör behöver skicka tillbaka den innan den kan ändras.';
    return 'Bedömningen är redan inskickad. En redaktör behöver skicka tillbaka den innan den kan ändras.';
  }
  if (action === 'approve') {
    return from === 'approved' ? 'Bedömningen är redan godkänd.' : 'Bara en inskickad bedömning kan godkännas. Skicka in den först.';
  }
  return 'Bedömningen är ett utkast; det finns inget att skicka tillbaka.';
}

/** Whether `action` may be done on a judgement in status `from` (null: none yet) with these permissions. */
export function transition(from: JudgementStatus | null, action: JudgementAction, permissions: JudgementPermissions): TransitionResult {
  const edge = EDGES[action];
  if (!permissions[edge.needs]) return { ok: false, reason: 'forbidden', message: FORBIDDEN[action] };
  if (!edge.from.includes(from)) return { ok: false, reason: 'conflict', message: conflictMessage(action, from) };
  return { ok: true, to: edge.to };
}

/** The actions the actor can take now, for showing only the buttons that will work. */
export function availableActions(from: JudgementStatus | null, permissions: JudgementPermissions): JudgementAction[] {
  return (Object.keys(EDGES) as JudgementAction[]).filter((a) => transition(from, a, permissions).ok);
}

/** `utkast`, `inskickad`, `godkänd` — for messages. */
export function statusWordSv(status: JudgementStatus): string {
  return STATUS_LABEL_SV[status];
}
