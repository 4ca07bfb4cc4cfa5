import { UnreadableDocument } from '../../importers/documents/read-document';
import { ValueFileError } from '../../importers/values/errors';

/**
 * Errors that carry a message meant for people: they cross the thread boundary by their name
 * and are made again on the request thread, so the routes answer them as they would in-process.
 */
export const KNOWN_ERRORS = { ValueFileError, UnreadableDocument } as const;

export type KnownErrorName = keyof typeof KNOWN_ERRORS;

export function isKnownErrorName(name: string | undefined): name is KnownErrorName {
  return name !== undefined && Object.hasOwn(KNOWN_ERRORS, name);
}
