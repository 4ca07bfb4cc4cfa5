/** One field that an audit entry changed, its values shortened for a table cell. */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

const MAX = 80;

function short(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/**
 * What an entry changed, field by field: for a change the fields whose values differ, for a
 * creation or removal every field of what was there. The version counter is left out.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = before && typeof before === 'object' && !Array.isArray(before) ? (before as Record<string, unknown>) : null;
  const a = after && typeof after === 'object' && !Array.isArray(after) ? (after as Record<string, unknown>) : null;
  if (!b && !a) {
    return before === after || (before == null && after == null) ? [] : [{ field: '', from: short(before), to: short(after) }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => k !== 'version');
  return keys
    .filter((k) => !b || !a || JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, from: short(b?.[k]), to: short(a?.[k]) }));
}
