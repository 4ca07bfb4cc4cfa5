import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { AuditEntry } from '../shared/authoring-schemas';
import { addUser, seededApp, signIn } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';

/**
 * Issue 13: changes to a person are on record and readable as the person's history,
 * `GET /api/audit?objectType=user&objectId=N`: roles given, changed and taken away, deactivation,
 * a new one-time password, sign-ins — for the administrators of the person's organisations only.
 */
describeEachDatabase('a person’s history in the audit log', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let orgAdmin: string;
  let otherAdmin: string;
  let reader: string;
  let personId: number;

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const history = (userId: number, cookie: string) => call('GET', `/api/audit?objectType=user&objectId=${userId}`, cookie);

  beforeAll(async () => {
    ({ app, organisationId } = await seededApp(db()));
    const installation = await signIn(app);
    const other = await call('POST', '/api/organisations', installation, { name: 'Region Västerbotten', template: 'norrbotten' });
    expect(other.statusCode, other.body).toBe(201);
    await addUser(db(), organisationId, 'admin', 'org-admin@test.local');
    await addUser(db(), other.json().id, 'admin', 'vb-admin@test.local');
    await addUser(db(), organisationId, 'reader', 'lasare@test.local');
    orgAdmin = await signIn(app, 'org-admin@test.local', 'user-password-1');
    otherAdmin = await signIn(app, 'vb-admin@test.local', 'user-password-1');
    reader = await signIn(app, 'lasare@test.local', 'user-password-1');

    // An organisation admin (not the installation's) gives a new person a role, and the person signs in.
    const added = await call('POST', `/api/organisations/${organisationId}/users`, orgAdmin, { email: 'ny.person@test.local', name: 'Ny Person', role: 'editor' });
    expect(added.statusCode, added.body).toBe(201);
    personId = added.json().user.id;
    await signIn(app, 'ny.person@test.local', added.json().oneTimePassword);
    const base = `/api/organisations/${organisationId}/users/${personId}`;
    expect((await call('PATCH', base, orgAdmin, { role: 'reader' })).statusCode).toBe(204);
    expect((await call('POST', `${base}/deactivate`, orgAdmin)).statusCode).toBe(204);
    expect((await call('POST', `${base}/activate`, orgAdmin)).statusCode).toBe(204);
    expect((await call('POST', `${base}/password-reset`, orgAdmin)).statusCode).toBe(200);
    expect((await call('DELETE', base, orgAdmin)).statusCode).toBe(204);
  });

  it('answers objectType=user with every change to the person, newest first, with before and after', async () => {
    const res = await history(personId, orgAdmin);
    expect(res.statusCode, res.body).toBe(200);
    const entries = res.json() as AuditEntry[];
    expect(entries.map((e) => [e.objectType, e.action, e.before, e.after])).toEqual([
      ['membership', 'delete', { role: 'reader' }, null],
      ['user', 'update', null, { passwordReset: true }],
      ['user', 'update', { deactivated: true }, { deactivated: false }],
      ['user', 'update', { deactivated: false }, { deactivated: true }],
      ['membership', 'update', { role: 'editor' }, { role: 'reader' }],
      ['user', 'sign-in', null, { method: 'password', oneTimePassword: true }],
      ['membership', 'create', null, { role: 'editor' }],
    ]);
    expect(entries.every((e) => e.objectId === personId)).toBe(true);
    // Who made each change: the organisation's admin, except the sign-in, which the person made.
    expect(entries.filter((e) => e.action !== 'sign-in').every((e) => e.actor === 'org-admin')).toBe(true);
    expect(entries.find((e) => e.action === 'sign-in')!.actor).toBe('Ny Person');
  });

  it('offers the same in the organisation’s log filtered by person', async () => {
    const res = await call('GET', `/api/organisations/${organisationId}/audit?objectType=user`, orgAdmin);
    expect(res.statusCode, res.body).toBe(200);
    const mine = (res.json() as AuditEntry[]).filter((e) => e.objectId === personId);
    expect(mine.map((e) => `${e.objectType}:${e.action}`)).toEqual(['membership:delete', 'user:update', 'user:update', 'user:update', 'membership:update', 'membership:create']);
  });

  it('shows a person’s history to no one else: another organisation’s admin and a reader find nothing', async () => {
    for (const cookie of [otherAdmin, reader]) {
      const res = await history(personId, cookie);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not-found');
    }
    // An id nobody has is answered the same way, so a person's existence is not told.
    expect((await history(999_999, otherAdmin)).statusCode).toBe(404);
  });

  it('shows people their own history, and the installation’s administrators everyone’s', async () => {
    const own = (await history(Number((await db().query<{ id: number }>("SELECT id FROM users WHERE email = 'lasare@test.local'"))[0]!.id), reader)).json() as AuditEntry[];
    expect(own.map((e) => e.action)).toEqual(['sign-in']);
    const all = (await history(personId, await signIn(app))).json() as AuditEntry[];
    expect(all).toHaveLength(7);
  });
});

