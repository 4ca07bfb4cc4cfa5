import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { parseKpiCatalogue } from '../importers/kolada/catalogue';
import { parseMunicipalities } from '../importers/kolada/municipalities';
import { parseRecordedValues } from '../importers/kolada/recorded-values';
import type { KoladaDataPoint } from '../importers/kolada/v3-response';

/** How the stand-in misbehaves on data requests, until told otherwise. */
export type StandinFailure =
  | { kind: 'status'; status: number; page?: number }
  /** A page whose `count` promises more values than it holds. */
  | { kind: 'cut-short'; page?: number }
  /** A body that is not JSON. */
  | { kind: 'malformed'; page?: number }
  /** Answers only after `ms` milliseconds. */
  | { kind: 'slow'; ms: number; page?: number }
  /** A next_url that points to another host. */
  | { kind: 'foreign-next-url' };

export interface KoladaStandin {
  /** Base URL to give the client as KOLADA_BASE_URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Adds values to serve (tests compose region values here; they must say they are synthetic). */
  addValues(points: readonly KoladaDataPoint[]): void;
  fail(failure: StandinFailure | null): void;
  /** Paths (with query) of every request, for assertions about paging. */
  requests: string[];
  close(): Promise<void>;
}

const DATA_DIR = new URL('../../data/kolada/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DATA_DIR));

/**
 * A real HTTP server on 127.0.0.1 that answers like Kolada's API v3, built from the recorded
 * responses in data/kolada: the KPI catalogue (`/v3/kpi`), the municipality list
 * (`/v3/municipality`) and the recorded values (N00945, N03702/N03703) for
 * `/v3/data/kpi/{kpi}/municipality/{ids}/year/{years}`, paged with `next_url`.
 */
export async function startKoladaStandin(options: { pageSize?: number } = {}): Promise<KoladaStandin> {
  const pageSize = options.pageSize ?? 5000;
  const kpis = parseKpiCatalogue(gunzipSync(read('kpi_all.csv.gz')).toString('utf8'));
  const municipalities = parseMunicipalities(read('municipality.csv').toString('utf8'));
  const values: KoladaDataPoint[] = ['n00945.csv', 'kld_data.csv', 'grp_data.csv'].flatMap((f) => parseRecordedValues(read(f).toString('utf8')));
  let failure: StandinFailure | null = null;
  const requests: string[] = [];
  let base = '';

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  /** The v3 envelope around one page of `items`, with next_url / previous_url as absolute URLs. */
  function envelope(url: URL, items: unknown[]) {
    const perPage = Math.max(1, Math.min(5000, Number(url.searchParams.get('per_page')) || pageSize));
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number) => {
      const u = new URL(base + url.pathname + url.search);
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return u.toString();
    };
    return { page, body: { values: slice, count: slice.length, next_url: page * perPage < items.length ? link(page + 1) : null, previous_url: page > 1 ? link(page - 1) : null } };
  }

  /** Groups points into v3 data objects: one per KPI, municipality and year with up to three sexes. */
  function dataObjects(kpi: string[], ids: string[], years: string[]) {
    const wanted = values.filter((v) => kpi.includes(v.kpi) && ids.includes(v.municipalityId) && years.includes(String(v.year)));
    const groups = new Map<string, { kpi: string; municipality: string; period: number; values: unknown[] }>();
    for (const v of wanted) {
      const key = `${v.kpi}|${v.municipalityId}|${v.year}`;
      if (!groups.has(key)) groups.set(key, { kpi: v.kpi, municipality: v.municipalityId, period: v.year, values: [] });
      groups.get(key)!.values.push({ gender: v.gender, count: v.count, status: v.status, value: v.value });
    }
    return [...groups.values()];
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    requests.push(url.pathname + url.search);
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'v3') return send(res, 404, { error: 'Not Found' });
    if (parts[1] === 'kpi') {
      const title = (url.searchParams.get('title') ?? '').toLocaleLowerCase('sv');
      const byId = parts[2]?.split(',');
      const hits = kpis.filter((k) => (byId ? byId.includes(k.id) : k.title.toLocaleLowerCase('sv').includes(title)));
      const items = hits.map((k) => ({ id: k.id, title: k.title, description: k.description, is_divided_by_gender: k.isDividedByGender, municipality_type: k.municipalityType, operating_area: k.operatingArea }));
      return send(res, 200, envelope(url, items).body);
    }
    if (parts[1] === 'municipality') {
      const title = (url.searchParams.get('title') ?? '').toLocaleLowerCase('sv');
      const type = url.searchParams.get('type');
      const hits = municipalities.filter((m) => m.title.toLocaleLowerCase('sv').includes(title) && (!type || m.type === type));
      return send(res, 200, envelope(url, hits).body);
    }
    if (parts[1] === 'data' && parts[2] === 'kpi' && parts[4] === 'municipality' && parts[6] === 'year' && parts.length === 8) {
      const { page, body } = envelope(url, dataObjects(parts[3]!.split(','), parts[5]!.split(','), parts[7]!.split(',')));
      const f = failure;
      if (f && (!('page' in f) || f.page === undefined || f.page === page)) {
        if (f.kind === 'status') return send(res, f.status, { error: 'Internal Server Error' });
        if (f.kind === 'malformed') {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          return res.end('{"values": [{"kpi": "N79240", ');
        }
        if (f.kind === 'cut-short') return send(res, 200, { ...body, count: body.count + 1 });
        if (f.kind === 'slow') await new Promise((r) => setTimeout(r, f.ms));
        if (f.kind === 'foreign-next-url') return send(res, 200, { ...body, next_url: 'http://example.invalid/v3/data/kpi/N79240?page=2' });
      }
      return send(res, 200, body);
    }
    return send(res, 404, { error: 'Not Found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { error: 'stand-in failed' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    addValues: (points) => void values.push(...points),
    fail: (f) => void (failure = f),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
