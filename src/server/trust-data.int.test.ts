import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RiskOverview } from '../shared/risks-types';
import { addUser, seededApp, signIn } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';
import { audit } from './modules/audit/audit';
import { verifyAuditChain } from './modules/audit/audit.service';
import { markInterruptedImports, purgeUploadedFiles } from './modules/value-import/value-import.service';

/** Issue 13, "Trust", sections 1 and 5: nothing lost, every change on record. */
describeEachDatabase('trust: nothing lost, every change on record', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin) =>
    app.inject({ method, url, payload, headers: { cookie } });

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
  });

  describe('unique data', () => {
    it('parallel creation of the same risk assessment stores one and answers 409 to the rest, never 500', async () => {
      const o = (await call('GET', `/api/plans/${planId}/risks`)).json() as RiskOverview;
      const nodeId = o.assessableNodes.find((n) => n.title === 'Hållbar arbetsmiljö')!.nodeId;
      const body = { nodeId, year: 2031, consequence: 2, probability: 3, whatCouldHappen: 'Parallellt' };
      const answers = await Promise.all(Array.from({ length: 6 }, () => call('POST', `/api/plans/${planId}/risks`, body)));
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
      for (const a of answers.filter((x) => x.statusCode === 409)) {
        expect(a.json()).toEqual({ error: { code: 'conflict', message: expect.stringMatching(/redan en riskbedömning för 2031/), details: expect.any(Array) } });
      }
      const rows = await db().query('SELECT id FROM risk_assessments WHERE node_id = $1 AND year = 2031', [nodeId]);
      expect(rows).toHaveLength(1);
    });

    it('the database itself refuses a second confirmed assessment of a factor and year', async () => {
      const [existing] = await db().query<{ node_id: number; year: number }>(
        "SELECT node_id, year FROM risk_assessments WHERE match_status = 'confirmed' AND node_id IS NOT NULL LIMIT 1",
      );
      await expect(
        db().query(
          `INSERT INTO risk_assessments (plan_id, node_id, match_status, year, position, consequence, probability)
           VALUES ($1, $2, 'confirmed', $3, 99, 1, 1)`,
          [planId, existing!.node_id, existing!.year],
        ),
      ).rejects.toMatchObject({ code: '23505' });
    });
  });

  describe('value imports', () => {
    const newImport = async (status: string, runner: string | null, quietMinutes: number) => {
      const [row] = await db().query<{ id: number }>(
        `INSERT INTO value_imports (plan_id, file_name, format, content, byte_size, status, runner, heartbeat_at)
         VALUES ($1, 'v.csv', 'csv', $2, 3, $3, $4, now() - make_interval(mins => $5)) RETURNING id`,
        [planId, new Uint8Array([65, 66, 67]), status, runner, quietMinutes],
      );
      return row!.id;
    };

    it('an import a stopped process was running is marked interrupted at start, with a message, and the page says so', async () => {
      const cut = await newImport('running', 'gone-host:1', 1);
      const done = await newImport('done', null, 1);
      const marked = await markInterruptedImports(db());
      if (db().kind === 'pglite') expect(marked).toContain(cut);
      else expect(marked).not.toContain(cut); // another machine's import that reported a minute ago may still run
      const stale = await newImport('running', 'gone-host:1', 60);
      const here = await newImport('running', `${(await import('node:os')).hostname()}:2147483646`, 1);
      const again = await markInterruptedImports(db());
      expect(again).toEqual(expect.arrayContaining([stale, here]));
      expect(again).not.toContain(done);
      const job = (await call('GET', `/api/value-imports/${here}`)).json();
      expect(job).toMatchObject({ status: 'interrupted', message: expect.stringMatching(/avbröts/) });
      const [kept] = await db().query<{ status: string }>('SELECT status FROM value_imports WHERE id = $1', [done]);
      expect(kept!.status).toBe('done');
    });

    it('an uploaded file is deleted after its import, or kept for the retention setting', async () => {
      const done = await newImport('done', null, 1);
      const open = await newImport('previewed', null, 1);
      await db().query("UPDATE value_imports SET finished_at = now() - interval '2 days' WHERE id = $1", [done]);
      const hasContent = async (id: number) =>
        (await db().query<{ has: boolean }>('SELECT content IS NOT NULL AS has FROM value_imports WHERE id = $1', [id]))[0]!.has;
      await purgeUploadedFiles(db(), 7);
      expect(await hasContent(done)).toBe(true);
      await purgeUploadedFiles(db(), 0);
      expect(await hasContent(done)).toBe(false);
      // A file not yet imported stays for its person to choose a mapping.
      expect(await hasContent(open)).toBe(true);
    });

    const webImport = async (csv: string) => {
      const form = new FormData();
      form.append('file', new Blob([csv]), 'v.csv');
      const request = new Request('http://x/', { method: 'POST', body: form });
      const upload = await app.inject({
        method: 'POST',
        url: `/api/plans/${planId}/value-imports`,
        payload: Buffer.from(await request.arrayBuffer()),
        headers: { cookie: admin, 'content-type': request.headers.get('content-type')! },
      });
      expect(upload.statusCode).toBe(201);
      const id = upload.json().id as number;
      const mapping = { layout: 'long', measure: 'Mått', period: 'Period', value: 'Värde', numberFormat: 'auto', status: 'preliminary' };
      await call('POST', `/api/value-imports/${id}/run`, { mapping });
      // Done and the file deleted are one statement: whoever sees the import done finds no file.
      let status = 'running';
      for (let i = 0; i < 100 && status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        status = (await call('GET', `/api/value-imports/${id}`)).json().status;
      }
      const [row] = await db().query<{ has: boolean }>('SELECT content IS NOT NULL AS has FROM value_imports WHERE id = $1', [id]);
      return { status, kept: row!.has };
    };

    it('a web import deletes its file when it is done, and keeps a rejected one for another mapping', async () => {
      expect(await webImport('Mått;Period;Värde\nAndel vårdskador, sluten somatisk vård;2031;1\n')).toEqual({ status: 'done', kept: false });
      expect(await webImport('Mått;Period;Värde\nInget sådant mått;2031;1\n')).toEqual({ status: 'rejected', kept: true });
    });
  });

  describe('the admin audit view', () => {
    it('lists the organisation entries with filters, as JSON and CSV, for its admins only', async () => {
      await db().transaction((tx) => audit(tx, { userId: null }, { organisationId, planId, objectType: 'chapter', objectId: 7, action: '=update', before: { body: 'gammal' }, after: { body: 'ny; text' } }));
      const all = await call('GET', `/api/organisations/${organisationId}/audit?limit=5`);
      expect(all.statusCode).toBe(200);
      expect(all.json().length).toBeGreaterThan(0);
      const chapters = await call('GET', `/api/organisations/${organisationId}/audit?objectType=chapter&action=%3Dupdate&from=2000-01-01&to=2999-12-31`);
      expect(chapters.json()).toEqual([expect.objectContaining({ objectType: 'chapter', objectId: 7, action: '=update', organisationId })]);
      expect((await call('GET', `/api/organisations/${organisationId}/audit?objectType=chapter&to=2000-01-01`)).json()).toEqual([]);
      const csv = await call('GET', `/api/organisations/${organisationId}/audit?objectType=chapter&action=%3Dupdate&format=csv`);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('id;tid;vem;objekt;objekt-id;händelse;före;efter');
      // A cell a spreadsheet would run as a formula is text; JSON cells are quoted.
      expect(lines[1]!.split(';').slice(3, 6)).toEqual(['chapter', '7', "'=update"]);
      expect(lines[1]).toContain('"{""body"":""ny; text""}"');
      await addUser(db(), organisationId, 'editor', 'granskning-redaktor@region.se');
      const editor = await signIn(app, 'granskning-redaktor@region.se', 'user-password-1');
      expect((await call('GET', `/api/organisations/${organisationId}/audit`, undefined, editor)).statusCode).toBe(403);
      expect((await call('GET', `/api/organisations/${organisationId}/audit?from=igår`)).statusCode).toBe(400);
    });
  });

  describe('the organisation export', () => {
    it('gives an admin the whole organisation as a ZIP of JSON and CSV, audited; others are refused', async () => {
      const res = await app.inject({ method: 'GET', url: `/api/organisations/${organisationId}/export`, headers: { cookie: admin } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      const zip = await JSZip.loadAsync(res.rawPayload);
      const index = JSON.parse(await zip.file('index.json')!.async('string'));
      const [n] = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM plan_nodes WHERE plan_id IN (SELECT id FROM plans WHERE organisation_id = $1)', [organisationId]);
      expect(index.tables.plan_nodes).toBe(n!.n);
      const nodes = JSON.parse(await zip.file('json/plan_nodes.json')!.async('string'));
      expect(nodes).toHaveLength(n!.n);
      const csv = await zip.file('csv/plan_nodes.csv')!.async('string');
      expect(csv.replace(/^\uFEFF/, '').trim().split('\r\n').length).toBeGreaterThanOrEqual(n!.n + 1);
      const people = await zip.file('json/people.json')!.async('string');
      expect(people).not.toMatch(/password|\$argon|\$scrypt/i);
      const [entry] = await db().query<{ action: string }>("SELECT action FROM audit_log WHERE object_type = 'export' AND organisation_id = $1", [organisationId]);
      expect(entry).toEqual({ action: 'export' });
      await addUser(db(), organisationId, 'editor', 'export-redaktor@region.se');
      const editor = await signIn(app, 'export-redaktor@region.se', 'user-password-1');
      expect((await call('GET', `/api/organisations/${organisationId}/export`, undefined, editor)).statusCode).toBe(403);
    });
  });

  describe('the audit log is hash-chained', () => {
    it('verifies an unbroken chain, and shows where an entry was removed or changed', async () => {
      for (let i = 0; i < 3; i++) {
        await db().transaction((tx) => audit(tx, { userId: null }, { organisationId, planId, objectType: 'probe', objectId: i, action: 'update', before: { i }, after: { i: i + 1 } }));
      }
      const ok = await verifyAuditChain(db());
      expect(ok.ok).toBe(true);
      expect(ok.entries).toBeGreaterThanOrEqual(3);
      const verified = await call('GET', '/api/audit/verify');
      expect(verified.statusCode).toBe(200);
      expect(verified.json()).toMatchObject({ ok: true, firstBreak: null });

      // What the append-only trigger refuses, someone with the database's keys could still force.
      const [middle] = await db().query<{ seq: number }>("SELECT seq::float8 AS seq FROM audit_log WHERE object_type = 'probe' AND object_id = 1");
      await expect(db().query("DELETE FROM audit_log WHERE object_type = 'probe'")).rejects.toThrow(/append-only/);
      await db().exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      await db().query("UPDATE audit_log SET after = '{\"i\": 99}' WHERE object_type = 'probe' AND object_id = 0");
      const changed = await verifyAuditChain(db());
      expect(changed.ok).toBe(false);
      expect(changed.firstBreak).toEqual({ kind: 'changed', seq: middle!.seq - 1 });
      await db().query("UPDATE audit_log SET after = '{\"i\": 1}' WHERE object_type = 'probe' AND object_id = 0");
      await db().query("DELETE FROM audit_log WHERE object_type = 'probe' AND object_id = 1");
      await db().exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
      const gap = await verifyAuditChain(db());
      expect(gap.firstBreak).toEqual({ kind: 'gap', seq: middle!.seq + 1, expectedSeq: middle!.seq });
    });
  });
});
