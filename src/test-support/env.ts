import { afterAll, beforeAll } from 'vitest';

/**
 * Sets environment variables for a suite (a CLI test's data folder, its admin password) and puts
 * back what was there, set or not, after the suite. `undefined` removes a variable.
 */
export function suiteEnv(values: Record<string, string | undefined>): void {
  let saved: Record<string, string | undefined> = {};
  const apply = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  beforeAll(() => {
    saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
    apply(values);
  });
  afterAll(() => apply(saved));
}
