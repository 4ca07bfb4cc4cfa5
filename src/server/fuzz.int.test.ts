import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { migrate } from '../db/migrate';
import { ADMIN, seededApp } from '../test-support/app';
import { startKoladaStandin, type KoladaStandin } from '../test-support/kolada-standin';
import { fromSchema, pathValue, type Schema } from '../test-support/openapi-arbitrary';
import { migratedPglite } from '../test-support/pglite-template';
import { koladaClient } from './modules/kolada/kolada.client';
import { buildApp } from './app';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  params: { in: string; name: string; schema?: Schema; required?: boolean }[];
  body?: Schema;
  multipart: boolean;
}

interface Generated {
  op: number;
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  signedIn: boolean;
}

/** Sign-out would end the fuzzer's own session; every other route is fair game. */
const SKIP = new Set(['POST /api/auth/logout']);
const SLOW = [/\.(pdf|docx|xlsx|pptx)$/, /^GET \/api\/kolada\//, /^POST \/api\/auth\/(login|password)$/, /^POST \/api\/organisations\/\{orgId\}\/users(\/\{userId\}\/password-reset)?$/, /^POST \/api\/installation\/organisations$/];

/**
 * Issue 13: requests generated from the app's own OpenAPI document (fast-check), signed in as an
 * admin and signed out: whatever arrives, the server answers without a 5xx and every error in
 * the one shape. PGlite only: the point is the HTTP layer, and its runtime stays modest.
 */
describe('fuzzing the API from its OpenAPI document [PGlite]', () => {
  let database: Db;
  const db = () => database;
  let app: FastifyInstance;
  let kolada: KoladaStandin;
  let operations: Operation[];
  let cookie = '';
  let logins = 0;

  const signIn = async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN, remoteAddress: `10.99.${Math.floor(logins / 250)}.${(logins++ % 250) + 1}` });
    const c = res.cookies.find((x) => x.name === 'ls_session');
    cookie = c ? `ls_session=${c.value}` : '';
  };

  beforeAll(async () => {
    database = await migratedPglite();
    await migrate(database);
    kolada = await startKoladaStandin();
    const seeded = await seededApp(db());
    await seeded.app.close();
    app = await buildApp({ db: db(), config: { secureCookies: false }, kolada: koladaClient({ baseUrl: kolada.url, timeoutMs: 2000 }) });
    await signIn();
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { parameters?: Operation['params']; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([m, op]) => ({
          method: m.toUpperCase() as Operation['method'],
          path,
          params: op.parameters ?? [],
          body: op.requestBody?.content['application/json']?.schema,
          multipart: op.requestBody?.content['multipart/form-data'] !== undefined,
        }))
        .filter((op) => !SKIP.has(`${op.method} ${op.path}`)),
    );
  });
  afterAll(async () => {
    await app?.close();
    await kolada?.close();
    await database?.close();
  });

  it('answers an id beyond the database integer and a path parameter of 5 000 characters in the one shape (found by this fuzzer)', async () => {
    const big = await app.inject({ method: 'DELETE', url: '/api/measures/2147483648', headers: { cookie } });
    expect(big.statusCode).toBe(400);
    expect(big.json()).toEqual({ error: { code: 'validation', message: expect.any(String), details: [] } });
    const approved = await app.inject({ method: 'GET', url: '/api/plans/2147483648/followup/approved?period=2022', headers: { cookie } });
    expect(approved.statusCode).toBeLessThan(500);
    const long = await app.inject({ method: 'GET', url: `/api/plans/${'x'.repeat(5000)}`, headers: { cookie } });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toEqual({ error: { code: 'uri-too-long', message: expect.any(String), details: [] } });
  });

  it(`answers ${REQUESTS} generated requests without a 5xx, every error in the one shape (seed ${SEED})`, async () => {
    // Routes that hash a password (argon2, ~100 ms by design), write a document or read Kolada's
    // catalogue are drawn a tenth as often, so that the run stays short.
    const slow = (o: Operation) => SLOW.some((re) => re.test(`${o.method} ${o.path}`));
    const weighted = operations.flatMap((o, i) => (slow(o) ? [i] : Array.from({ length: 10 }, () => i)));
    const requestArb: fc.Arbitrary<Generated> = fc.constantFrom(...weighted).chain((op) => {
      const o = operations[op]!;
      const pathArbs = Object.fromEntries(o.params.filter((p) => p.in === 'path').map((p) => [p.name, pathValue(p.schema)]));
      const queryArbs = Object.fromEntries(o.params.filter((p) => p.in === 'query').map((p) => [p.name, fromSchema(p.schema)]));
      return fc.record({
        op: fc.constant(op),
        path: fc.record(pathArbs),
        query: fc.record(queryArbs, { requiredKeys: [] }),
        body: o.body ? fromSchema(o.body) : fc.constant(undefined),
        signedIn: fc.boolean().map((b) => b || Math.random() < 0.8),
      });
    });
    const samples = fc.sample(requestArb, { numRuns: REQUESTS, seed: SEED });
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const timing = new Map<string, number>();
    for (const [i, g] of samples.entries()) {
      const o = operations[g.op]!;
      const url =
        o.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(g.path[name] ?? '1')) +
        (Object.keys(g.query).length > 0
          ? `?${new URLSearchParams(Object.entries(g.query).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString()}`
          : '');
      const t0 = performance.now();
      const res = await app.inject({
        method: o.method,
        url,
        headers: g.signedIn ? { cookie } : {},
        ...(g.body !== undefined ? { payload: JSON.stringify(g.body), headers: { 'content-type': 'application/json', ...(g.signedIn ? { cookie } : {}) } } : {}),
      });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      const k = `${o.method} ${o.path}`;
      timing.set(k, (timing.get(k) ?? 0) + performance.now() - t0);
      const where = `#${i} ${o.method} ${url} ${JSON.stringify(g.body)?.slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
      if (res.statusCode >= 500) failures.push(where);
      else if (res.statusCode >= 400) {
        let body: unknown;
        try {
          body = res.json();
        } catch {
          body = undefined;
        }
        const e = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
        if (!e || typeof e.code !== 'string' || typeof e.message !== 'string' || (e.details !== undefined && !Array.isArray(e.details))) failures.push(`shape: ${where}`);
      }
      // A generated request may end the admin's own session (a deactivation, a reset): sign in again.
      if (g.signedIn && res.statusCode === 401 && (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode === 401) await signIn();
    }
    if (process.env.FUZZ_PROFILE) console.log([...timing].sort((a, b) => b[1] - a[1]).slice(0, 12));
    expect(failures.slice(0, 10), `seed ${SEED}, ${failures.length} failures; statuses ${JSON.stringify([...statuses])}`).toEqual([]);
    // The requests reached the services, not only the validation.
    expect((statuses.get(200) ?? 0) + (statuses.get(201) ?? 0) + (statuses.get(204) ?? 0)).toBeGreaterThan(REQUESTS / 20);
  }, 600_000);
});
