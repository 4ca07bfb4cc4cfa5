import type { ApiError } from '../api/client';

/**
 * Places a failed request's messages: each detail naming one of the form's fields goes next to that
 * field; the form gets a message of its own when no field was named or some detail fits no field.
 */
export function placeErrors<F extends string>(
  error: ApiError,
  fields: readonly F[],
  messages: { network: string; fallback: string },
): { byField: Partial<Record<F, string>>; formError: string | null } {
  const byField: Partial<Record<F, string>> = {};
  let unplaced = false;
  for (const d of error.details ?? []) {
    const name = d.path.split('.')[0] ?? '';
    const field = fields.find((f) => f === name);
    if (field !== undefined) byField[field] ??= d.message;
    else unplaced = true;
  }
  const formError =
    Object.keys(byField).length === 0 || unplaced
      ? error.status === 0
        ? messages.network
        : error.message || messages.fallback
      : null;
  return { byField, formError };
}
