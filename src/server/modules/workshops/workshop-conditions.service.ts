import type { KoladaDataPoint } from '../../../importers/kolada/v3-response';
import { KEY_FIGURES, keyFigureTable, keyFigureYears } from '../../../domain/workshop/key-figures';
import type { SharedConditions } from '../../../shared/workshop-types';
import { localizedError } from '../../http/errors';
import { federationMembers } from '../federations/federations.queries';
import { koladaReference } from '../kolada/kolada.catalogue';
import type { KoladaClient } from '../kolada/kolada.client';
import { replaceKoladaValues } from '../kolada/kolada.queries';
import { requireFacilitator, type Who, workshopFor } from './workshop-access';
import * as q from './workshop-conditions.queries';
import type { WorkshopDeps } from './workshops.service';

/**
 * The shared conditions exercise's table: each member's key figures side by side, from the Kolada
 * values stored here (fetched for the workshop, or for the members' own measures), named by the
 * shipped KPI catalogue and credited to Kolada.
 */
export async function getSharedConditions(deps: WorkshopDeps, who: Who, workshopId: number): Promise<SharedConditions> {
  const { workshop } = await workshopFor(deps.db, who, workshopId);
  const members = await federationMembers(deps.db, workshop.federation_id);
  const ids = members.map((m) => m.kolada_id).filter((id): id is string => id !== null);
  const stored = await q.keyFigureValues(deps.db, KEY_FIGURES.map((f) => f.kpi), ids);
  const ref = await koladaReference();
  const table = keyFigureTable(
    KEY_FIGURES,
    members.map((m) => m.kolada_id),
    stored.map((v) => ({ kpi: v.kpi, municipalityId: v.municipality_id, year: v.year, value: v.value })),
  );
  const fetched = stored.map((v) => v.fetched_at).sort();
  return {
    members: members.map((m) => ({ id: m.id, name: m.name, koladaId: m.kolada_id })),
    rows: table.map((row, i) => ({ ...row, title: ref.kpiById.get(row.kpi)?.title ?? row.kpi, group: KEY_FIGURES[i]!.group, format: KEY_FIGURES[i]!.format })),
    fetchedAt: fetched[fetched.length - 1] ?? null,
  };
}

/**
 * The facilitator fetches the key figures for every member with a Kolada id from Kolada's API, all
 * or nothing: one failed KPI stores nothing and says why (502).
 */
export async function fetchSharedConditions(deps: WorkshopDeps & { kolada: KoladaClient }, who: Who, workshopId: number, years?: number[]): Promise<SharedConditions> {
  const { workshop, viewer } = await workshopFor(deps.db, who, workshopId);
  requireFacilitator(viewer);
  const members = await federationMembers(deps.db, workshop.federation_id);
  const ids = members.map((m) => m.kolada_id).filter((id): id is string => id !== null);
  if (ids.length === 0) {
    throw localizedError('conflict', {
      sv: 'Ingen av förbundets medlemmar har ett Kolada-id. Ange det under respektive organisations styrmodell.',
      da: 'Ingen af forbundets medlemmer har et Kolada-id. Angiv det under hver organisations styringsmodel.',
      en: "None of the federation's members has a Kolada id. Set it in each organisation's governance model.",
    });
  }
  const wanted = years ?? keyFigureYears(new Date());
  const results: { kpi: string; points: KoladaDataPoint[] }[] = [];
  for (const f of KEY_FIGURES) {
    const got = await deps.kolada.fetchData(f.kpi, ids, wanted);
    if (!got.ok) {
      throw localizedError('upstream-failed', {
        sv: `Hämtningen av ${f.kpi} från Kolada misslyckades: ${got.reason}. Inget har ändrats.`,
        da: `Hentningen af ${f.kpi} fra Kolada mislykkedes: ${got.reason}. Intet er ændret.`,
        en: `Fetching ${f.kpi} from Kolada failed: ${got.reason}. Nothing was changed.`,
      });
    }
    results.push({ kpi: f.kpi, points: got.points });
  }
  await deps.db.transaction(async (tx) => {
    for (const r of results) await replaceKoladaValues(tx, r.kpi, ids, wanted, r.points);
  });
  await deps.live.publish(`workshop:${workshopId}`, { kind: 'conditions' });
  return getSharedConditions(deps, who, workshopId);
}
