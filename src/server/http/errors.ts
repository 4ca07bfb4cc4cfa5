import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/client';
import type { Lang, Localized } from '../../domain/i18n/lang';
import type { ApiErrorBody } from '../../shared/api-types';
import { notFoundMessage, translateMessage } from './messages';

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'password-change-required'
  | 'password-sign-in-off'
  | 'foreign-origin'
  | 'not-found'
  | 'conflict'
  | 'import-rejected'
  | 'upstream-failed'
  | 'too-many-attempts'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  // A one-time password opens only the password change, /api/me and sign-out.
  'password-change-required': 403,
  // Every organisation of the person signs in through its OpenID Provider only (migration 0023).
  'password-sign-in-off': 403,
  // A write sent by a page of another site (the Origin header names it).
  'foreign-origin': 403,
  'not-found': 404,
  conflict: 409,
  'import-rejected': 422,
  // An outside service (Kolada) failed or answered badly; nothing was changed.
  'upstream-failed': 502,
  'too-many-attempts': 429,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  internal: 500,
};

/** The one error type services throw; the error handler turns it into the API's error body. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** A detail may carry its text in every language (`localized`), when it names what only the data knows in each (a model's level names). */
    readonly details: { path: string; message: string; localized?: Localized }[] = [],
    /** The message in every language; the error handler answers in the reader's (`request.lang`). */
    readonly localized?: Localized,
  ) {
    super(message);
  }
}

/** Several faults found at once (a refused submit): the message is their messages joined, in the reader's language too. */
export class FaultsError extends AppError {
  constructor(code: ErrorCode, details: { path: string; message: string; localized?: Localized }[]) {
    super(code, details.map((d) => d.message).join(' '), details);
  }
}

/** An AppError whose message is given in sv, da and en (and one detail on `path`, when given). */
export function localizedError(code: ErrorCode, message: Localized, path?: string): AppError {
  return new AppError(code, message.sv, path ? [{ path, message: message.sv }] : [], message);
}

const ZOD_LOCALES = { sv: z.locales.sv, da: z.locales.da, en: z.locales.en } as const;
const zodLocales = new Map<Lang, ReturnType<(typeof ZOD_LOCALES)['sv']>>();

/** zod's own text for an issue in `lang`, or undefined when its locale cannot word it. */
function zodLocaleText(lang: Lang, issue: Record<string, unknown>): string | undefined {
  let locale = zodLocales.get(lang);
  if (!locale) zodLocales.set(lang, (locale = ZOD_LOCALES[lang]()));
  try {
    const out = locale.localeError?.(issue as unknown as Parameters<NonNullable<typeof locale.localeError>>[0]);
    return typeof out === 'string' ? out : out?.message;
  } catch {
    return undefined;
  }
}

/**
 * A zod issue's message in `lang` (the issue as fastify-type-provider-zod passes it on). A schema's
 * own Swedish text (`.min(1, 'Ange period')`, a `.refine`'s message) that the message catalogue
 * knows is taken from it; any other is zod's own wording, worded again by zod's locale for `lang`.
 * (The issue carries no sign of which it is, and zod's Swedish text for it cannot be rebuilt
 * without the input, so the catalogue decides.)
 */
function zodMessage(lang: Lang, v: { keyword: string; message?: string; params?: Record<string, unknown> }): string | undefined {
  if (lang === 'sv' || v.message === undefined) return v.message;
  const known = translateMessage(v.message, lang);
  if (known !== v.message || !v.params) return known;
  return zodLocaleText(lang, { ...v.params, code: v.keyword, path: [], input: undefined }) ?? v.message;
}

/** Shorthand for a validation error on one field. */
export function fieldError(path: string, message: string): AppError {
  return new AppError('validation', message, [{ path, message }]);
}

/** Codes and Swedish messages for the errors Fastify itself raises before a route runs. */
const FRAMEWORK_CODES: Record<number, ErrorCode> = { 404: 'not-found', 413: 'payload-too-large', 415: 'unsupported-media-type', 429: 'too-many-attempts' };
const FRAMEWORK_MESSAGES: Record<number, string> = {
  413: 'Begäran är för stor.',
  415: 'Innehållstypen stöds inte: skicka JSON (application/json).',
};

/**
 * The body of an error answered outside Fastify's request cycle (a malformed or oversized request head).
 * Node's parser refuses an address with letters outside ASCII (`?period=2022-DÅ08` as curl sends it):
 * that one says how to write it, since scripts meet it first.
 */
export function clientErrorBody(status: number, parserCode?: string): string {
  const [code, message] =
    status === 431
      ? ['request-header-too-large', 'Begärans huvud (headers, cookies) är för stort.']
      : parserCode === 'HPE_INVALID_URL'
        ? ['validation', 'Adressen får bara innehålla ASCII-tecken: skriv andra procentkodade (2022-DÅ08 som 2022-D%C3%8508).']
        : ['validation', 'Felaktig begäran.'];
  return JSON.stringify({ error: { code, message, details: [] } } satisfies ApiErrorBody);
}

/** PostgreSQL's data exceptions caused by a value sent in: out of range, malformed number or date. */
const INPUT_SQLSTATES = new Set(['22003', '22P02', '22001', '22007', '22008']);

function isInputOutOfRange(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && INPUT_SQLSTATES.has(code);
}

/** Maps every error to `{ error: { code, message, details } }`; never shows a stack trace. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    let status: number;
    let body: ApiErrorBody;
    const lang = request.lang ?? 'sv';
    if (err instanceof AppError) {
      status = STATUS[err.code];
      const details = err.details.map((d) => ({ path: d.path, message: d.message === err.message ? translateMessage(err.message, lang, err.localized) : translateMessage(d.message, lang, d.localized) }));
      const message = err instanceof FaultsError ? details.map((d) => d.message).join(' ') : translateMessage(err.message, lang, err.localized);
      body = { error: { code: err.code, message, details } };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.').replace(/^body\./, ''),
        message: zodMessage(lang, v as { keyword: string; message?: string; params?: Record<string, unknown> }) ?? translateMessage('Ogiltigt värde', lang),
      }));
      status = 400;
      body = { error: { code: 'validation', message: details[0]?.message ?? translateMessage('Ogiltig begäran', lang), details } };
    } else if (isUniqueViolation(err)) {
      // Two writers raced for data that must be unique and the database refused the second.
      status = 409;
      body = { error: { code: 'conflict', message: translateMessage('Det finns redan – någon sparade samma sak samtidigt. Ladda om sidan.', lang), details: [] } };
    } else if (isInputOutOfRange(err)) {
      // A number or text the database cannot hold (an id of 2^31 and more, a date past year 294276):
      // the request's fault, found by the database rather than the schema.
      status = 400;
      body = { error: { code: 'validation', message: translateMessage('Ett värde i begäran ligger utanför det tillåtna intervallet.', lang), details: [] } };
    } else if (typeof err.statusCode === 'number' && err.statusCode < 500) {
      status = err.statusCode;
      body = { error: { code: FRAMEWORK_CODES[status] ?? 'validation', message: translateMessage(FRAMEWORK_MESSAGES[status] ?? err.message, lang), details: [] } };
    } else if (err instanceof ResponseSerializationError && err.cause instanceof z.ZodError) {
      // An answer that breaks its contract (checked under tests only, see endpoint-route.ts): a
      // server fault, with the fields that broke it named for whoever runs the tests.
      request.log.error(err);
      status = 500;
      const details = err.cause.issues.slice(0, 10).map((i) => ({ path: ['response', ...i.path.map(String)].join('.'), message: `${err.method} ${err.url}: ${i.message}` }));
      body = { error: { code: 'internal', message: translateMessage('Ett oväntat fel inträffade. Försök igen.', lang), details } };
    } else {
      request.log.error(err);
      status = 500;
      body = { error: { code: 'internal', message: translateMessage('Ett oväntat fel inträffade. Försök igen.', lang), details: [] } };
    }
    reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not-found', message: notFoundMessage(request.url)[request.lang ?? 'sv'], details: [] } });
  });
}
