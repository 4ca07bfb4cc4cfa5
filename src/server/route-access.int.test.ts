import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';

/**
 * design-round-2: "A test lists every route with its kind of access, so nothing is public by
 * accident." The routes open without a session, each with its kind; every other API route answers 401.
 */
const OPEN: Record<string, 'sign-in' | 'invitation token' | 'published'> = {
  'POST /api/auth/login': 'sign-in',
  'POST /api/auth/logout': 'sign-in',
  'GET /api/consultation-invitations/:token': 'invitation token',
  'PUT /api/consultation-invitations/:token/answer': 'invitation token',
  'POST /api/consultation-invitations/:token/attachments': 'invitation token',
  'GET /api/public/consultations/:id': 'published',
  'GET /api/public/consultations/:id/summary.docx': 'published',
  'GET /api/public/consultations/:id/summary.pdf': 'published',
};

describe('access to every route', () => {
  describeEachDatabase('routes and their kind of access', (db) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      ({ app } = await seededApp(db(), { seed: false }));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('opens exactly the listed routes without a session', () => {
      const open = app.routeTable.filter((r) => r.public && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
      expect(open.sort()).toEqual(Object.keys(OPEN).sort());
    });

    it('answers 401 on every other API route without a session', async () => {
      const api = app.routeTable.filter((r) => !r.public && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD');
      expect(api.length).toBeGreaterThan(50);
      const wrong: string[] = [];
      for (const r of api) {
        const url = r.url.replace(/:\w+/g, '1').replace(/\*$/, 'x');
        const res = await app.inject({ method: r.method as 'GET', url, ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: {} }) });
        if (res.statusCode !== 401) wrong.push(`${r.method} ${r.url}: ${res.statusCode}`);
      }
      expect(wrong).toEqual([]);
    });
  });
});
