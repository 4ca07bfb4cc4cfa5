import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { addUser, seededApp, signIn } from '../test-support/app';
import { sealPlaintextOidcSecrets } from './modules/oidc/oidc.service';
import { describeEachDatabase } from '../test-support/databases';
import { signInAtProvider, startTestProvider, type TestProvider } from '../test-support/oidc-provider';

const CALLBACK = 'http://localhost:3000/api/auth/oidc/callback';
const ACCOUNTS = {
  anna: { email: 'anna.nord@norrbotten.example', name: 'Anna Nord', groups: ['ls-editors'], org: 'norrbotten' },
  boss: { email: 'boss@norrbotten.example', name: 'Bo Chef', groups: ['ls-admins', 'ls-editors'], org: 'norrbotten' },
  plain: { email: 'plain@norrbotten.example', name: 'Per Läsare', groups: [], org: 'norrbotten' },
  skane: { email: 'someone@skane.example', name: 'Sara Syd', groups: ['ls-admins'], org: 'skane' },
  taken: { email: 'elsewhere@test.local', name: 'Elsa', groups: ['ls-editors'], org: 'norrbotten' },
};

describeEachDatabase('single sign-on through an OpenID Provider per organisation', (db) => {
  let app: FastifyInstance;
  let provider: TestProvider;
  let organisationId: number;
  let slug: string;
  let admin: string;
  const secretKey = randomBytes(32);

  /** Starts a sign-in at our start route, signs in at the provider, and returns the callback's answer. */
  async function signInThrough(
    login: string,
    acr = 'loa2',
    tamper?: (callback: URL, stateCookie: string) => { url: string; cookie: string },
    cancel = false,
    next?: string,
  ) {
    const start = await app.inject({ method: 'GET', url: `/api/auth/oidc/${slug}/start${next === undefined ? '' : `?next=${encodeURIComponent(next)}`}` });
    expect(start.statusCode).toBe(302);
    const stateCookie = start.cookies.find((c) => c.name === 'ls_oidc_state')!;
    const location = new URL(start.headers.location as string);
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('nonce')).toBeTruthy();
    const callback = await signInAtProvider(location.href, login, acr, cancel);
    expect(callback.href.startsWith(CALLBACK)).toBe(true);
    const sent = tamper ? tamper(callback, stateCookie.value) : { url: callback.pathname + callback.search, cookie: `ls_oidc_state=${stateCookie.value}` };
    const res = await app.inject({ method: 'GET', url: sent.url, headers: { cookie: sent.cookie } });
    const session = res.cookies.find((c) => c.name === 'ls_session' && c.value);
    return { res, callback, stateCookie: stateCookie.value, session: session ? `ls_session=${session.value}` : undefined };
  }

  const me = async (cookie: string) => (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json();
  const settings = (over: Record<string, unknown> = {}) => ({
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    organisationClaim: 'org',
    organisationValue: 'norrbotten',
    roleClaim: 'groups',
    roleValues: { admin: ['ls-admins'], editor: ['ls-editors'] },
    defaultRole: 'reader',
    roleAcr: { admin: ['loa3'] },
    passwordSignIn: true,
    ...over,
  });

  beforeAll(async () => {
    ({ app, organisationId } = await seededApp(db(), { secretKey }));
    provider = await startTestProvider(ACCOUNTS, CALLBACK);
    admin = await signIn(app);
    slug = (await db().query<{ slug: string }>('SELECT slug FROM organisations WHERE id = $1', [organisationId]))[0]!.slug;
    const saved = await app.inject({ method: 'PUT', url: `/api/organisations/${organisationId}/oidc`, headers: { cookie: admin }, payload: settings() });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ issuer: provider.issuer, clientSecretSet: true, redirectUri: CALLBACK });
    expect(saved.body).not.toContain(provider.clientSecret);
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  it('lists the organisation on the sign-in page, without a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/oidc/organisations' });
    expect(res.json()).toEqual([expect.objectContaining({ slug })]);
  });

  it('creates the person on the first sign-in with the role the claims give, audited; the second sign-in finds them again', async () => {
    const first = await signInThrough('anna');
    expect(first.res.statusCode).toBe(302);
    expect(first.res.headers.location).toBe('/');
    const who = await me(first.session!);
    expect(who).toMatchObject({ email: ACCOUNTS.anna.email, name: 'Anna Nord', mustChangePassword: false });
    expect(who.memberships).toEqual([expect.objectContaining({ organisationId, role: 'editor' })]);
    const [entry] = await db().query<{ action: string; after: unknown; organisation_id: number }>(
      "SELECT action, after, organisation_id FROM audit_log WHERE object_type = 'user' AND object_id = $1 AND action = 'sign-in'",
      [who.id],
    );
    expect(entry).toMatchObject({ organisation_id: organisationId });
    expect(typeof entry!.after === 'string' ? JSON.parse(entry!.after) : entry!.after).toMatchObject({ method: 'oidc', role: 'editor', created: true });

    const usersBefore = (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0]!.n;
    const second = await signInThrough('anna');
    expect((await me(second.session!)).id).toBe(who.id);
    const usersAfter = (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0]!.n;
    expect(usersAfter).toBe(usersBefore);
  });

  it('keeps the client secret sealed (AES-256-GCM), seals one stored as plaintext at start, and signs in with either', async () => {
    const stored = async () => (await db().query<{ s: string }>('SELECT client_secret AS s FROM organisation_oidc WHERE organisation_id = $1', [organisationId]))[0]!.s;
    const sealed = await stored();
    expect(sealed.startsWith('ls-sealed:v1:')).toBe(true);
    expect(sealed).not.toContain(provider.clientSecret);
    // As an installation from before sealing has it: plaintext still works, and the start seals it.
    await db().query('UPDATE organisation_oidc SET client_secret = $2 WHERE organisation_id = $1', [organisationId, provider.clientSecret]);
    expect((await signInThrough('anna')).session).toBeDefined();
    expect(await sealPlaintextOidcSecrets(db(), secretKey)).toBe(1);
    expect(await sealPlaintextOidcSecrets(db(), secretKey)).toBe(0);
    expect(await stored()).not.toContain(provider.clientSecret);
    expect((await signInThrough('anna')).session).toBeDefined();
    // Under another key it does not open: the sign-in is refused (and audited), nothing crashes.
    await db().query('UPDATE organisation_oidc SET client_secret = $2 WHERE organisation_id = $1', [organisationId, (await import('./secrets/secret-box')).seal(randomBytes(32), 'x', `organisation_oidc:${organisationId}`)]);
    const start = await app.inject({ method: 'GET', url: `/api/auth/oidc/${slug}/start` });
    expect(start.headers.location).toBe('/login?sso=provider');
    await db().query('UPDATE organisation_oidc SET client_secret = $2 WHERE organisation_id = $1', [organisationId, sealed]);
  });

  it('returns to the same-site page given as ?next=, and refuses to send the person to another site', async () => {
    const back = await signInThrough('anna', 'loa2', undefined, false, '/plans/1?period=2024');
    expect(back.res.headers.location).toBe('/plans/1?period=2024');
    expect(back.session).toBeDefined();
    for (const evil of ['//evil.example/x', '/\\evil.example/x', 'https://evil.example/', 'javascript:alert(1)']) {
      const res = await signInThrough('anna', 'loa2', undefined, false, evil);
      expect(res.res.headers.location, evil).toBe('/');
    }
  });

  it('records a refused sign-in with the organisation and the reason', async () => {
    await signInThrough('anna', 'loa2', undefined, true);
    const [entry] = await db().query<{ organisation_id: number; after: unknown }>(
      "SELECT organisation_id, after FROM audit_log WHERE action = 'sign-in-failed' AND object_type = 'organisation' ORDER BY id DESC LIMIT 1",
    );
    expect(entry?.organisation_id).toBe(organisationId);
    expect(typeof entry!.after === 'string' ? JSON.parse(entry!.after) : entry!.after).toEqual({ method: 'oidc', reason: 'cancelled' });
  });

  it('gives the default role when the claims name none', async () => {
    const { session } = await signInThrough('plain');
    expect((await me(session!)).memberships).toEqual([expect.objectContaining({ role: 'reader' })]);
  });

  it('refuses a wrong state, a state from another browser and a replayed callback', async () => {
    const wrong = await signInThrough('anna', 'loa2', (cb, cookie) => {
      const url = new URL(cb);
      url.searchParams.set('state', 'not-the-state');
      return { url: url.pathname + url.search, cookie: `ls_oidc_state=${cookie}` };
    });
    expect(wrong.res.headers.location).toBe('/login?sso=state');
    expect(wrong.session).toBeUndefined();

    const noCookie = await signInThrough('anna', 'loa2', (cb) => ({ url: cb.pathname + cb.search, cookie: '' }));
    expect(noCookie.res.headers.location).toBe('/login?sso=state');
    expect(noCookie.session).toBeUndefined();

    const ok = await signInThrough('anna');
    expect(ok.session).toBeDefined();
    const replay = await app.inject({ method: 'GET', url: ok.callback.pathname + ok.callback.search, headers: { cookie: `ls_oidc_state=${ok.stateCookie}` } });
    expect(replay.headers.location).toBe('/login?sso=state');
  });

  it("refuses a role whose required level of assurance (acr) is not met, and gives it when it is", async () => {
    const low = await signInThrough('boss', 'loa2');
    expect(low.res.headers.location).toBe('/login?sso=acr');
    expect(low.session).toBeUndefined();
    expect(await db().query("SELECT 1 FROM users WHERE email = 'boss@norrbotten.example'")).toHaveLength(0);
    const high = await signInThrough('boss', 'loa3');
    expect((await me(high.session!)).memberships).toEqual([expect.objectContaining({ role: 'admin' })]);
  });

  it('comes back to the sign-in page when the person cancels at the provider', async () => {
    const res = await signInThrough('anna', 'loa2', undefined, true);
    expect(res.callback.searchParams.get('error')).toBe('access_denied');
    expect(res.res.headers.location).toBe('/login?sso=cancelled');
    expect(res.session).toBeUndefined();
  });

  it('refuses a person whose organisation claim names another organisation', async () => {
    const res = await signInThrough('skane', 'loa3');
    expect(res.res.headers.location).toBe('/login?sso=organisation');
    expect(res.session).toBeUndefined();
  });

  it('never hands over, by e-mail address, an account that has a role in another organisation', async () => {
    const [row] = await db().query<{ id: number }>(
      "INSERT INTO organisations (slug, name, governance_model_id) SELECT 'annan-region', 'Annan region', governance_model_id FROM organisations WHERE id = $1 RETURNING id",
      [organisationId],
    );
    await addUser(db(), row!.id, 'admin', 'elsewhere@test.local');
    const res = await signInThrough('taken');
    expect(res.res.headers.location).toBe('/login?sso=account-elsewhere');
    expect(res.session).toBeUndefined();
  });

  it('lets only the organisation’s admins read and change the settings, never showing the secret', async () => {
    await addUser(db(), organisationId, 'editor', 'editor-oidc@test.local');
    const editor = await signIn(app, 'editor-oidc@test.local', 'user-password-1');
    expect((await app.inject({ method: 'GET', url: `/api/organisations/${organisationId}/oidc`, headers: { cookie: editor } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'PUT', url: `/api/organisations/${organisationId}/oidc`, headers: { cookie: editor }, payload: settings() })).statusCode).toBe(403);
    const read = await app.inject({ method: 'GET', url: `/api/organisations/${organisationId}/oidc`, headers: { cookie: admin } });
    expect(read.json()).toMatchObject({ clientId: provider.clientId, clientSecretSet: true, roleAcr: { admin: ['loa3'] } });
    expect(read.body).not.toContain(provider.clientSecret);
    const bad = await app.inject({ method: 'PUT', url: `/api/organisations/${organisationId}/oidc`, headers: { cookie: admin }, payload: settings({ issuer: 'http://login.example.org' }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ path: 'issuer' })]);
    const danish = await app.inject({
      method: 'PUT',
      url: `/api/organisations/${organisationId}/oidc`,
      headers: { cookie: admin, 'accept-language': 'da' },
      payload: settings({ issuer: 'http://127.0.0.1:1' }),
    });
    expect(danish.statusCode).toBe(400);
    expect(danish.json().error).toMatchObject({ message: expect.stringContaining('Kunne ikke læse tjenestens konfiguration'), details: [expect.objectContaining({ path: 'issuer' })] });
  });

  it('turns password sign-in off for the organisation’s people (not for the installation’s administrator), and on again', async () => {
    await addUser(db(), organisationId, 'reporter', 'reporter-oidc@test.local');
    // Without the secret: the stored one stays.
    const off = await app.inject({ method: 'PUT', url: `/api/organisations/${organisationId}/oidc`, headers: { cookie: admin }, payload: { ...settings({ passwordSignIn: false }), clientSecret: undefined } });
    expect(off.statusCode, off.body).toBe(200);
    const refused = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'reporter-oidc@test.local', password: 'user-password-1' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'password-sign-in-off', message: expect.stringContaining('inloggning med lösenord') });
    expect(refused.cookies.find((c) => c.name === 'ls_session')).toBeUndefined();
    // A wrong password still says only that it is wrong.
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'reporter-oidc@test.local', password: 'not-the-password' } });
    expect(wrong.statusCode).toBe(401);
    await signIn(app);
    // The provider still signs them in.
    expect((await signInThrough('anna')).session).toBeDefined();

    await app.inject({ method: 'PUT', url: `/api/organisations/${organisationId}/oidc`, headers: { cookie: admin }, payload: settings({ passwordSignIn: true }) });
    await signIn(app, 'reporter-oidc@test.local', 'user-password-1');
  });

  it('sends the browser back to the sign-in page for an organisation without a provider', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/oidc/no-such-region/start' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/login?sso=not-configured');
  });
});
