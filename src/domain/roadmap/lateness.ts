import type { MilestoneStatus } from './types';

export interface StatusInput {
  year: number | null;
  /** The latest reported status, if any. */
  reported: MilestoneStatus | null;
}

/**
 * Whether a milestone is late on `today`: reported late, or its year has ended without it being
 * reported reached. Unscheduled milestones are never late: they have no year to miss.
 */
export function isLate(m: StatusInput, today: Date): boolean {
  if (m.reported === 'reached') return false;
  if (m.reported === 'late') return true;
  return m.year !== null && today.getUTCFullYear() > m.year;
}

/** The status to show: reached, late (reported or derived), or planned. */
export function effectiveStatus(m: StatusInput, today: Date): MilestoneStatus {
  if (m.reported === 'reached') return 'reached';
  return isLate(m, today) ? 'late' : 'planned';
}
