import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fieldError } from './errors';

/** The file part of a multipart request as @fastify/multipart hands it out. */
interface FilePart {
  filename: string;
  file: AsyncIterable<Buffer> & { truncated?: boolean };
}

/**
 * The one file of a multipart/form-data request (field "file"), read whole within the size its
 * scope's @fastify/multipart registration allows (`maxBytes`, the same figure). `tooLarge` is the
 * message for a bigger file; the name keeps only its last path segment (a browser may send a whole path).
 *
 * The bytes are written into shared memory piece by piece as they arrive: handed to a worker
 * thread (every upload is read in one) they are shared, not copied. Gathering the pieces at the
 * end and copying them to the worker copied a 45 MB file twice in one go on the request thread,
 * a third of a second each on the bench machine, while every other request waited (issue 13).
 */
export async function readUploadedFile(
  scope: FastifyInstance,
  request: Pick<FastifyRequest, 'isMultipart' | 'file' | 'headers'>,
  options: { tooLarge: string; fallbackName: string; maxBytes: number },
): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!request.isMultipart()) throw fieldError('file', 'Skicka filen som multipart/form-data i fältet "file".');
  const part = (await request.file()) as FilePart | undefined;
  if (!part) throw fieldError('file', 'Välj en fil att ladda upp.');
  // The whole body's length bounds the file's; a length beyond the limit is not believed.
  const declared = Number(request.headers['content-length']) || 0;
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readShared(part.file, Math.min(declared, options.maxBytes + 64 * 1024));
  } catch (err) {
    if (err instanceof scope.multipartErrors.RequestFileTooLargeError) throw fieldError('file', options.tooLarge);
    throw err;
  }
  if (!bytes) throw fieldError('file', options.tooLarge);
  return { fileName: part.filename.replace(/^.*[\\/]/u, '').slice(0, 200) || options.fallbackName, bytes };
}

/** The stream's bytes in a SharedArrayBuffer (room for `expected` at first, more if needed); undefined when it was cut at the size limit. */
async function readShared(file: FilePart['file'], expected: number): Promise<Uint8Array | undefined> {
  let target = new Uint8Array(new SharedArrayBuffer(Math.max(expected, 64 * 1024)));
  let length = 0;
  for await (const chunk of file) {
    if (file.truncated) continue; // read to the end, as the parser needs, but keep nothing more
    if (length + chunk.length > target.length) {
      const bigger = new Uint8Array(new SharedArrayBuffer(Math.max(target.length * 2, length + chunk.length)));
      bigger.set(target.subarray(0, length));
      target = bigger;
    }
    target.set(chunk, length);
    length += chunk.length;
  }
  return file.truncated ? undefined : target.subarray(0, length);
}
