import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { readUploadedFile } from './uploaded-file';

class TooLarge extends Error {}
const scope = { multipartErrors: { RequestFileTooLargeError: TooLarge } } as unknown as FastifyInstance;
const options = { tooLarge: 'För stor.', fallbackName: 'fil' };
const requestWith = (filename: string, body: Buffer | Error) => ({
  isMultipart: () => true,
  file: async () =>
    ({
      filename,
      toBuffer: async () => {
        if (body instanceof Error) throw body;
        return body;
      },
    }) as never,
});

describe('readUploadedFile', () => {
  it('hands out the received bytes without copying them (a copy of a big upload holds the request thread)', async () => {
    const received = Buffer.concat([Buffer.from('Mått;Period;Värde\n'), Buffer.alloc(64 * 1024, 'x')]);
    const { bytes, fileName } = await readUploadedFile(scope, requestWith('C:\\data\\värden.csv', received), options);
    expect(fileName).toBe('värden.csv');
    expect(bytes.buffer).toBe(received.buffer);
    expect(bytes.byteOffset).toBe(received.byteOffset);
    expect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(received)).toBe(true);
  });

  it('keeps only its own bytes when the received ones share a larger block of memory', async () => {
    const block = Buffer.from('xxxxabcdefyyyy');
    const { bytes } = await readUploadedFile(scope, requestWith('', block.subarray(4, 10)), options);
    expect(new TextDecoder().decode(bytes)).toBe('abcdef');
    expect(bytes.length).toBe(6);
  });

  it('answers a file over the limit with the message for the file field', async () => {
    await expect(readUploadedFile(scope, requestWith('big.csv', new TooLarge()), options)).rejects.toMatchObject({ message: 'För stor.' });
  });
});
