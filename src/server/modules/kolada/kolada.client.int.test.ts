import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KoladaStandin, startKoladaStandin } from '../../../test-support/kolada-standin';
import { koladaClient } from './kolada.client';

// The stand-in answers from Kolada's recorded responses (data/kolada); the facts are those of the cache's EXPECTED.md.
describe('Kolada client against the stand-in', () => {
  let standin: KoladaStandin;
  beforeAll(async () => {
    standin = await startKoladaStandin({ pageSize: 10 });
  });
  afterAll(async () => {
    await standin?.close();
  });
  const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('reads recorded N00945 for Stockholm, Malmö and Göteborg over seven pages', async () => {
    standin.requests.length = 0;
    const result = await koladaClient({ baseUrl: standin.url }).fetchData('N00945', ['0180', '1280', '1480'], years(2000, 2020));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.points).toHaveLength(63);
    expect(result.pages).toBe(7);
    expect(standin.requests[6]).toContain('page=7');
    const at = (id: string, year: number) => result.points.find((p) => p.municipalityId === id && p.year === year)?.value;
    expect(at('0180', 2020)).toBe(40.8);
    expect(at('0180', 2018)).toBe(39.4);
    expect(at('1480', 2000)).toBeCloseTo(33.239522, 6);
  });

  it('gets only the years Kolada has: BRP 2012–2019 although 1990–2019 was asked for', async () => {
    const result = await koladaClient({ baseUrl: `${standin.url}/` }).fetchData('N03702', ['0180', '1280', '1480'], years(1990, 2019));
    expect(result.ok && result.points.map((p) => p.year).sort()[0]).toBe(2012);
    expect(result.ok && result.points).toHaveLength(24);
    expect(result.ok && result.points.find((p) => p.municipalityId === '0180' && p.year === 2012)?.value).toBeCloseTo(777.735791, 6);
  });

  it('serves the catalogue and the municipality list in the v3 envelope, paged with next_url', async () => {
    const kpi = (await (await fetch(`${standin.url}/v3/kpi/N79240`)).json()) as { values: { title: string; municipality_type: string }[]; count: number };
    expect(kpi).toMatchObject({ count: 1, values: [{ title: 'Väntetid för väntande till första kontakt i specialiserad vård, antal dagar (median)', municipality_type: 'L' }] });
    let url: string | null = `${standin.url}/v3/municipality?type=L&per_page=10`;
    const ids: string[] = [];
    while (url) {
      const page = (await (await fetch(url)).json()) as { values: { id: string }[]; next_url: string | null };
      ids.push(...page.values.map((m) => m.id));
      url = page.next_url;
    }
    expect(ids).toHaveLength(22);
    expect(ids[0]).toBe('0000');
    expect(ids).toContain('0025');
  });

  it('says when Kolada cannot be reached', async () => {
    const result = await koladaClient({ baseUrl: 'http://127.0.0.1:9' }).fetchData('N00945', ['0180'], [2020]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('det gick inte att nå Kolada på http://127.0.0.1:9') });
  });
});
