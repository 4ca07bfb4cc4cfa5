import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { MeasureDetail, Scorecard } from '../shared/api-types';
import { allNodes, seededApp, signIn } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';

describeEachDatabase('people, roles and measure owners', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, cookie = admin) =>
    app.inject({ method, url, payload, headers: { cookie } });

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
  });

  const measureId = async (name: string) => {
    const sc = (await call('GET', `/api/plans/${planId}/scorecard?period=2022`)).json() as Scorecard;
    return allNodes(sc.nodes).flatMap((n) => n.measures).find((m) => m.name === name)!.id;
  };

  it('an admin adds a reporter, who signs in with the one-time password and must change it', async () => {
    const res = await call('POST', `/api/organisations/${organisationId}/users`, { email: 'ann@region.se', name: 'Ann Andersson', role: 'reporter' });
    expect(res.statusCode).toBe(201);
    const { user, oneTimePassword } = res.json();
    expect(user).toMatchObject({ email: 'ann@region.se', role: 'reporter' });
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const ann = await signIn(app, 'ann@region.se', oneTimePassword);
    expect((await call('GET', '/api/me', undefined, ann)).json().mustChangePassword).toBe(true);
    const short = await call('POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'kort' }, ann);
    expect(short.json().error.details[0].path).toBe('newPassword');
    expect((await call('POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'ett-långt-lösenord' }, ann)).statusCode).toBe(204);
    expect((await call('GET', '/api/me', undefined, ann)).json().mustChangePassword).toBe(false);
  });

  it('refuses a second role for the same person and a malformed e-mail', async () => {
    const again = await call('POST', `/api/organisations/${organisationId}/users`, { email: 'ANN@region.se', name: 'Ann', role: 'reader' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details[0].path).toBe('email');
    const bad = await call('POST', `/api/organisations/${organisationId}/users`, { email: 'inte-en-adress', name: 'X', role: 'reader' });
    expect(bad.json().error.details[0].path).toBe('email');
  });

  it('an editor makes the reporter owner of a measure; then the reporter may enter its values', async () => {
    const ann = await signIn(app, 'ann@region.se', 'ett-långt-lösenord');
    const users = (await call('GET', `/api/organisations/${organisationId}/users`)).json();
    const annId = users.find((u: { email: string }) => u.email === 'ann@region.se').id;
    const id = await measureId('Sjukfrånvaro');
    const value = { period: '2022', sex: 'T', value: '6,1', status: 'preliminary' };
    expect((await call('POST', `/api/measures/${id}/values`, value, ann)).statusCode).toBe(403);
    const patched = await call('PATCH', `/api/measures/${id}`, { ownerUserId: annId });
    expect((patched.json() as MeasureDetail).owner).toEqual({ id: annId, name: 'Ann Andersson' });
    expect((await call('POST', `/api/measures/${id}/values`, value, ann)).statusCode).toBe(201);
    expect((await call('PATCH', `/api/measures/${id}`, { ownerUserId: 99999 })).json().error.details[0].path).toBe('ownerUserId');
    expect((await call('PATCH', `/api/measures/${id}`, { definition: 'x' }, ann)).statusCode).toBe(403);
  });

  it('a corrected better direction changes how a bare-number target is judged', async () => {
    const id = await measureId('Regionens balanskravsresultat i förhållande till skatt, utjämning och generella statsbidrag, %');
    await call('POST', `/api/measures/${id}/values`, { period: '2022', sex: 'T', value: '1,4', status: 'final' });
    const up = (await call('PATCH', `/api/measures/${id}`, { betterDirection: 'increase' })).json() as MeasureDetail;
    expect(up.fulfilment.find((f) => f.period === '2022')!.fulfilment.status).toBe('met');
    const down = (await call('PATCH', `/api/measures/${id}`, { betterDirection: 'decrease' })).json() as MeasureDetail;
    expect(down.fulfilment.find((f) => f.period === '2022')!.fulfilment.status).not.toBe('met');
  });

  it('keeps at least one admin', async () => {
    const users = (await call('GET', `/api/organisations/${organisationId}/users`)).json();
    const adminId = users.find((u: { role: string }) => u.role === 'admin').id;
    const res = await call('PATCH', `/api/organisations/${organisationId}/users/${adminId}`, { role: 'reader' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('role');
  });
});
