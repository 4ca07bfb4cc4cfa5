import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededApp } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';

/**
 * design-round-2: "A test lists every route with its kind of access, so nothing is public by
 * accident." The routes that answer without a session are listed here with their kind — sign-in,
 * an invitation token (consulted parties, workshop guests; the route checks the token itself) or
 * published data. Every other API route must answer 401 to a request without one, and the OpenAPI
 * document must say the same. A new open route fails this test until it is added here on purpose.
 */
const WITHOUT_SESSION: Record<string, 'published' | 'token' | 'sign-in'> = {
  'POST /api/auth/login': 'sign-in',
  'POST /api/auth/logout': 'sign-in',
  'GET /api/auth/oidc/organisations': 'sign-in',
  'GET /api/auth/oidc/:orgSlug/start': 'sign-in',
  'GET /api/auth/oidc/callback': 'sign-in',
  'GET /api/public/plans': 'published',
  'GET /api/public/plans/:planId': 'published',
  'GET /api/public/plans/:planId/download': 'published',
  'POST /api/public/accessibility-reports': 'published',
  'GET /api/public/consultations/:id': 'published',
  'GET /api/public/consultations/:id/summary.docx': 'published',
  'GET /api/public/consultations/:id/summary.pdf': 'published',
  'GET /api/consultation-invitations/:token': 'token',
  'PUT /api/consultation-invitations/:token/answer': 'token',
  'POST /api/consultation-invitations/:token/attachments': 'token',
  'GET /api/live': 'token',
  'POST /api/workshops/join': 'token',
  'GET /api/workshops/:id': 'token',
  'PATCH /api/workshops/:id': 'token',
  'POST /api/workshops/:id/cards': 'token',
  'PUT /api/workshops/:id/cards/:cardId/cluster': 'token',
  'POST /api/workshops/:id/clusters': 'token',
  'PUT /api/workshops/:id/ballot': 'token',
  'POST /api/workshops/:id/reveal': 'token',
  'POST /api/workshops/:id/timer': 'token',
  'PUT /api/workshops/:id/definitions/:cardId/position': 'token',
  'PUT /api/workshops/:id/agenda/current': 'token',
  'GET /api/workshops/:id/conditions': 'token',
  'POST /api/workshops/:id/conditions/fetch': 'token',
  'POST /api/workshops/:id/focus-areas': 'token',
  'POST /api/workshops/:id/participants': 'token',
  'GET /api/workshops/:id/traces': 'token',
  'GET /api/workshops/:id/documentation.docx': 'token',
  'GET /api/workshops/:id/documentation.pdf': 'token',
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describeEachDatabase('every route and its kind of access', (db) => {
  let app: FastifyInstance;
  let documented: Map<string, unknown>;

  beforeAll(async () => {
    ({ app } = await seededApp(db()));
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, { security?: unknown }>> };
    documented = new Map(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        METHODS.filter((m) => ops[m]).map((m) => [`${m.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`, ops[m]!.security] as const),
      ),
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens exactly the listed routes without a session, each with its kind of access', () => {
    const open = app.routeTable.filter((r) => r.public && r.method !== 'HEAD');
    expect(Object.fromEntries(open.map((r) => [`${r.method} ${r.url}`, r.access])).valueOf()).toEqual(WITHOUT_SESSION);
  });

  it('answers 401 without a session on every other API route, and the OpenAPI document says which need one', async () => {
    const api = app.routeTable.filter((r) => !r.public && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD');
    expect(api.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const r of api) {
      // Any value will do for a parameter: the session is checked before anything is read.
      const url = r.url.replace(/:\w+/g, '1').replace(/\*$/, 'x');
      const res = await app.inject({ method: r.method as 'GET', url, ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: {} }) });
      if (res.statusCode !== 401 || res.json().error?.code !== 'unauthenticated') wrong.push(`${r.method} ${r.url}: ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
    for (const [key, security] of documented) {
      expect(security === undefined ? 'session' : JSON.stringify(security), key).toBe(key in WITHOUT_SESSION ? '[]' : 'session');
    }
  });
});
