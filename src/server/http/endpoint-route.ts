import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler, RouteOptions } from 'fastify';
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Endpoint, EndpointBody, EndpointParams, EndpointQuery, EndpointResponse } from '../../shared/endpoint';

/** The request a contract's handler gets: params, query and body typed from the contract's schemas. */
export type EndpointRequest<E extends Endpoint> = Omit<FastifyRequest, 'params' | 'query' | 'body'> & {
  params: EndpointParams<E>;
  query: EndpointQuery<E>;
  body: EndpointBody<E>;
};

type Handler<E extends Endpoint> = (request: EndpointRequest<E>, reply: FastifyReply) => Promise<EndpointResponse<E> | FastifyReply>;

/** The contracts registered, for the test that each declares its response (and for nothing else). */
export const registeredEndpoints = new WeakMap<FastifyInstance, Set<string>>();

/**
 * Registers a route from its contract (src/shared/endpoint.ts) under the `/api` prefix the app
 * gives. The handler returns the response (typed from the contract) or sends it with `reply`.
 */
export function endpointRoute<E extends Endpoint>(api: FastifyInstance, endpoint: E, config: RouteOptions['config'], handler: Handler<E>): void;
export function endpointRoute<E extends Endpoint>(api: FastifyInstance, endpoint: E, handler: Handler<E>): void;
export function endpointRoute<E extends Endpoint>(api: FastifyInstance, endpoint: E, a: RouteOptions['config'] | Handler<E>, b?: Handler<E>): void {
  const handler = (typeof a === 'function' ? a : b) as Handler<E>;
  const config = typeof a === 'function' ? undefined : a;
  if (!endpoint.path.startsWith('/api/')) throw new Error(`an endpoint's path starts with /api/: ${endpoint.key}`);
  const status = endpoint.status ?? 200;
  api.route({
    method: endpoint.method,
    url: endpoint.path.slice('/api'.length),
    ...(config ? { config } : {}),
    schema: {
      tags: endpoint.tags,
      summary: endpoint.summary,
      ...(endpoint.security ? { security: [] } : {}),
      ...(endpoint.params ? { params: endpoint.params } : {}),
      ...(endpoint.query ? { querystring: endpoint.query } : {}),
      ...(endpoint.body ? { body: endpoint.body } : {}),
      ...(endpoint.consumes ? { consumes: endpoint.consumes } : {}),
      response: {
        [status]: endpoint.produces
          ? { description: endpoint.summary, content: Object.fromEntries(Object.entries(endpoint.produces).map(([type, schema]) => [type, { schema }])) }
          : endpoint.response,
      },
    },
    handler: async (request, reply) => {
      if (status !== 200) reply.status(status);
      const result = await handler(request as unknown as EndpointRequest<E>, reply);
      if (status === 204 && result !== reply) return reply.send();
      return result;
    },
  });
  const set = registeredEndpoints.get(api) ?? new Set<string>();
  set.add(endpoint.key);
  registeredEndpoints.set(api, set);
}

/**
 * Serialises every JSON answer that has a response schema. With `validate`, the answer is first
 * checked against its schema and a mismatch is a 500 (the test suites run so: a field the contract
 * does not promise is found there); without, it is only `JSON.stringify` — production pays nothing.
 * What is sent is the handler's own object either way, so tests and production send the same bytes.
 */
export function responseSerializer(validate: boolean): FastifySerializerCompiler<z.ZodType> {
  return ({ schema, method, url }) => {
    if (!validate || !(schema instanceof z.ZodType)) return (data) => JSON.stringify(data);
    return (data) => {
      const result = schema.safeParse(data);
      if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
      return JSON.stringify(data);
    };
  };
}

export type { FastifySchemaCompiler };
