/** The kinds of object and the events the audit page names (others are shown as stored). */
export const AUDIT_TYPES = [
  'plan',
  'node',
  'measure',
  'value',
  'judgement',
  'chapter',
  'risk',
  'budget-row',
  'user',
  'membership',
  'organisation',
  'governance-model',
  'publication',
  'export',
  'backup',
  'activity',
] as const;

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'sign-in', 'sign-in-failed', 'confirm-match', 'risk-thresholds', 'kolada-choice', 'export'] as const;

export type AuditType = (typeof AUDIT_TYPES)[number];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditType = (v: string): v is AuditType => (AUDIT_TYPES as readonly string[]).includes(v);
export const isAuditAction = (v: string): v is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(v);
