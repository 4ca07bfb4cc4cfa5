import { request as httpRequest } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser, ADMIN, seededApp, signIn } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';
import { buildApp } from './app';

/** Issue 13, "Trust", section 3: nobody where they don't belong. */
describeEachDatabase('trust: nobody where they do not belong', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;
  let ipCounter = 0;
  /** Each test signs in from addresses of its own, so the throttle of one test does not reach another. */
  const freshIp = () => `10.13.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin, headers: Record<string, string> = {}) =>
    app.inject({ method, url, payload, headers: { cookie, ...headers } });
  const login = (email: string, password: string, remoteAddress = freshIp()) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
  const cookieOf = (res: Awaited<ReturnType<typeof login>>) => `ls_session=${res.cookies.find((c) => c.name === 'ls_session')!.value}`;
  const errorShape = (code: string) => ({ error: { code, message: expect.any(String), details: expect.any(Array) } });

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
  });

  const newPerson = async (email: string, role = 'reporter') => {
    const res = await call('POST', `/api/organisations/${organisationId}/users`, { email, name: email.split('@')[0], role });
    expect(res.statusCode).toBe(201);
    return res.json() as { user: { id: number }; oneTimePassword: string };
  };

  describe('one-time passwords', () => {
    it('open nothing but the password change, /api/me and sign-out until changed', async () => {
      const { oneTimePassword } = await newPerson('otp@region.se');
      const otp = cookieOf(await login('otp@region.se', oneTimePassword));
      const blocked = await call('GET', `/api/plans/${planId}/scorecard?period=2022`, undefined, otp);
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json()).toEqual(errorShape('password-change-required'));
      expect((await call('GET', '/api/organisations', undefined, otp)).statusCode).toBe(403);
      expect((await call('GET', '/api/me', undefined, otp)).json().mustChangePassword).toBe(true);
      const changed = await call('POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'blåbär i skogen 7' }, otp);
      expect(changed.statusCode).toBe(204);
      expect((await call('GET', `/api/plans/${planId}/scorecard?period=2022`, undefined, otp)).statusCode).toBe(200);
      const second = cookieOf(await login('otp@region.se', 'blåbär i skogen 7'));
      expect((await call('POST', '/api/auth/logout', undefined, second)).statusCode).toBe(204);
    });

    it('expire after a week, and an expired one refuses sign-in with a clear message', async () => {
      const { user, oneTimePassword } = await newPerson('expired@region.se');
      const [row] = await db().query<{ until: Date }>('SELECT one_time_password_expires_at AS until FROM users WHERE id = $1', [user.id]);
      const days = (new Date(row!.until).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);
      const session = cookieOf(await login('expired@region.se', oneTimePassword));
      await db().query("UPDATE users SET one_time_password_expires_at = now() - interval '1 minute' WHERE id = $1", [user.id]);
      // A session opened before it expired cannot use it to choose a password either.
      const change = await call('POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'sent men ändå 2026' }, session);
      expect(change.statusCode).toBe(400);
      expect(change.json().error.message).toMatch(/gått ut/);
      const res = await login('expired@region.se', oneTimePassword);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toMatch(/Engångslösenordet har gått ut/);
      // A wrong password still gets the message that tells nothing.
      expect((await login('expired@region.se', 'fel-lösenord-som-är-långt')).json().error.message).toBe('Fel e-postadress eller lösenord.');
    });
  });

  describe('password changes', () => {
    it("end the person's other sessions and keep the current one", async () => {
      await addUser(db(), organisationId, 'reader', 'sessions@region.se');
      const here = cookieOf(await login('sessions@region.se', 'user-password-1'));
      const elsewhere = cookieOf(await login('sessions@region.se', 'user-password-1'));
      expect((await call('POST', '/api/auth/password', { currentPassword: 'user-password-1', newPassword: 'en helt ny mening 42' }, here)).statusCode).toBe(204);
      expect((await call('GET', '/api/me', undefined, here)).statusCode).toBe(200);
      expect((await call('GET', '/api/me', undefined, elsewhere)).statusCode).toBe(401);
    });

    it('refuse blank, short, common and personal passwords with the field and a Swedish message', async () => {
      await addUser(db(), organisationId, 'reader', 'rules@region.se');
      const me = cookieOf(await login('rules@region.se', 'user-password-1'));
      const attempt = async (newPassword: string) => {
        const res = await call('POST', '/api/auth/password', { currentPassword: 'user-password-1', newPassword }, me);
        expect(res.statusCode, newPassword).toBe(400);
        expect(res.json().error.details[0].path).toBe('newPassword');
        return res.json().error.message as string;
      };
      expect(await attempt(' '.repeat(10))).toMatch(/minst 12 tecken/);
      expect(await attempt(' '.repeat(30))).toMatch(/minst 12 tecken/);
      expect(await attempt('password1234')).toMatch(/vanligaste/);
      expect(await attempt('Sommar2026!!!')).toMatch(/vanligaste/);
      expect(await attempt('rules@region.se')).toMatch(/e-postadress/);
      expect(await attempt('min ledstjärna 2026')).toMatch(/appens namn/);
      expect(await attempt('x'.repeat(257))).toMatch(/högst 256/);
    });
  });

  describe('sign-in throttling', () => {
    it('counts attempts before the password check, so parallel guesses cannot slip through', async () => {
      const ip = freshIp();
      const results = await Promise.all(Array.from({ length: 20 }, () => login(ADMIN.email, 'gissning-nummer-ett', ip)));
      const codes = results.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
      const refused = results.find((r) => r.statusCode === 429)!;
      expect(refused.json()).toEqual(errorShape('too-many-attempts'));
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // The right password from that IP waits too: the guesser's IP is the one held back.
      expect((await login(ADMIN.email, ADMIN.password, ip)).statusCode).toBe(429);
    });

    it('never locks a person out from an IP without failures, even when many IPs guess at them', async () => {
      await Promise.all(Array.from({ length: 40 }, () => login(ADMIN.email, 'gissning-från-många', freshIp())));
      const own = await login(ADMIN.email, ADMIN.password, freshIp());
      expect(own.statusCode).toBe(200);
    });

    it('takes as long for an unknown address as for a known one (argon2 runs for both)', async () => {
      // The CPU time this process spends on the sign-in (argon2 hashes on a thread of this
      // process), not the time on the clock: on a loaded machine a known address's database
      // writes (on PostgreSQL, in another process) stretched its clock time to three times an
      // unknown one's, though both ran argon2 alike.
      const once = async (email: string) => {
        const start = process.cpuUsage();
        expect((await login(email, 'fel-lösenord-igen', freshIp())).statusCode).toBe(401);
        const used = process.cpuUsage(start);
        return used.user + used.system;
      };
      await once('ingen-alls@region.se'); // warms the dummy hash
      // Not an address under attack from many IPs: that one is slowed whether it exists or not.
      // Alternated, and the least of each kept: each path's own cost (argon2's).
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 6; i++) {
        known.push(await once('rules@region.se'));
        unknown.push(await once('ingen-alls@region.se'));
      }
      expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...known) * 0.5);
    });
  });

  describe("another organisation's people", () => {
    let skaneId: number;
    let norrbottenAdmin: string;
    beforeAll(async () => {
      skaneId = (await db().query<{ id: number }>("SELECT id FROM organisations WHERE name = 'Region Skåne'"))[0]!.id;
      await addUser(db(), skaneId, 'admin', 'skane.admin@skane.se');
      await db().query("UPDATE users SET name = 'Sara Skånsk' WHERE email = 'skane.admin@skane.se'");
      await addUser(db(), organisationId, 'admin', 'nb.admin@norrbotten.se');
      norrbottenAdmin = cookieOf(await login('nb.admin@norrbotten.se', 'user-password-1'));
    });

    it("can be given a role by e-mail without revealing their name or other organisations", async () => {
      const res = await call('POST', `/api/organisations/${organisationId}/users`, { email: 'Skane.Admin@skane.se', name: 'Kollega', role: 'reader' }, norrbottenAdmin);
      expect(res.statusCode).toBe(201);
      expect(res.json().user).toMatchObject({ email: 'Skane.Admin@skane.se', name: 'Kollega', role: 'reader' });
      expect(res.body).not.toContain('Sara');
      expect(res.body).not.toContain('Skåne');
      const list = await call('GET', `/api/organisations/${organisationId}/users`, undefined, norrbottenAdmin);
      expect(list.body).not.toContain('Sara Skånsk');
      expect(list.json()).toContainEqual(expect.objectContaining({ name: 'Kollega', role: 'reader' }));
    });

    it("cannot be deactivated or given a new password by an admin who does not administer all their organisations", async () => {
      const id = (await db().query<{ id: number }>("SELECT id FROM users WHERE email = 'skane.admin@skane.se'"))[0]!.id;
      expect((await call('POST', `/api/organisations/${organisationId}/users/${id}/password-reset`, {}, norrbottenAdmin)).statusCode).toBe(403);
      expect((await call('POST', `/api/organisations/${organisationId}/users/${id}/deactivate`, {}, norrbottenAdmin)).statusCode).toBe(403);
      // Nor anyone without a role in the organisation.
      expect((await call('POST', `/api/organisations/${skaneId}/users/${id}/password-reset`, {}, norrbottenAdmin)).statusCode).toBe(403);
    });

    it('are deactivated by an admin: sessions end and sign-in is refused; activation lets them in again', async () => {
      const { user } = await newPerson('leaving@region.se', 'editor');
      await db().query('UPDATE users SET must_change_password = false WHERE id = $1', [user.id]);
      const reset = await call('POST', `/api/organisations/${organisationId}/users/${user.id}/password-reset`, {});
      expect(reset.statusCode).toBe(200);
      const { oneTimePassword } = reset.json();
      expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{20}$/);
      const session = cookieOf(await login('leaving@region.se', oneTimePassword));
      expect((await call('GET', '/api/me', undefined, session)).json().mustChangePassword).toBe(true);
      expect((await call('POST', `/api/organisations/${organisationId}/users/${user.id}/deactivate`, {})).statusCode).toBe(204);
      expect((await call('GET', '/api/me', undefined, session)).statusCode).toBe(401);
      const refused = await login('leaving@region.se', oneTimePassword);
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.message).toMatch(/avstängt/);
      const list = (await call('GET', `/api/organisations/${organisationId}/users`)).json();
      expect(list).toContainEqual(expect.objectContaining({ id: user.id, deactivated: true }));
      expect((await call('POST', `/api/organisations/${organisationId}/users/${user.id}/activate`, {})).statusCode).toBe(204);
      expect((await login('leaving@region.se', oneTimePassword)).statusCode).toBe(200);
      expect((await call('POST', `/api/organisations/${organisationId}/users/999999/deactivate`, {})).statusCode).toBe(404);
    });
  });

  describe('request bodies and headers', () => {
    it('answers 400 with the field path for a NUL or other control character, on any route', async () => {
      const nul = await call('POST', `/api/organisations/${organisationId}/users`, { email: 'nul@region.se', name: 'A\u0000B', role: 'reader' });
      expect(nul.statusCode).toBe(400);
      expect(nul.json().error.details[0].path).toBe('name');
      const nested = await call('POST', '/api/auth/password', { currentPassword: 'x', newPassword: 'ett\u0007långt-lösenord' });
      expect(nested.json().error.details[0].path).toBe('newPassword');
      const measure = (await db().query<{ id: number }>('SELECT id FROM measures ORDER BY id LIMIT 1'))[0]!.id;
      const patched = await call('PATCH', `/api/measures/${measure}`, { definition: 'rad ett\r\n\trad två\u001b' });
      expect(patched.statusCode).toBe(400);
      expect(patched.json().error.details[0].path).toBe('definition');
      const query = await call('GET', `/api/plans/${planId}/scorecard?period=2022%00`);
      expect(query.statusCode).toBe(400);
      expect(query.json().error.details[0].path).toBe('query.period');
      // Tab, LF and CR are text.
      expect((await call('PATCH', `/api/measures/${measure}`, { definition: 'rad ett\r\n\trad två' })).statusCode).toBe(200);
    });

    it('checks the session before the body: no session and an invalid body is a 401', async () => {
      const res = await app.inject({ method: 'POST', url: `/api/organisations/${organisationId}/users`, payload: { email: 'inte en adress' } });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(errorShape('unauthenticated'));
    });

    it("refuses writes from another site's page, and lets scripts without Origin through", async () => {
      const url = `/api/organisations/${organisationId}/users`;
      const body = { email: 'origin@region.se', name: 'O', role: 'reader' };
      const foreign = await call('POST', url, body, admin, { origin: 'https://evil.example' });
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json()).toEqual(errorShape('foreign-origin'));
      expect((await call('POST', url, body, admin, { origin: 'null' })).statusCode).toBe(403);
      expect((await call('POST', url, body, admin, { origin: 'http://localhost:80', host: 'localhost:80' })).statusCode).toBe(201);
      expect((await call('POST', url, { ...body, email: 'origin2@region.se' })).statusCode).toBe(201);
      // Reads are not writes.
      expect((await call('GET', '/api/me', undefined, admin, { origin: 'https://evil.example' })).statusCode).toBe(200);
    });

    it('sends no-store on the API and HSTS when configured', async () => {
      expect((await call('GET', '/api/me')).headers['cache-control']).toBe('no-store');
      expect((await call('GET', '/api/me')).headers['strict-transport-security']).toBeUndefined();
      const hsts = await buildApp({ db: db(), config: { secureCookies: true, hsts: true } });
      const res = await hsts.inject({ method: 'GET', url: '/api/me' });
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
      await hsts.close();
    });

    it('answers 404, 413 and 415 in the one error shape', async () => {
      const unknown = await call('GET', '/api/finns-inte');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toEqual(errorShape('not-found'));
      const text = await app.inject({ method: 'POST', url: '/api/auth/login', payload: '<hej/>', headers: { 'content-type': 'application/xml' } });
      expect(text.statusCode).toBe(415);
      expect(text.json()).toEqual(errorShape('unsupported-media-type'));
      const big = await app.inject({ method: 'POST', url: '/api/auth/login', payload: `{"email":"${'x'.repeat(21 * 1024 * 1024)}"}`, headers: { 'content-type': 'application/json' } });
      expect(big.statusCode).toBe(413);
      expect(big.json()).toEqual(errorShape('payload-too-large'));
    });

    it('answers 431 (request head too large) in the one error shape', async () => {
      const server = await buildApp({ db: db(), config: { secureCookies: false } });
      await server.listen({ port: 0, host: '127.0.0.1' });
      try {
        const { port } = server.server.address() as AddressInfo;
        const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port, path: '/api/me', headers: { 'x-big': 'x'.repeat(20_000) } }, (r) => {
            let body = '';
            r.on('data', (c) => {
              body += c;
            });
            r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
          });
          req.on('error', reject);
          req.end();
        });
        expect(res.status).toBe(431);
        expect(JSON.parse(res.body)).toEqual(errorShape('request-header-too-large'));
      } finally {
        await server.close();
      }
    });

    it('says how to write an address with letters outside ASCII, which Node refuses before any route', async () => {
      const server = await buildApp({ db: db(), config: { secureCookies: false } });
      await server.listen({ port: 0, host: '127.0.0.1' });
      try {
        const { port } = server.server.address() as AddressInfo;
        // As curl sends `?period=2022-DÅ08`: the UTF-8 bytes unencoded (an HTTP client library would refuse to).
        const raw = await new Promise<string>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1', () => socket.end(Buffer.from('GET /api/plans/1/scorecard?period=2022-DÅ08 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8')));
          let text = '';
          socket.on('data', (c) => {
            text += c;
          });
          socket.on('end', () => resolve(text));
          socket.on('error', reject);
        });
        expect(raw.startsWith('HTTP/1.1 400')).toBe(true);
        const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
        expect(body.error.code).toBe('validation');
        expect(body.error.message).toContain('2022-D%C3%8508');
      } finally {
        await server.close();
      }
    });
  });
});

describeEachDatabase('trust: behind a reverse proxy', (db) => {
  it('throttles per client (X-Forwarded-For) and checks Origin against the forwarded host', async () => {
    const { app } = await seededApp(db());
    const proxied = await buildApp({ db: db(), config: { secureCookies: true, trustProxy: ['127.0.0.1'] } });
    const login = (client: string, password: string) =>
      proxied.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ADMIN.email, password }, headers: { 'x-forwarded-for': client } });
    for (let i = 0; i < 5; i++) expect((await login('203.0.113.7', 'gissning-bakom-proxyn')).statusCode).toBe(401);
    expect((await login('203.0.113.7', ADMIN.password)).statusCode).toBe(429);
    // Another client behind the same proxy is not held back by the first one's failures.
    const ok = await login('198.51.100.2', ADMIN.password);
    expect(ok.statusCode).toBe(200);
    const cookie = `ls_session=${ok.cookies.find((c) => c.name === 'ls_session')!.value}`;
    const logout = (host: string) =>
      proxied.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: 'https://ledstjarna.region.se', 'x-forwarded-host': host } });
    expect((await logout('evil.example')).statusCode).toBe(403);
    expect((await logout('ledstjarna.region.se')).statusCode).toBe(204);
    await proxied.close();
    await app.close();
  });
});
