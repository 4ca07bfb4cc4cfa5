import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../db/client';
import { buildApp } from './app';

/** How the built web app and the API go over the wire: compressed, cached when they never change, never cached when they hold data. */
describe('serving the web app and the API', () => {
  let db: Db;
  let app: FastifyInstance;
  let webDir: string;
  const script = `console.log(${JSON.stringify('Ledstjärna '.repeat(300))});`;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'ledstjarna-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Ledstjärna</title>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), script);
    writeFileSync(join(webDir, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(webDir, 'assets', 'index-abc123.js.gz'), gzipSync(script));
    db = await openDb({});
    app = await buildApp({ db, config: { secureCookies: false }, webDir });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('sends hashed assets precompressed and cached for good', async () => {
    const br = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.length).toBeLessThan(script.length / 10);
    const gz = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(plain.body).toBe(script);
  });

  it('revalidates the page itself, which names the current assets', async () => {
    const page = await app.inject({ method: 'GET', url: '/plans/1' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('serves no source maps', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/index-abc123.js.map' })).statusCode).toBe(404);
  });

  it('compresses API answers and forbids keeping them', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/json', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    const me = await app.inject({ method: 'GET', url: '/api/me' });
    expect(me.headers['cache-control']).toBe('no-store');
  });
});
