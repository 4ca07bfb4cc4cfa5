/**
 * Where a sign-in may return to (`?next=`): a path on this site only. An address that a browser
 * would read as another site is refused — `//evil.example`, `/\evil.example` (browsers treat `\`
 * as `/`), `https://…`, `javascript:…` — as are control characters and whitespace tricks, and
 * the API itself (a page, not `/api/…`). Returns the path to go to, or null.
 */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return null;
  // Control characters (a tab or newline inside "/\t/evil" is dropped by URL parsers), spaces and backslashes.
  if ([...next].some((ch) => ch.charCodeAt(0) <= 0x20 || ch.charCodeAt(0) === 0x7f || ch === '\\')) return null;
  if (!next.startsWith('/') || next.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(next, 'http://same.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'http://same.invalid') return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith('//') || path === '/api' || path.startsWith('/api/') || path.startsWith('/login')) return null;
  return path;
}
