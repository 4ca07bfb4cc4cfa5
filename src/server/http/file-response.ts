import { z } from 'zod';

/**
 * The OpenAPI response of a route that sends a file (a PDF, a Word document, an SVG) rather than
 * JSON: its content type, and its body as binary. Fastify sends the handler's buffer or string as
 * it is (no serialiser runs for them); the schema only describes the body, typed so that the
 * handler may send either.
 */
export function fileResponse(contentType: string, description: string) {
  const binary = z.string().meta({ format: 'binary' }) as unknown as z.ZodType<string | Buffer>;
  return { 200: { description, content: { [contentType]: { schema: binary } } } };
}
