import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseKpiCatalogue } from '../../../importers/kolada/catalogue';
import { parseMunicipalities } from '../../../importers/kolada/municipalities';
import { PROJECT_ROOT } from '../../../project-root';
import type { KoladaKpi, KoladaMunicipality } from '../../../shared/kolada-types';

/** data/kolada in the repository: the real catalogue and municipality list, shipped because a fresh clone has nothing else. */
export const KOLADA_DATA_DIR = pathToFileURL(`${join(PROJECT_ROOT, 'data', 'kolada')}/`);

export interface KoladaReference {
  kpis: KoladaKpi[];
  kpiById: Map<string, KoladaKpi>;
  municipalities: KoladaMunicipality[];
  municipalityById: Map<string, KoladaMunicipality>;
}

let loaded: Promise<KoladaReference> | undefined;

/** The KPI catalogue and municipality list, read once per process. */
export function koladaReference(): Promise<KoladaReference> {
  loaded ??= (async () => {
    const [gz, municipalityCsv] = await Promise.all([readFile(new URL('kpi_all.csv.gz', KOLADA_DATA_DIR)), readFile(new URL('municipality.csv', KOLADA_DATA_DIR), 'utf8')]);
    const kpis = parseKpiCatalogue(gunzipSync(gz).toString('utf8'));
    const municipalities = parseMunicipalities(municipalityCsv);
    return { kpis, kpiById: new Map(kpis.map((k) => [k.id, k])), municipalities, municipalityById: new Map(municipalities.map((m) => [m.id, m])) };
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
