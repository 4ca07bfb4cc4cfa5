import { type KoladaDataPoint, parseDataPage } from '../../../importers/kolada/v3-response';

/** Kolada's public API; tests and air-gapped installations point KOLADA_BASE_URL elsewhere. */
export const DEFAULT_KOLADA_BASE_URL = 'https://api.kolada.se';

export type KoladaDataResult =
  | { ok: true; points: KoladaDataPoint[]; pages: number; ignored: number }
  | { ok: false; reason: string };

/** Reads values from Kolada's API v3. */
export interface KoladaClient {
  readonly baseUrl: string;
  /** Every value of one KPI for the ids and years, all pages; any failure gives a reason and no values. */
  fetchData(kpi: string, municipalityIds: readonly string[], years: readonly number[]): Promise<KoladaDataResult>;
}

export interface KoladaClientOptions {
  baseUrl?: string;
  /** Per page; a page that takes longer fails the whole fetch. */
  timeoutMs?: number;
  /** A safety net against a next_url that loops. */
  maxPages?: number;
}

/** A client for `/v3/data/kpi/{kpi}/municipality/{ids}/year/{years}` that follows `next_url`. */
export function koladaClient(options: KoladaClientOptions = {}): KoladaClient {
  const baseUrl = (options.baseUrl || DEFAULT_KOLADA_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxPages = options.maxPages ?? 50;
  const origin = new URL(baseUrl).origin;
  const waited = timeoutMs < 1000 ? `${timeoutMs} ms` : `${(timeoutMs / 1000).toLocaleString('sv-SE')} s`;

  async function page(url: string, n: number): Promise<{ ok: true; body: unknown } | { ok: false; reason: string }> {
    let res: Response;
    try {
      res = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    } catch (err) {
      if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
        return { ok: false, reason: `Kolada svarade inte inom ${waited} (sida ${n})` };
      }
      const code = err instanceof Error && err.cause && typeof err.cause === 'object' && 'code' in err.cause ? ` (${String(err.cause.code)})` : '';
      return { ok: false, reason: `det gick inte att nå Kolada på ${origin}${code}` };
    }
    if (!res.ok) return { ok: false, reason: `Kolada svarade med HTTP ${res.status} på sida ${n}` };
    try {
      return { ok: true, body: JSON.parse(await res.text()) };
    } catch (err) {
      if (err instanceof Error && err.name === 'TimeoutError') return { ok: false, reason: `Kolada svarade inte inom ${waited} (sida ${n})` };
      return { ok: false, reason: `sida ${n} från Kolada är inte giltig JSON` };
    }
  }

  return {
    baseUrl,
    async fetchData(kpi, municipalityIds, years) {
      const path = `/v3/data/kpi/${encodeURIComponent(kpi)}/municipality/${municipalityIds.join(',')}/year/${years.join(',')}`;
      const wantedIds = new Set(municipalityIds);
      const wantedYears = new Set(years);
      const points: KoladaDataPoint[] = [];
      let ignored = 0;
      let url: string | null = baseUrl + path;
      let n = 0;
      while (url) {
        n += 1;
        if (n > maxPages) return { ok: false, reason: `Kolada gav fler än ${maxPages} sidor` };
        // next_url comes from the response: follow it only to the host we were configured for.
        if (new URL(url).origin !== origin) return { ok: false, reason: `sida ${n} pekar till en annan värd (${new URL(url).origin})` };
        const got = await page(url, n);
        if (!got.ok) return got;
        const parsed = parseDataPage(got.body);
        if (!parsed.ok) return { ok: false, reason: `sida ${n}: ${parsed.reason}` };
        const stray = parsed.page.points.find((p) => p.kpi !== kpi || !wantedIds.has(p.municipalityId) || !wantedYears.has(p.year));
        if (stray) return { ok: false, reason: `sida ${n} innehåller värden som inte efterfrågades (${stray.kpi}, ${stray.municipalityId}, ${stray.year})` };
        points.push(...parsed.page.points);
        ignored += parsed.page.ignored;
        url = parsed.page.nextUrl;
      }
      return { ok: true, points, pages: n, ignored };
    },
  };
}
