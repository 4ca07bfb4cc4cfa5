import { describe, expect, it } from 'vitest';
import { acceptedLang } from './language';

describe('acceptedLang', () => {
  it.each([
    ['da-DK,da;q=0.9,en;q=0.8', 'da'],
    ['en-US,en;q=0.9,sv;q=0.8', 'en'],
    ['de-DE,de;q=0.9,sv;q=0.5,en;q=0.7', 'en'],
    ['sv;q=0.2, da;q=0.8', 'da'],
    ['nb-NO', 'da'],
    ['fr, de', undefined],
    ['da;q=0', undefined],
    ['', undefined],
  ] as const)('%s → %s', (header, lang) => {
    expect(acceptedLang(header)).toBe(lang);
  });
});
