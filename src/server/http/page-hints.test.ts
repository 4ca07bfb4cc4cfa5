import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkFiles, pageHints } from './page-hints';

/** A manifest of the shape Vite writes: the entry (index.html) and the chunks the scorecard page and the dictionaries need. */
const manifest = {
  'index.html': { file: 'assets/index-e1.js', isEntry: true, imports: ['_client-c1.js'], css: ['assets/index-s1.css'] },
  '_client-c1.js': { file: 'assets/client-c1.js' },
  'features/scorecard/ScorecardPage.tsx': { file: 'assets/ScorecardPage-p1.js', isDynamicEntry: true, imports: ['_client-c1.js', 'index.html', '_StatusBadge-b1.js'], dynamicImports: ['features/measures/MeasurePage.tsx'] },
  '_StatusBadge-b1.js': { file: 'assets/StatusBadge-b1.js', imports: ['_labels-l1.js'] },
  '_labels-l1.js': { file: 'assets/labels-l1.js', imports: ['_StatusBadge-b1.js'] },
  'features/measures/MeasurePage.tsx': { file: 'assets/MeasurePage-m1.js', isDynamicEntry: true },
  // A module that only imports CSS is its stylesheet in the manifest.
  'app/page-styles.ts': { file: 'assets/page-styles-s2.css', src: 'app/page-styles.ts' },
  'api/plan-page-queries.ts': { file: 'assets/plan-page-queries-q1.js', isDynamicEntry: true, imports: ['_client-c1.js'] },
  'i18n/sv.ts': { file: 'assets/sv-d1.js', isDynamicEntry: true, imports: ['i18n/sv-frame.ts'] },
  'i18n/sv-frame.ts': { file: 'assets/sv-frame-f1.js', isDynamicEntry: true },
  'i18n/da.ts': { file: 'assets/da-d2.js', isDynamicEntry: true, imports: ['i18n/da-frame.ts'] },
  'i18n/da-frame.ts': { file: 'assets/da-frame-f2.js', isDynamicEntry: true },
  'i18n/en.ts': { file: 'assets/en-d3.js', isDynamicEntry: true },
};
const page = '<!doctype html><html lang="sv"><head><script type="module" crossorigin src="/assets/index-e1.js"></script></head><body><div id="root"></div></body></html>';

const modulePreloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
/** The addresses as the browser reads them from the attribute (`&amp;` is `&`). */
const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
const fetchPreloads = (html: string) => [...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('chunkFiles', () => {
  it('follows static imports through cycles, with CSS, and leaves dynamic imports out', () => {
    expect([...chunkFiles(manifest, 'features/scorecard/ScorecardPage.tsx')].sort()).toEqual(
      ['assets/ScorecardPage-p1.js', 'assets/StatusBadge-b1.js', 'assets/client-c1.js', 'assets/index-e1.js', 'assets/index-s1.css', 'assets/labels-l1.js'].sort(),
    );
    expect([...chunkFiles(manifest, 'no/such/module.ts')]).toEqual([]);
  });
});

describe('pageHints', () => {
  let webDir: string;
  let bare: string;
  beforeAll(() => {
    webDir = mkdtempSync(join(tmpdir(), 'ledstjarna-hints-'));
    mkdirSync(join(webDir, '.vite'));
    writeFileSync(join(webDir, 'index.html'), page);
    writeFileSync(join(webDir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    bare = mkdtempSync(join(tmpdir(), 'ledstjarna-hints-'));
    writeFileSync(join(bare, 'index.html'), page);
  });
  afterAll(() => {
    rmSync(webDir, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  });

  it("names a plan's scorecard reads and the chunks its page and dictionary need, but not those the page loads already", () => {
    const html = pageHints(webDir).html('/plans/7', new URLSearchParams(), undefined);
    expect(fetchPreloads(html)).toEqual(['/api/me', '/api/plans/7/scorecard?form=first-view', '/api/plans/7', '/api/plans/7/assignments', '/api/plans/7/agenda-goals', '/api/plans/7/glossary']);
    expect(modulePreloads(html).sort()).toEqual(
      ['/assets/sv-d1.js', '/assets/sv-frame-f1.js', '/assets/ScorecardPage-p1.js', '/assets/StatusBadge-b1.js', '/assets/labels-l1.js', '/assets/plan-page-queries-q1.js'].sort(),
    );
    // The pages' stylesheet, which the page loads with its chunk; the frame's is the entry's, in the page already.
    expect(stylesheets(html)).toEqual(['/assets/page-styles-s2.css']);
    // Everything else of the page is as built, the hints inside <head>.
    expect(html.replace(/\s*<link rel="(modulepreload|preload|stylesheet)"[^>]*>/g, '')).toBe(page.replace('</head>', '\n  </head>'));
  });

  it("names the dictionary of the language the app shows (its cookie), Swedish when it has none or an unknown one", () => {
    const hints = pageHints(webDir);
    const dictionaries = (cookie: string | undefined) => modulePreloads(hints.html('/plans/7', new URLSearchParams(), cookie)).filter((f) => /\/(sv|da|en)(-frame)?-/.test(f ?? ''));
    expect(dictionaries('da').sort()).toEqual(['/assets/da-d2.js', '/assets/da-frame-f2.js']);
    expect(dictionaries('en')).toEqual(['/assets/en-d3.js']);
    expect(dictionaries(undefined).sort()).toEqual(['/assets/sv-d1.js', '/assets/sv-frame-f1.js']);
    expect(dictionaries('"><script>').sort()).toEqual(['/assets/sv-d1.js', '/assets/sv-frame-f1.js']);
  });

  it('asks for the period the address names and the form the view needs, written as the web client writes it', () => {
    const html = pageHints(webDir).html('/plans/7/', new URLSearchParams('period=DÅ 04 2024&view=compact'), 'sv');
    expect(fetchPreloads(html)[1]).toBe(`/api/plans/7/scorecard?${new URLSearchParams({ period: 'DÅ 04 2024' })}`);
    const tree = pageHints(webDir).html('/plans/7', new URLSearchParams('period=2024'), 'sv');
    expect(fetchPreloads(tree)[1]).toBe('/api/plans/7/scorecard?period=2024&form=first-view');
    const odd = pageHints(webDir).html('/plans/7', new URLSearchParams({ period: '"><script>alert(1)</script>' }), 'sv');
    expect(odd).not.toContain('<script>alert');
  });

  it('leaves other pages, and a build without a manifest, as they were built', () => {
    const hints = pageHints(webDir);
    for (const path of ['/', '/plans/7/measures', '/plans/x', '/measures/7']) expect(hints.html(path, new URLSearchParams(), 'sv')).toBe(page);
    expect(pageHints(bare).html('/plans/7', new URLSearchParams(), 'sv')).toBe(page);
  });
});
