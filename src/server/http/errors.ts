import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiErrorBody } from '../../shared/api-types';

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'import-rejected'
  | 'upstream-failed'
  | 'too-many-attempts'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'import-rejected': 422,
  // An outside service (Kolada) failed or answered badly; nothing was changed.
  'upstream-failed': 502,
  'too-many-attempts': 429,
  internal: 500,
};

/** The one error type services throw; the error handler turns it into the API's error body. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Shorthand for a validation error on one field. */
export function fieldError(path: string, message: string): AppError {
  return new AppError('validation', message, [{ path, message }]);
}

/** Maps every error to `{ error: { code, message, details } }`; never shows a stack trace. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    let status: number;
    let body: ApiErrorBody;
    if (err instanceof AppError) {
      status = STATUS[err.code];
      body = { error: { code: err.code, message: err.message, details: err.details } };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.').replace(/^body\./, ''),
        message: v.message ?? 'Ogiltigt värde',
      }));
      status = 400;
      body = { error: { code: 'validation', message: details[0]?.message ?? 'Ogiltig begäran', details } };
    } else if (typeof err.statusCode === 'number' && err.statusCode < 500) {
      status = err.statusCode;
      body = { error: { code: status === 404 ? 'not-found' : 'validation', message: err.message, details: [] } };
    } else {
      request.log.error(err);
      status = 500;
      body = { error: { code: 'internal', message: 'Ett oväntat fel inträffade. Försök igen.', details: [] } };
    }
    reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not-found', message: `Hittades inte: ${request.url}`, details: [] } });
  });
}
