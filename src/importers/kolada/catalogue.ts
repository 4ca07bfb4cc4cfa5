import type { KoladaKpi } from '../../shared/kolada-types';
import { parseCsvRecords } from './csv';

const KPI_COLUMNS = ['id', 'title', 'description', 'is_divided_by_gender', 'municipality_type', 'operating_area'] as const;

/** Parses Kolada's KPI catalogue (the cached `/kpi` listing as CSV) into KPIs. */
export function parseKpiCatalogue(csv: string): KoladaKpi[] {
  return parseCsvRecords(csv, KPI_COLUMNS).map((r, index) => {
    const type = r.municipality_type;
    if (type !== 'K' && type !== 'L' && type !== 'A') {
      throw new Error(`KPI-katalogen rad ${index + 2}: okänd municipality_type "${type}"`);
    }
    return {
      id: r.id!,
      title: r.title!,
      description: r.description!,
      isDividedByGender: r.is_divided_by_gender === 'True' || r.is_divided_by_gender === '1',
      municipalityType: type,
      operatingArea: r.operating_area!,
    };
  });
}

/** Lower case, accents kept (å, ä, ö are letters of their own in Swedish), runs of space as one. */
const normalise = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/**
 * KPIs matching a search: an id (`N79240`, or its beginning) first, then titles containing
 * every word of the query. `forRegions` leaves out KPIs that exist only for kommuner (type K).
 */
export function searchKpis(catalogue: readonly KoladaKpi[], query: string, opts: { forRegions?: boolean; limit?: number } = {}): KoladaKpi[] {
  const limit = opts.limit ?? 20;
  const q = normalise(query);
  if (q === '') return [];
  const pool = opts.forRegions ? catalogue.filter((k) => k.municipalityType !== 'K') : catalogue;
  const idHits = pool.filter((k) => normalise(k.id).startsWith(q));
  const words = q.split(' ');
  const titleHits = pool.filter((k) => {
    const title = normalise(k.title);
    return !idHits.includes(k) && words.every((w) => title.includes(w));
  });
  return [...idHits, ...titleHits].slice(0, limit);
}
