import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fieldError } from './errors';

/**
 * The one file of a multipart/form-data request (field "file"), read whole within the size its
 * scope's @fastify/multipart registration allows. `tooLarge` is the message for a bigger file;
 * the name keeps only its last path segment (a browser may send a whole path).
 */
export async function readUploadedFile(
  scope: FastifyInstance,
  request: Pick<FastifyRequest, 'isMultipart' | 'file'>,
  options: { tooLarge: string; fallbackName: string },
): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!request.isMultipart()) throw fieldError('file', 'Skicka filen som multipart/form-data i fältet "file".');
  const part = await request.file();
  if (!part) throw fieldError('file', 'Välj en fil att ladda upp.');
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (err) {
    if (err instanceof scope.multipartErrors.RequestFileTooLargeError) throw fieldError('file', options.tooLarge);
    throw err;
  }
  // A view of the same memory, not a copy: copying a 45 MB upload held the request thread for a
  // third of a second on the bench machine, and every other request waited (issue 13).
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { fileName: part.filename.replace(/^.*[\\/]/u, '').slice(0, 200) || options.fallbackName, bytes: view };
}
