import type { Role } from '../../../shared/api-types';

/** The roles from most to least rights, the order in which they are offered and explained. */
export const ROLES = ['admin', 'editor', 'reporter', 'reader'] as const satisfies readonly Role[];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
