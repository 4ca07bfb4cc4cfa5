import { navigate } from 'wouter/use-browser-location';
import type { ApiErrorBody } from '../../shared/api-types';
import type { ApiEndpointKey, ApiEndpoints } from '../../shared/contracts';
import { type EndpointInput, type EndpointResponse, fillPath } from '../../shared/endpoint';

/** A failed API call: the HTTP status plus the server's error code, message and field details. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: { path: string; message: string }[];

  constructor(status: number, code: string, message: string, details: { path: string; message: string }[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The message for one field (`value`, `levels.0.name.sv`), if the server named it. */
  fieldError(path: string): string | undefined {
    return this.details.find((d) => d.path === path)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** When false, a 401 is thrown to the caller instead of sending the user to the login page. */
  redirectOn401?: boolean;
  signal?: AbortSignal;
  /** Further request headers, e.g. If-Match with the version an edit was made against. */
  headers?: Record<string, string>;
}

const LOGIN_PATH = '/login';

/** Sends the user to the login page and remembers where they were, unless they are already there. */
function goToLogin(): void {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname === LOGIN_PATH) return;
  navigate(`${LOGIN_PATH}?next=${encodeURIComponent(here)}`, { replace: true });
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/** Calls the JSON API with the session cookie. Resolves to the parsed body (undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, redirectOn401 = true, signal, headers: extraHeaders } = options;
  // The UI language (kept on <html lang>) lets the server answer its messages in the same language.
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': document.documentElement.lang || 'sv',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  Object.assign(headers, extraHeaders);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'Network error');
  }

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let parsed: unknown;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }

  if (!response.ok) {
    if (response.status === 401 && redirectOn401) goToLogin();
    if (isErrorBody(parsed)) {
      const { code, message, details } = parsed.error;
      throw new ApiError(response.status, code, message, details ?? []);
    }
    throw new ApiError(response.status, `http-${response.status}`, response.statusText || 'Request failed');
  }
  return parsed as T;
}

/**
 * Calls an endpoint by its contract's key, typed from the contract's schemas (src/shared/contracts):
 * `api.call('GET /api/measures/:measureId', { params: { measureId } })` resolves to a MeasureDetail.
 * Only the key travels at run time; the schemas stay on the server and in the types.
 */
function call<K extends ApiEndpointKey>(
  key: K,
  input: EndpointInput<ApiEndpoints[K]>,
  options: Omit<RequestOptions, 'method' | 'body'> = {},
): Promise<EndpointResponse<ApiEndpoints[K]>> {
  const method = key.slice(0, key.indexOf(' ')) as NonNullable<RequestOptions['method']>;
  const { body } = input as { body?: unknown };
  return apiRequest(href(key, input), { ...options, method, body: body ?? (method === 'POST' ? {} : undefined) });
}

/**
 * The address of an endpoint with its path parameters and query filled in, typed from its contract:
 * for a link to a download (`api.href('GET /api/organisations/:orgId/export', { params: { orgId } })`).
 */
function href<K extends ApiEndpointKey>(key: K, input: EndpointInput<ApiEndpoints[K]>): string {
  const { params, query } = input as { params?: Record<string, unknown>; query?: Record<string, unknown> };
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null) search.set(name, String(value));
  return fillPath(key.slice(key.indexOf(' ') + 1), params) + (search.size > 0 ? `?${search.toString()}` : '');
}

/**
 * Sends a file (multipart/form-data, field `file`) to an endpoint whose contract consumes it,
 * typed from the contract like `call`.
 */
function upload<K extends ApiEndpointKey>(key: K, input: Pick<EndpointInput<ApiEndpoints[K]>, 'params'>, file: File): Promise<EndpointResponse<ApiEndpoints[K]>> {
  const space = key.indexOf(' ');
  return postFile(fillPath(key.slice(space + 1), input.params as Record<string, unknown> | undefined), file);
}

/**
 * Sends a file as the request body itself (`application/octet-stream`) to an endpoint whose contract
 * consumes raw bytes (a consultation response's attachment, its name in the query), typed like `call`.
 */
async function sendFile<K extends ApiEndpointKey>(
  key: K,
  input: Pick<EndpointInput<ApiEndpoints[K]>, 'params' | 'query'>,
  file: Blob,
): Promise<EndpointResponse<ApiEndpoints[K]>> {
  let response: Response;
  try {
    response = await fetch(href(key, input as EndpointInput<ApiEndpoints[K]>), {
      method: key.slice(0, key.indexOf(' ')),
      body: file,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'sv' },
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  return fileAnswer(response);
}

export const api = {
  call,
  href,
  upload,
  sendFile,
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body: body ?? {} }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: (path: string) => apiRequest<void>(path, { method: 'DELETE' }),
};

/** Sends a file as multipart/form-data (field `file`), which the JSON client cannot; errors come back as ApiError like every other call. */
export async function postFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'sv' },
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  return fileAnswer<T>(response);
}

/** The JSON answer to a file sent, or its error as ApiError. */
async function fileAnswer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => undefined)) as
    | T
    | { error: { code: string; message: string; details?: { path: string; message: string }[] } }
    | undefined;
  if (!response.ok) {
    if (body && typeof body === 'object' && 'error' in body) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details ?? []);
    throw new ApiError(response.status, `http-${response.status}`, response.statusText);
  }
  return body as T;
}
