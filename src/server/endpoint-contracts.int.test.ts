import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { migrate } from '../db/migrate';
import { apiEndpoints, CONTRACT_TAGS } from '../shared/contracts';
import { scorecardSchema } from '../shared/contracts/plans';
import { seededApp, signIn } from '../test-support/app';
import { migratedPglite } from '../test-support/pglite-template';

interface Operation {
  tags?: string[];
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/** Operations that answer with a redirect (to the provider or back to the sign-in page), not JSON: they have no contract. */
const REDIRECTS = new Set(['GET /api/auth/oidc/{orgSlug}/start', 'GET /api/auth/oidc/callback']);

const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** Issue 14: one schema per request and response, shared by the routes, the OpenAPI document and the web's client. PGlite only: it checks the HTTP layer. */
describe('endpoint contracts [PGlite]', () => {
  let db: Db;
  let app: FastifyInstance;
  let planId: number;
  let doc: { paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    db = await migratedPglite();
    await migrate(db);
    ({ app, planId } = await seededApp(db));
    doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('registers every contract as a route', () => {
    const routes = new Set(app.routeTable.map((r) => `${r.method} ${r.url}`));
    for (const e of Object.values(apiEndpoints)) expect(routes, e.key).toContain(`${e.method} ${e.path}`);
  });

  it('publishes the response shape of every contract in the OpenAPI document', () => {
    for (const e of Object.values(apiEndpoints)) {
      const op = doc.paths[openApiPath(e.path)]?.[e.method.toLowerCase()];
      const status = String('status' in e ? e.status : 200);
      expect(op?.responses?.[status], `${e.key} → ${status}`).toBeDefined();
      // A download names each content type it comes as; every other answer but 204 is JSON.
      const types = 'produces' in e && e.produces ? Object.keys(e.produces) : status === '204' ? [] : ['application/json'];
      for (const type of types) expect(op?.responses?.[status]?.content?.[type]?.schema, `${e.key} ${type}`).toBeTruthy();
    }
  });

  it('says in the OpenAPI document which operations need no session, and a download is not JSON', () => {
    const open = Object.values(apiEndpoints).filter((e) => 'security' in e);
    expect(open.map((e) => e.key)).toContain('GET /api/public/plans/:planId');
    for (const e of open) expect(doc.paths[openApiPath(e.path)]?.[e.method.toLowerCase()], e.key).toMatchObject({ security: [] });
    const zip = doc.paths['/api/organisations/{orgId}/export']?.get?.responses?.['200']?.content;
    expect(Object.keys(zip ?? {})).toEqual(['application/zip']);
    expect(zip?.['application/zip']?.schema).toMatchObject({ type: 'string', format: 'binary' });
    const download = doc.paths['/api/public/plans/{planId}/download']?.get?.responses?.['200']?.content;
    expect(Object.keys(download ?? {}).sort()).toEqual(['application/json', 'text/csv']);
  });

  it(`declares a success response schema on every operation of the converted modules (${CONTRACT_TAGS.join(', ')})`, () => {
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const key = `${method.toUpperCase()} ${path}`;
        if (!op.tags?.some((t) => CONTRACT_TAGS.includes(t)) || REDIRECTS.has(key)) continue;
        const success = Object.entries(op.responses ?? {}).find(([s]) => /^2\d\d$/.test(s));
        // A file (PDF, Word, SVG, CSV) declares its own content type with a schema, as JSON does.
        const content = Object.values(success?.[1].content ?? {});
        if (!success || (success[0] !== '204' && (content.length === 0 || content.some((c) => !c.schema)))) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
    expect([...REDIRECTS].filter((k) => doc.paths[k.split(' ')[1]!]?.[k.split(' ')[0]!.toLowerCase()] === undefined)).toEqual([]);
  });

  it('declares the content type of a file a route sends (the strategic map as PDF)', () => {
    const op = doc.paths['/api/roadmap-versions/{versionId}/map.pdf']?.get;
    expect(op?.responses?.['200']?.content?.['application/pdf']?.schema).toMatchObject({ type: 'string', format: 'binary' });
  });

  it('sends a scorecard that keeps its contract, though it is sent prebuilt (not checked per request)', async () => {
    const cookie = await signIn(app);
    const res = await app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const parsed = scorecardSchema.safeParse(res.json());
    expect(parsed.error?.issues.slice(0, 5) ?? []).toEqual([]);
  });
});
