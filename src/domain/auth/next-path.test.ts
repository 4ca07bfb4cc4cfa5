import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('where a sign-in may return to', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeNextPath('/plans/3')).toBe('/plans/3');
    expect(safeNextPath('/plans/3/measures?period=2024#m12')).toBe('/plans/3/measures?period=2024#m12');
    expect(safeNextPath('/')).toBe('/');
  });

  it.each([
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example',
    'https://evil.example/',
    'http:evil.example',
    'javascript:alert(1)',
    '/\t/evil.example',
    '/%0a/evil.example'.replace('%0a', '\n'),
    ' /plans/1',
    'plans/1',
    '/api/me',
    '/login?next=/x',
    '',
    null,
    42,
  ])('refuses %j', (next) => {
    expect(safeNextPath(next)).toBeNull();
  });

  it('never returns an address that leaves the site, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const path = safeNextPath(s);
        if (path === null) return;
        expect(path.startsWith('/')).toBe(true);
        expect(path.startsWith('//')).toBe(false);
        expect(new URL(path, 'https://ledstjarna.example').origin).toBe('https://ledstjarna.example');
      }),
      { numRuns: 2000 },
    );
  });
});
