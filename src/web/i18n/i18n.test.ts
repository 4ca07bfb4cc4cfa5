import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';
import { interpolate } from './index';
import { sv } from './sv';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const source = leaves(sv);
  for (const [name, dict] of [['da', da], ['en', en]] as const) {
    it(`${name} has every Swedish key, no others, none empty, same placeholders`, () => {
      const target = leaves(dict);
      expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
      for (const [key, text] of target) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(source.get(key) ?? ''));
      }
    });
  }

  it('interpolates named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Mål {year}', { year: 2022 })).toBe('Mål 2022');
    expect(interpolate('{a} och {b}', { a: 'x' })).toBe('x och {b}');
  });
});
