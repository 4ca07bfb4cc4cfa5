import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, LANGS, type Lang } from '../../domain/i18n/lang';
import { fillPath } from '../../shared/endpoint';

/**
 * The app's page with hints for what its first view will ask for. Without them a cold browser
 * asked for nothing but the app's script until that script had been compiled and run (hundreds of
 * milliseconds on a 2-core machine): only then came the dictionary, the page's chunks and the API
 * answers, and after the sign-in check the page's companions, one step after another. With them
 * the browser fetches all of it while it compiles the script, and the app's own requests are
 * answered from what was fetched (a `fetch` preload is used by a `fetch()` of the same address).
 *
 * The page chunks come from Vite's manifest (vite.config.ts writes it); the API reads are those
 * the scorecard page makes before it first shows: app/first-requests.ts and
 * api/plan-page-queries.ts in the web app (the scorecard journey in e2e checks that the page uses
 * every address hinted, each fetched once).
 */

/** An entry of Vite's manifest (.vite/manifest.json): a source module's chunk and the chunks it imports statically. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The files `key`'s module needs before it runs: its chunk, the chunks it imports statically (transitively) and their CSS. */
export function chunkFiles(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) chunkFiles(manifest, imported, into);
  return into;
}

/** The scorecard page's modules (web app sources, as the manifest names them) besides the language's dictionary: its chunk, the pages' stylesheet every page loads with its chunk (app/routes.tsx), its companions' queries. */
const SCORECARD_MODULES = ['features/scorecard/ScorecardPage.tsx', 'app/page-styles.ts', 'api/plan-page-queries.ts'];
const dictionaryModule = (lang: Lang) => `i18n/${lang}.ts`;

/** What the scorecard page reads before it first shows: who is signed in, the scorecard (its first view's form), and its companions. */
const SCORECARD_READS = [
  'GET /api/me',
  'GET /api/plans/:planId/scorecard',
  'GET /api/plans/:planId',
  'GET /api/plans/:planId/assignments',
  'GET /api/plans/:planId/agenda-goals',
  'GET /api/plans/:planId/glossary',
] as const;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface PageHints {
  /** The app's page for a client-side route, with hints when the route's first view is known. */
  html(path: string, search: URLSearchParams, langCookie: string | undefined): string;
}

/** Hints for the built app in `webDir`; without Vite's manifest the page goes out as it was built. */
export function pageHints(webDir: string): PageHints {
  const page = readFileSync(join(webDir, 'index.html'), 'utf8');
  const manifestFile = join(webDir, '.vite', 'manifest.json');
  const manifest: Manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  // The entry's own chunks are in the page already.
  const inPage = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) chunkFiles(manifest, key, inPage);
  const modulesOf = (keys: string[]) => {
    const files = new Set<string>();
    for (const key of keys) chunkFiles(manifest, key, files);
    return [...files].filter((file) => !inPage.has(file));
  };
  const scorecardChunks = new Map<Lang, string>(
    LANGS.map((lang) => {
      const files = modulesOf([dictionaryModule(lang), ...SCORECARD_MODULES]);
      const links = files.map((file) =>
        file.endsWith('.css') ? `<link rel="stylesheet" href="/${file}">` : `<link rel="modulepreload" crossorigin href="/${file}">`,
      );
      return [lang, links.join('\n    ')];
    }),
  );
  const withHints = (links: string) => page.replace(/\s*<\/head>/, `\n    ${links}\n  </head>`);

  return {
    html(path, search, langCookie) {
      const plan = /^\/plans\/(\d{1,9})\/?$/.exec(path);
      if (!plan || Object.keys(manifest).length === 0) return page;
      const params = { planId: Number(plan[1]) };
      const period = search.get('period');
      const reads = SCORECARD_READS.map((key) => {
        const address = fillPath(key.slice(key.indexOf(' ') + 1), params);
        if (key !== 'GET /api/plans/:planId/scorecard') return address;
        // As the web app's client writes it (api.href, app/first-requests.ts): the period when the address names one, and the first view's form for the tree.
        const query = new URLSearchParams(period ? { period } : {});
        if (search.get('view') !== 'compact') query.set('form', 'first-view');
        return query.size > 0 ? `${address}?${query}` : address;
      });
      const lang = isLang(langCookie) ? langCookie : 'sv';
      const fetches = reads.map((address) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(address)}">`);
      return withHints([...fetches, scorecardChunks.get(lang)].join('\n    '));
    },
  };
}
