import type { sv } from './sv';

/** The shape of the Swedish dictionary with every text widened to `string`: what da and en must fill in. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof sv>;

/** Every dotted key of the dictionary, e.g. `scorecard.period`. */
export type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}`;
}[keyof T & string];
export type MessageKey = KeyPaths<typeof sv>;

export type PathValue<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? PathValue<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** The `{name}` placeholders in a text: `'Mål {year}'` -> `'year'`. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type VarsFor<K extends MessageKey> = Placeholders<PathValue<typeof sv, K>>;

/** `t('a.b')` for texts without placeholders, `t('a.b', { name })` for texts with them. */
export type TArgs<K extends MessageKey> = [VarsFor<K>] extends [never]
  ? []
  : [vars: Record<VarsFor<K>, string | number>];

type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The keys whose translation has other placeholders than the Swedish text. */
export type PlaceholderMismatches<S, D> = {
  [K in keyof S & string]: K extends keyof D
    ? S[K] extends string
      ? D[K] extends string
        ? SameSet<Placeholders<S[K]>, Placeholders<D[K]>> extends true
          ? never
          : K
        : K
      : `${K}.${PlaceholderMismatches<S[K], D[K]>}`
    : K;
}[keyof S & string];
