import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoints, fillPath } from '../../shared/endpoint';
import { endpointRoute, responseSerializer } from './endpoint-route';
import { registerErrorHandler } from './errors';

const contracts = defineEndpoints({
  'GET /api/things/:thingId': {
    tags: ['test'],
    summary: 'A thing',
    params: z.object({ thingId: z.coerce.number().int().positive() }),
    response: z.object({ id: z.number(), name: z.string() }),
  },
  'POST /api/things': { tags: ['test'], summary: 'Make a thing', body: z.object({ name: z.string() }), response: z.object({ id: z.number() }), status: 201 },
  'DELETE /api/things/:thingId': { tags: ['test'], summary: 'Remove a thing', params: z.object({ thingId: z.coerce.number() }), response: z.null(), status: 204 },
});

let app: FastifyInstance | undefined;
afterEach(() => app?.close());

/** An app with the three contracts; `answer` is what the GET handler returns, right or wrong. */
async function appWith(validate: boolean, answer: unknown): Promise<FastifyInstance> {
  app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(validate));
  registerErrorHandler(app);
  await app.register(
    async (api) => {
      endpointRoute(api, contracts['GET /api/things/:thingId'], async () => answer as { id: number; name: string });
      endpointRoute(api, contracts['POST /api/things'], async () => ({ id: 7 }));
      endpointRoute(api, contracts['DELETE /api/things/:thingId'], async () => null);
    },
    { prefix: '/api' },
  );
  return app;
}

describe('routes registered from endpoint contracts', () => {
  it('sends an answer that keeps its contract as the handler made it, extra fields included', async () => {
    const res = await (await appWith(true, { id: 1, name: 'Ett', extra: true })).inject({ method: 'GET', url: '/api/things/1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 1, name: 'Ett', extra: true });
  });

  it('catches an answer that breaks its contract when validating (tests): a 500 naming the field', async () => {
    const res = await (await appWith(true, { id: 1, name: 42 })).inject({ method: 'GET', url: '/api/things/1' });
    expect(res.statusCode).toBe(500);
    const body = res.json() as { error: { code: string; details: { path: string; message: string }[] } };
    expect(body.error.code).toBe('internal');
    expect(body.error.details[0]?.path).toBe('response.name');
    expect(body.error.details[0]?.message).toContain('/api/things/:thingId');
  });

  it('does not check answers when not validating (production): JSON.stringify only', async () => {
    const res = await (await appWith(false, { id: 1, name: 42 })).inject({ method: 'GET', url: '/api/things/1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 1, name: 42 });
  });

  it('answers with the contract’s status: 201 with the body, 204 without one', async () => {
    const a = await appWith(true, null);
    const created = await a.inject({ method: 'POST', url: '/api/things', payload: { name: 'x' } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: 7 });
    const removed = await a.inject({ method: 'DELETE', url: '/api/things/3' });
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
  });

  it('validates the request by the contract', async () => {
    const res = await (await appWith(true, null)).inject({ method: 'POST', url: '/api/things', payload: { name: 3 } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation', details: [{ path: 'name' }] } });
  });

  it('takes method and path from the key, and fills path parameters for the web', () => {
    expect(contracts['GET /api/things/:thingId']).toMatchObject({ method: 'GET', path: '/api/things/:thingId' });
    expect(fillPath('/api/measures/:measureId/values/:valueId', { measureId: 7, valueId: 'a b' })).toBe('/api/measures/7/values/a%20b');
    expect(() => fillPath('/api/measures/:measureId', {})).toThrow(/measureId/);
  });
});
