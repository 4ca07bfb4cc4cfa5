import type { AuditEntry } from '../../shared/authoring-schemas';

/**
 * What one audit entry changed, as data the history panel puts into words: a rename with both
 * names, each target year that changed, other fields by name (with both values when they are
 * short enough to read in a line), moves, deletions and restorations.
 */
export type AuditChange =
  | { kind: 'created'; name: string | null }
  | { kind: 'renamed'; from: string; to: string }
  | { kind: 'target'; year: string; from: string | null; to: string | null }
  | { kind: 'field'; field: string; from?: string; to?: string }
  | { kind: 'moved'; position: number | null }
  | { kind: 'deleted' }
  | { kind: 'restored' }
  | { kind: 'decided' }
  | { kind: 'revised' }
  | { kind: 'unchanged' }
  | { kind: 'other'; action: string };

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Ids mean nothing to a reader, and long texts do not fit in a line: such fields are named without their values. */
const NO_VALUES = new Set(['parentId', 'responsibleUserId', 'servesNodeId', 'ownerUserId', 'nodeId', 'parentPlanId', 'position', 'breakdowns', 'footnotes']);
const SHORT = 80;

function readable(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'string') return v.length <= SHORT ? v : undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
    const text = v.join(', ');
    return text.length <= SHORT ? text : undefined;
  }
  return undefined;
}

function targetChanges(before: unknown, after: unknown): AuditChange[] {
  const b = record(before);
  const a = record(after);
  const years = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return years
    .filter((y) => !same(b[y], a[y]))
    .map((year) => ({ kind: 'target' as const, year, from: typeof b[year] === 'string' ? (b[year] as string) : null, to: typeof a[year] === 'string' ? (a[year] as string) : null }));
}

/** The changes one entry records, in a fixed order. */
export function auditChanges(entry: Pick<AuditEntry, 'action' | 'before' | 'after'>): AuditChange[] {
  const before = record(entry.before);
  const after = record(entry.after);
  switch (entry.action) {
    case 'create': {
      const name = after.name ?? after.title;
      return [{ kind: 'created', name: typeof name === 'string' ? name : null }];
    }
    case 'delete':
      return [{ kind: 'deleted' }];
    case 'restore':
      return [{ kind: 'restored' }];
    case 'decide':
      return [{ kind: 'decided' }];
    case 'revise':
      return [{ kind: 'revised' }];
    case 'update':
    case 'move': {
      const changes: AuditChange[] = [];
      if (entry.action === 'move') changes.push({ kind: 'moved', position: typeof after.position === 'number' ? after.position + 1 : null });
      for (const key of Object.keys(after)) {
        if (key === 'version' || same(before[key], after[key])) continue;
        if (entry.action === 'move' && (key === 'position' || key === 'parentId')) continue;
        if ((key === 'name' || key === 'title') && typeof after[key] === 'string') {
          changes.push({ kind: 'renamed', from: String(before[key] ?? ''), to: after[key] as string });
        } else if (key === 'targets') {
          changes.push(...targetChanges(before[key], after[key]));
        } else {
          const from = NO_VALUES.has(key) ? undefined : readable(before[key]);
          const to = NO_VALUES.has(key) ? undefined : readable(after[key]);
          changes.push(from !== undefined && to !== undefined ? { kind: 'field', field: key, from, to } : { kind: 'field', field: key });
        }
      }
      return changes.length > 0 ? changes : [{ kind: 'unchanged' }];
    }
    default:
      return [{ kind: 'other', action: entry.action }];
  }
}
