import { useCallback, useEffect, useState } from 'react';

/**
 * Runs a focus function after React has rendered the current state updates, e.g. to focus the
 * first field marked aria-invalid once the errors are on screen.
 */
export function useFocusAfterCommit(): (focus: () => void) => void {
  const [request, setRequest] = useState<{ focus: () => void } | null>(null);
  useEffect(() => {
    request?.focus();
  }, [request]);
  return useCallback((focus: () => void) => setRequest({ focus }), []);
}

/** Focuses the first invalid control inside a container. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
