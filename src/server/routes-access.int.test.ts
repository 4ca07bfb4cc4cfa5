import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { seededApp } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';

/**
 * Every route of the API with its kind of access (design-round-2.md): the few that answer without
 * a session are listed here with their kind; every other route must answer 401 to a request
 * without one. A new public route fails this test until it is added to the list on purpose.
 */
const WITHOUT_SESSION: Record<string, 'published' | 'token' | 'sign-in'> = {
  'POST /api/auth/login': 'sign-in',
  'POST /api/auth/logout': 'sign-in',
  'GET /api/auth/oidc/organisations': 'sign-in',
  'GET /api/auth/oidc/{orgSlug}/start': 'sign-in',
  'GET /api/auth/oidc/callback': 'sign-in',
  'GET /api/public/plans': 'published',
  'GET /api/public/plans/{planId}': 'published',
  'GET /api/public/plans/{planId}/download': 'published',
  'POST /api/public/accessibility-reports': 'published',
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describeEachDatabase('every route and its kind of access', (db) => {
  let app: FastifyInstance;
  let operations: { key: string; url: string; method: string; security: unknown }[];

  beforeAll(async () => {
    ({ app } = await seededApp(db()));
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, { security?: unknown }>> };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      METHODS.filter((m) => ops[m]).map((m) => ({
        key: `${m.toUpperCase()} ${path}`,
        // Any value will do for a parameter: the session is checked before anything is read.
        url: path.replace(/\{[^}]+\}/g, '1'),
        method: m.toUpperCase(),
        security: ops[m]!.security,
      })),
    );
  });

  it('finds the whole API in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(100);
    for (const key of Object.keys(WITHOUT_SESSION)) expect(operations.map((o) => o.key)).toContain(key);
  });

  it('answers 401 without a session on every route not listed as public, and the document says which need one', async () => {
    const open: string[] = [];
    for (const op of operations) {
      const res = await app.inject({ method: op.method as 'GET', url: op.url });
      if (res.statusCode !== 401) open.push(op.key);
      else expect(res.json().error.code, op.key).toBe('unauthenticated');
      // The OpenAPI document tells a client the same: `security: []` only on the public ones.
      expect(op.security === undefined ? 'session' : JSON.stringify(op.security), op.key).toBe(op.key in WITHOUT_SESSION ? '[]' : 'session');
    }
    expect(open.sort()).toEqual(Object.keys(WITHOUT_SESSION).sort());
  });
});
