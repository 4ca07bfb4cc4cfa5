/**
 * One contract per HTTP endpoint: method, path, and the zod schemas of its path parameters,
 * query, body and response. The server registers the route from it (src/server/http/endpoint-route.ts:
 * validation of the request, the response in the OpenAPI document, the response checked in tests);
 * the web calls it by its key (`api.call('GET /api/measures/:measureId', …)` in src/web/api/client.ts)
 * with types inferred from the same schemas, so a field cannot differ between the two.
 *
 * The web imports contracts only as types (`import type`): zod stays out of its bundle.
 */
import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What one endpoint is: given by `defineEndpoints` from the key (`'GET /api/plans/:planId'`) and the schemas. */
export interface EndpointSchemas {
  /** One line for the OpenAPI document (Swedish, like the rest of it). */
  summary: string;
  tags: string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The answer of a success; `z.null()` for 204 No Content. */
  response: z.ZodType;
  /**
   * `[]`: the OpenAPI document says the operation needs no session (sign-in, an invitation token or
   * published data; the route is registered with `config: { public: true, access }` and checks it itself).
   */
  security?: readonly [];
  /** The success status; 200 unless given. */
  status?: 200 | 201 | 202 | 204;
  /** Request media types other than JSON (`multipart/form-data` for a file upload: no body schema, the route reads the parts). */
  consumes?: string[];
  /**
   * `'prebuilt'`: the handler sends bytes it built itself (the scorecard: kept serialised and
   * compressed per data version). The schema is published in the OpenAPI document and checked by
   * the route's tests, not on every request: parsing a 1 MB tree through zod costs more than the
   * answer itself.
   */
  serialise?: 'prebuilt';
  /**
   * A download rather than JSON: each content type the answer may come as, with the schema of its
   * body for the OpenAPI document (`fileBody` for bytes). `response` is then `fileBody` too; the
   * handler sends the file with `reply`, and the web links to it instead of calling it.
   */
  produces?: Record<string, z.ZodType>;
}

export type Endpoint<S extends EndpointSchemas = EndpointSchemas> = S & { method: HttpMethod; path: string; key: string };

type Key = `${HttpMethod} /api/${string}`;

/** Endpoints keyed by `'METHOD /api/path/:param'`; each gets its method and path from its key. */
export function defineEndpoints<const T extends Record<Key, EndpointSchemas>>(endpoints: T): { [K in keyof T]: T[K] & { method: HttpMethod; path: string; key: K } } {
  const out: Record<string, Endpoint> = {};
  for (const [key, schemas] of Object.entries(endpoints) as [string, EndpointSchemas][]) {
    const space = key.indexOf(' ');
    out[key] = { ...schemas, method: key.slice(0, space) as HttpMethod, path: key.slice(space + 1), key };
  }
  return out as unknown as { [K in keyof T]: T[K] & { method: HttpMethod; path: string; key: K } };
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type In<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the server hands the handler (after defaults and coercion). */
export type EndpointParams<E extends EndpointSchemas> = Out<E['params']>;
export type EndpointQuery<E extends EndpointSchemas> = Out<E['query']>;
export type EndpointBody<E extends EndpointSchemas> = Out<E['body']>;
/** The response as the handler returns it and the client receives it. */
export type EndpointResponse<E extends EndpointSchemas> = z.output<E['response']>;

/** What a caller sends: the schemas' input side (a defaulted field may be left out). */
export type EndpointInput<E extends EndpointSchemas> = (E['params'] extends z.ZodType ? { params: In<E['params']> } : { params?: undefined }) &
  (E['query'] extends z.ZodType ? { query?: In<E['query']> } : { query?: undefined }) &
  (E['body'] extends z.ZodType ? { body: In<E['body']> } : { body?: undefined });

/** Puts path parameters into a path: `/api/measures/:measureId` with `{ measureId: 7 }` → `/api/measures/7`. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
