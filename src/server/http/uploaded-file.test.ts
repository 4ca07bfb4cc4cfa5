import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { readUploadedFile } from './uploaded-file';

class TooLarge extends Error {}
const scope = { multipartErrors: { RequestFileTooLargeError: TooLarge } } as unknown as FastifyInstance;
const options = { tooLarge: 'För stor.', fallbackName: 'fil', maxBytes: 1024 * 1024 };

/** A multipart request whose file arrives in `chunks`; `truncated` as the parser marks a file cut at its limit. */
function requestWith(filename: string, chunks: Buffer[], { contentLength, truncated = false }: { contentLength?: number; truncated?: boolean } = {}) {
  const file = Object.assign(Readable.from(chunks), { truncated });
  return {
    headers: contentLength === undefined ? {} : { 'content-length': String(contentLength) },
    isMultipart: () => true,
    file: async () => ({ filename, file }) as never,
  };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString();

describe('readUploadedFile', () => {
  it('gathers the file in shared memory, so that handing it to a worker thread copies nothing', async () => {
    const chunks = [Buffer.from('Mått;Period;Värde\n'), Buffer.alloc(70 * 1024, 'x'), Buffer.from('\nslut')];
    const whole = Buffer.concat(chunks);
    const { bytes, fileName } = await readUploadedFile(scope, requestWith('C:\\data\\värden.csv', chunks, { contentLength: whole.length + 200 }), options);
    expect(fileName).toBe('värden.csv');
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(bytes.length).toBe(whole.length);
    expect(text(bytes)).toBe(whole.toString());
  });

  it('makes room when the file is longer than the request said, and trusts no length beyond the limit', async () => {
    const chunks = Array.from({ length: 5 }, (_, i) => Buffer.alloc(50 * 1024, String(i)));
    const short = await readUploadedFile(scope, requestWith('a.csv', chunks, { contentLength: 10 }), options);
    expect(text(short.bytes)).toBe(Buffer.concat(chunks).toString());
    const lying = await readUploadedFile(scope, requestWith('b.csv', chunks, { contentLength: 1e12 }), options);
    expect(lying.bytes.buffer.byteLength).toBeLessThan(2 * 1024 * 1024);
    expect(text(lying.bytes)).toBe(Buffer.concat(chunks).toString());
    const unsaid = await readUploadedFile(scope, requestWith('', chunks), options);
    expect(unsaid.fileName).toBe('fil');
    expect(unsaid.bytes.length).toBe(5 * 50 * 1024);
  });

  it('answers a file cut at the size limit with the message for the file field', async () => {
    await expect(readUploadedFile(scope, requestWith('big.csv', [Buffer.from('x')], { truncated: true }), options)).rejects.toMatchObject({
      message: 'För stor.',
    });
  });
});
