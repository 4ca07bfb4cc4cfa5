import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type Db, openDb } from '../../db/client';
import { migrate } from '../../db/migrate';
import type { WorkshopState } from '../../shared/workshop-types';
import { ADMIN } from '../../test-support/app';
import { buildApp } from '../app';
import { firstStart } from '../bootstrap';
import { inProcessHub, type LiveHub, type LiveMessage, postgresHub } from './live-hub';

const url = process.env.TEST_DATABASE_URL;

interface Server {
  db: Db;
  live: LiveHub;
  app: FastifyInstance;
  port: number;
}

/** A client of the live channel: a socket on one server, its notices queued for the test to take. */
function liveClient(port: number, cookie: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/live`, { headers: { cookie } });
  const messages: Record<string, unknown>[] = [];
  const waiting: { type: string; resolve: (m: Record<string, unknown>) => void }[] = [];
  ws.on('message', (raw: Buffer) => {
    const m = JSON.parse(raw.toString()) as Record<string, unknown>;
    const i = waiting.findIndex((w) => w.type === m.type);
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(m);
    else messages.push(m);
  });
  return {
    ws,
    opened: new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    }),
    next(type: string, timeoutMs = 3000): Promise<Record<string, unknown>> {
      const i = messages.findIndex((m) => m.type === type);
      if (i >= 0) return Promise.resolve(messages.splice(i, 1)[0]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeoutMs} ms`)), timeoutMs);
        waiting.push({
          type,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
  };
}

describe('the live hub in one process', () => {
  it('delivers a publication to the topic’s subscribers only, until they unsubscribe', async () => {
    const hub = inProcessHub();
    const got: LiveMessage[] = [];
    const off = hub.subscribe('workshop:1', (m) => got.push(m));
    hub.subscribe('workshop:2', () => {
      throw new Error('wrong topic');
    });
    await hub.publish('workshop:1', { kind: 'card', id: 5 });
    off();
    await hub.publish('workshop:1', { kind: 'card', id: 6 });
    expect(got).toEqual([{ topic: 'workshop:1', kind: 'card', id: 5, at: 1 }]);
    await expect(hub.publish('bad topic', { kind: 'x' })).rejects.toThrow();
    await hub.close();
  });
});

/**
 * Two app servers on one PostgreSQL, each with its own pool and its own LISTEN connection: a card
 * written through one reaches a participant connected to the other, within a second, over a real
 * WebSocket; a participant whose connection dropped re-reads on reconnecting and misses nothing.
 */
describe.skipIf(!url)('two app servers on one PostgreSQL [PostgreSQL]', () => {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const channel = `lj_live_${schema}`;
  const servers: Server[] = [];
  let cookie: string;
  let workshopId: number;
  let orgId: number;

  const start = async (): Promise<Server> => {
    const db = await openDb({ databaseUrl: url, schema });
    const live = await postgresHub(url!, channel);
    const app = await buildApp({ db, live, config: { secureCookies: false } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const server = { db, live, app, port: (app.server.address() as AddressInfo).port };
    servers.push(server);
    return server;
  };
  const http = async <T>(s: Server, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`http://127.0.0.1:${s.port}${path}`, {
      method,
      headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  };

  beforeAll(async () => {
    const a = await start();
    await migrate(a.db);
    await firstStart(a.db, { adminEmail: ADMIN.email, adminPassword: ADMIN.password, seed: false });
    await start();
    const login = await fetch(`http://127.0.0.1:${a.port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    orgId = (await http<{ id: number }[]>(a, 'GET', '/api/organisations')).body[0]!.id;
    const other = await http<{ id: number }>(a, 'POST', '/api/organisations', { name: 'Region Västerbotten', template: 'norrbotten' });
    const fed = await http<{ id: number }>(a, 'POST', '/api/federations', { name: 'Norrlandstingens regionförbund', organisationIds: [orgId, other.body.id] });
    expect(fed.status).toBe(201);
    const login2 = await fetch(`http://127.0.0.1:${a.port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    cookie = login2.headers.getSetCookie()[0]!.split(';')[0]!;
    const ws = await http<{ id: number }>(a, 'POST', '/api/workshops', { federationId: fed.body.id, title: 'Två servrar' });
    expect(ws.status).toBe(201);
    workshopId = ws.body.id;
  });

  afterAll(async () => {
    for (const s of servers) {
      await s.app.close();
      await s.live.close();
    }
    await servers[0]?.db.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    for (const s of servers) await s.db.close();
  });

  it('a card written through server A reaches a socket on server B within a second', async () => {
    const [a, b] = servers as [Server, Server];
    const client = liveClient(b.port, cookie);
    await client.opened;
    client.ws.send(JSON.stringify({ type: 'subscribe', topic: `workshop:${workshopId}` }));
    expect(await client.next('subscribed')).toEqual({ type: 'subscribed', topic: `workshop:${workshopId}` });
    const sent = Date.now();
    const card = await http<{ id: number }>(a, 'POST', `/api/workshops/${workshopId}/cards`, { exercise: 'brainstorm', organisationId: orgId, text: 'Skrivet på server A' });
    expect(card.status).toBe(201);
    const event = await client.next('event', 1000);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(event).toMatchObject({ message: { topic: `workshop:${workshopId}`, kind: 'card', id: card.body.id } });
    const seenOnB = await http<WorkshopState>(b, 'GET', `/api/workshops/${workshopId}`);
    expect(seenOnB.body.cards.map((c) => c.text)).toContain('Skrivet på server A');
    client.ws.close();
  });

  it('a participant whose connection dropped loses no card: a resend is the same card, and re-reading after reconnecting shows what was missed', async () => {
    const [a, b] = servers as [Server, Server];
    const first = liveClient(b.port, cookie);
    await first.opened;
    first.ws.send(JSON.stringify({ type: 'subscribe', topic: `workshop:${workshopId}` }));
    await first.next('subscribed');
    first.ws.terminate();
    // While B's participant is away, a card arrives through A, and B's participant's own write is retried.
    await http(a, 'POST', `/api/workshops/${workshopId}/cards`, { exercise: 'swot', organisationId: orgId, text: 'Medan du var borta', quadrant: 'opportunity' });
    const mine = { exercise: 'brainstorm', organisationId: orgId, text: 'Mitt kort', clientKey: 'client-0001-abcd' };
    const once = await http<{ id: number }>(b, 'POST', `/api/workshops/${workshopId}/cards`, mine);
    const again = await http<{ id: number }>(a, 'POST', `/api/workshops/${workshopId}/cards`, mine);
    expect(again.body.id).toBe(once.body.id);
    const back = liveClient(b.port, cookie);
    await back.opened;
    back.ws.send(JSON.stringify({ type: 'subscribe', topic: `workshop:${workshopId}` }));
    await back.next('subscribed');
    const state = await http<WorkshopState>(b, 'GET', `/api/workshops/${workshopId}`);
    const texts = state.body.cards.map((c) => c.text);
    expect(texts).toEqual(['Skrivet på server A', 'Medan du var borta', 'Mitt kort']);
    // And it hears the next change, made on the other server.
    const timer = await http(a, 'POST', `/api/workshops/${workshopId}/timer`, { seconds: 300, label: 'SWOT' });
    expect(timer.status).toBe(200);
    expect(await back.next('event', 1000)).toMatchObject({ message: { kind: 'timer' } });
    back.ws.close();
  });
});
