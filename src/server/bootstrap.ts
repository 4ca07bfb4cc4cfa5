import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db, Tx } from '../db/client';
import { PROJECT_ROOT } from '../project-root';
import { getTemplate } from '../domain/model/templates';
import type { Config } from './config';
import { createUser, generatePassword } from './modules/auth/auth.service';
import { countUsers, setInstallationAdmin, upsertMembership } from './modules/auth/auth.queries';
import type { Who } from './modules/audit/audit';
import { allOrganisationIds, countOrganisations, findOrganisationBySlug } from './modules/organisations/organisations.queries';
import { insertOrganisationWithModel } from './modules/organisations/organisations.service';

/** The first start acts for nobody in particular: its audit entries name no person. */
const SYSTEM: Who = { userId: null };
import { importPlanText } from './modules/plan-import/plan-import.service';
import { importRoadmapText } from './modules/roadmap/roadmap-import.service';

/** Region Norrbotten's board plan 2022–2024 (seed 001), shipped with the app and loaded on first start. */
export const NORRBOTTEN_PLAN = join(PROJECT_ROOT, 'data', 'seeds', 'norrbotten-regionstyrelsens-plan-2022-2024.txt');

/** Region Skåne's strategic map 2022–2025 (seed 002), loaded on first start with Region Skåne. */
export const SKANE_ROADMAP = join(PROJECT_ROOT, 'data', 'seeds', 'skane-framtidens-halsosystem-2022-2025.txt');

export interface FirstStart {
  organisationId?: number;
  planId?: number;
  skaneOrganisationId?: number;
  roadmapId?: number;
  admin?: { email: string; password: string; generated: boolean };
}

/**
 * On an empty database: Region Norrbotten with its governance model, its plan, and an admin.
 * Runs in one transaction, so a failed first start leaves nothing half-made.
 */
export async function firstStart(db: Db, config: Pick<Config, 'adminEmail' | 'adminPassword' | 'seed'>): Promise<FirstStart> {
  return db.transaction(async (tx) => {
    const result: FirstStart = {};
    if ((await countOrganisations(tx)) === 0) {
      result.organisationId = await insertOrganisationWithModel(tx, SYSTEM, {
        slug: 'region-norrbotten',
        name: 'Region Norrbotten',
        koladaId: '0025',
        language: 'sv',
        model: getTemplate('norrbotten'),
        templateKey: 'norrbotten',
      });
      if (config.seed) {
        const text = readFileSync(NORRBOTTEN_PLAN, 'utf8');
        // Regionstyrelsens plan 2022–2024 is a decided plan; the document gives its body, not its date.
        const summary = await importPlanText(tx, {
          organisationId: result.organisationId,
          text,
          sourceName: basename(NORRBOTTEN_PLAN),
          dryRun: false,
          decided: { body: 'RS', date: null },
        });
        result.planId = summary.planId ?? undefined;
        Object.assign(result, await seedSkaneRoadmap(tx));
      }
    }
    if ((await countUsers(tx)) === 0) {
      const orgs = await allOrganisationIds(tx);
      const password = config.adminPassword ?? generatePassword();
      const [first, ...rest] = orgs;
      if (first) {
        const userId = await createUser(tx, {
          email: config.adminEmail,
          name: 'Administratör',
          password,
          mustChange: !config.adminPassword,
          organisationId: first.id,
          role: 'admin',
        });
        for (const o of rest) await upsertMembership(tx, userId, o.id, 'admin');
        await setInstallationAdmin(tx, userId, true);
        result.admin = { email: config.adminEmail, password, generated: !config.adminPassword };
      }
    }
    return result;
  });
}

/** Region Skåne (balanced scorecard model of 2002) holding its strategic map from seed 002. */
async function seedSkaneRoadmap(tx: Tx): Promise<Pick<FirstStart, 'skaneOrganisationId' | 'roadmapId'>> {
  // Another seed may already have made Region Skåne in this first start; the map joins it then.
  let skaneOrganisationId = (await findOrganisationBySlug(tx, 'region-skane'))?.id;
  if (skaneOrganisationId === undefined) {
    skaneOrganisationId = await insertOrganisationWithModel(tx, SYSTEM, {
      slug: 'region-skane',
      name: 'Region Skåne',
      koladaId: '0012',
      language: 'sv',
      model: getTemplate('skane-2002'),
      templateKey: 'skane-2002',
    });
  }
  const text = readFileSync(SKANE_ROADMAP, 'utf8');
  const { roadmapId } = await importRoadmapText(tx, { organisationId: skaneOrganisationId, text, sourceName: basename(SKANE_ROADMAP) });
  return { skaneOrganisationId, roadmapId };
}
