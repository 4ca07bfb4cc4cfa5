import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../shared/authoring-schemas';
import type { BudgetOverview } from '../shared/budget-types';
import type { RiskOverview } from '../shared/risks-types';
import { addUser, ADMIN, seededApp, signIn } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';
import { verifyAuditChain } from './modules/audit/audit.service';

/** Issue 13: risks, budget lines and sign-ins on record; stale saves of risks and budget lines refused. */
describeEachDatabase('every change on record: risks, budget, sign-ins', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
    await addUser(db(), organisationId, 'editor', 'redaktor@test.local');
    editor = await signIn(app, 'redaktor@test.local', 'user-password-1');
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin, headers: Record<string, string> = {}) =>
    app.inject({ method, url, payload, headers: { cookie, ...headers } });
  const history = async (objectType: string, objectId: number) => (await call('GET', `/api/audit?objectType=${objectType}&objectId=${objectId}`)).json() as AuditEntry[];
  const orgAudit = async (query = '') => (await call('GET', `/api/organisations/${organisationId}/audit?${query}`)).json() as AuditEntry[];

  describe('risk assessments', () => {
    it('records creating, changing, confirming and removing an assessment, with before and after', async () => {
      const o = (await call('GET', `/api/plans/${planId}/risks?year=2024`)).json() as RiskOverview;
      const nodeId = o.assessableNodes.at(-1)!.nodeId;
      const created = await call('POST', `/api/plans/${planId}/risks`, { nodeId, year: 2024, consequence: 2, probability: 3, cause: 'Brist på personal' });
      expect(created.statusCode, created.body).toBe(201);
      const risk = created.json();
      expect(risk.version).toBe(1);
      const changed = await call('PATCH', `/api/risks/${risk.id}`, { probability: 4, version: 1 }, editor);
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ probability: 4, risk: 8, version: 2 });
      const entries = await history('risk', risk.id);
      expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
      expect(entries[0]).toMatchObject({ actor: expect.any(String), organisationId, before: { probability: 3, version: 1 }, after: { probability: 4, version: 2 } });
      expect(entries[1]).toMatchObject({ before: null, after: { cause: 'Brist på personal', year: 2024 } });

      const removed = await call('DELETE', `/api/risks/${risk.id}`, undefined, admin, { 'if-match': '"2"' });
      expect(removed.statusCode, removed.body).toBe(204);
      expect((await history('risk', risk.id))[0]).toMatchObject({ action: 'delete', before: { probability: 4 }, after: null });
    });

    it('refuses a save made against an older version (409) and names who changed what; nothing of the first save is lost', async () => {
      const o = (await call('GET', `/api/plans/${planId}/risks?year=2022`)).json() as RiskOverview;
      const seen = o.assessments[0]!;
      const first = await call('PATCH', `/api/risks/${seen.id}`, { cause: 'Redaktörens orsak', version: seen.version }, editor);
      expect(first.statusCode, first.body).toBe(200);
      const second = await call('PATCH', `/api/risks/${seen.id}`, { cause: 'Administratörens orsak', version: seen.version });
      expect(second.statusCode).toBe(409);
      const error = second.json().error;
      expect(error.code).toBe('conflict');
      expect(error.message).toContain(`version ${seen.version}`);
      expect(error.message).toContain('Ändringar sedan dess: redaktor ');
      expect(error.message).toContain('orsak');
      expect(error.details[0].path).toBe('version');
      const now = ((await call('GET', `/api/plans/${planId}/risks?year=2022`)).json() as RiskOverview).assessments[0]!;
      expect(now.cause).toBe('Redaktörens orsak');
      // The same refusal for a removal against an old version.
      const stale = await call('DELETE', `/api/risks/${seen.id}`, undefined, admin, { 'if-match': String(seen.version) });
      expect(stale.statusCode).toBe(409);
    });

    it('records a changed threshold on the plan', async () => {
      expect((await call('PUT', `/api/plans/${planId}/risk-thresholds`, { actionFrom: 10 })).statusCode).toBe(200);
      expect((await history('plan', planId))[0]).toMatchObject({ action: 'risk-thresholds', before: { actionFrom: 9 }, after: { actionFrom: 10 } });
    });
  });

  describe('budget lines', () => {
    it('records adding, changing and removing a line, and refuses a stale change naming what changed', async () => {
      const t = ((await call('GET', `/api/plans/${planId}/budget`)).json() as BudgetOverview).tables[0]!;
      const added = await call('POST', `/api/budget-tables/${t.id}/rows`, { label: 'Ny satsning', amounts: t.columns.map(() => null) });
      expect(added.statusCode, added.body).toBe(201);
      const line = added.json().rows.find((r: { label: string }) => r.label === 'Ny satsning');
      expect(line.version).toBe(1);
      // Lines below it moved down a place; moving is not a change of their content.
      expect(added.json().rows.every((r: { version: number }) => r.version === 1)).toBe(true);

      const amounts = t.columns.map((_, i) => (i === 0 ? '12,5' : null));
      const changed = await call('PATCH', `/api/budget-rows/${line.id}`, { amounts, version: 1 }, editor);
      expect(changed.statusCode, changed.body).toBe(200);
      const stale = await call('PATCH', `/api/budget-rows/${line.id}`, { label: 'Annan benämning', version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.message).toMatch(/Budgetraden "Ny satsning" har ändrats efter din version 1 \(nu version 2\).*Ändringar sedan dess: redaktor .*\(belopp\)/);

      const removed = await call('DELETE', `/api/budget-rows/${line.id}`, undefined, admin, { 'if-match': '2' });
      expect(removed.statusCode, removed.body).toBe(200);
      const entries = await history('budget-row', line.id);
      expect(entries.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
      expect(entries[1]).toMatchObject({ organisationId, before: { amounts: t.columns.map(() => null), version: 1 }, after: { amounts: [12.5, ...t.columns.slice(1).map(() => null)], version: 2 } });
      expect(entries[2]!.after).toMatchObject({ table: t.title, label: 'Ny satsning' });
    });
  });

  describe('sign-ins', () => {
    it('records a sign-in and a refused one for the person, never the password; the organisation’s admins see them', async () => {
      await addUser(db(), organisationId, 'reader', 'lasare@test.local', 'reader-password-1');
      const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'lasare@test.local', password: 'fel-losenord-123' } });
      expect(wrong.statusCode).toBe(401);
      await signIn(app, 'lasare@test.local', 'reader-password-1');
      const userId = (await db().query<{ id: number }>("SELECT id FROM users WHERE email = 'lasare@test.local'"))[0]!.id;
      const entries = (await orgAudit('objectType=user')).filter((e) => e.objectId === userId);
      expect(entries.map((e) => [e.action, e.after])).toEqual([
        ['sign-in', { method: 'password', oneTimePassword: false }],
        ['sign-in-failed', { method: 'password', reason: 'wrong-password' }],
      ]);
      const stored = await db().query<{ t: string }>('SELECT after::text AS t FROM audit_log WHERE object_id = $1 AND action LIKE $2', [userId, 'sign-in%']);
      for (const row of stored) expect(row.t).not.toMatch(/password-1|fel-losenord/);
    });

    it('keeps nothing typed for an unknown address (it may be a password typed in the wrong field), and no organisation sees it', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'Hemligt-Lösen-42', password: 'whatever-it-is' } });
      expect(res.statusCode).toBe(401);
      const rows = await db().query<{ organisation_id: number | null; object_id: number; after: string; actor_user_id: number | null }>(
        "SELECT organisation_id, object_id, after::text AS after, actor_user_id FROM audit_log WHERE action = 'sign-in-failed' ORDER BY id DESC LIMIT 1",
      );
      expect(rows[0]).toMatchObject({ organisation_id: null, object_id: 0, actor_user_id: null });
      expect(rows[0]!.after).not.toMatch(/Hemligt|whatever/);
      expect(JSON.parse(rows[0]!.after)).toEqual({ method: 'password', reason: 'unknown-address' });
      expect((await orgAudit('action=sign-in-failed')).some((e) => e.objectId === 0)).toBe(false);
    });

    it('filters the organisation’s log by action, object type and actor, pages it, and exports the same as CSV', async () => {
      const adminId = (await db().query<{ id: number }>('SELECT id FROM users WHERE email = $1', [ADMIN.email]))[0]!.id;
      const signIns = await orgAudit('action=sign-in');
      expect(signIns.length).toBeGreaterThanOrEqual(3);
      expect(signIns.every((e) => e.action === 'sign-in')).toBe(true);
      const mine = await orgAudit(`actorUserId=${adminId}&objectType=risk`);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((e) => e.objectType === 'risk')).toBe(true);
      const page1 = await orgAudit('limit=2');
      const page2 = await orgAudit(`limit=2&beforeId=${page1[1]!.id}`);
      expect(page2[0]!.id).toBeLessThan(page1[1]!.id);
      const csv = await call('GET', `/api/organisations/${organisationId}/audit?action=sign-in&format=csv`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.split('\r\n').filter((l) => l.includes(';sign-in;'))).toHaveLength(signIns.length);
      // The export of the log is on record too.
      expect((await orgAudit('objectType=export'))[0]).toMatchObject({ action: 'export', after: { what: 'audit-log-csv', filter: { action: 'sign-in' }, entries: signIns.length } });
      // An editor does not read the organisation's log.
      expect((await call('GET', `/api/organisations/${organisationId}/audit`, undefined, editor)).statusCode).toBe(403);
    });

    it('leaves the hash chain whole after all of it', async () => {
      expect(await verifyAuditChain(db())).toMatchObject({ ok: true, firstBreak: null });
    });
  });
});
