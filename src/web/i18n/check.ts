/**
 * Compile-time checks on the translations; never imported by the app.
 * Missing or extra keys fail in da.ts / en.ts (`satisfies Messages`). This file fails
 * when a translation drops or invents a `{placeholder}`: the error names the key.
 */
import type { da } from './da';
import type { en } from './en';
import type { sv } from './sv';
import type { PlaceholderMismatches } from './types';

type Ok<T> = [T] extends [never] ? true : T;

export const daPlaceholdersMatch: Ok<PlaceholderMismatches<typeof sv, typeof da>> = true;
export const enPlaceholdersMatch: Ok<PlaceholderMismatches<typeof sv, typeof en>> = true;
