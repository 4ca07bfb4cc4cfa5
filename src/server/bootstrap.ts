import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db } from '../db/client';
import { getTemplate } from '../domain/model/templates';
import type { Config } from './config';
import { createUser, generatePassword } from './modules/auth/auth.service';
import { countUsers, upsertMembership } from './modules/auth/auth.queries';
import { allOrganisationIds, countOrganisations, insertGovernanceModel, insertOrganisation } from './modules/organisations/organisations.queries';
import { importPlanText } from './modules/plan-import/plan-import.service';

/** Region Norrbotten's board plan 2022–2024 (seed 001), shipped with the app and loaded on first start. */
export const NORRBOTTEN_PLAN = join(process.cwd(), 'data', 'seeds', 'norrbotten-regionstyrelsens-plan-2022-2024.txt');

export interface FirstStart {
  organisationId?: number;
  planId?: number;
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
      const template = getTemplate('norrbotten');
      const modelId = await insertGovernanceModel(tx, 'region-norrbotten', template.key, template);
      result.organisationId = await insertOrganisation(tx, {
        slug: 'region-norrbotten',
        name: 'Region Norrbotten',
        koladaId: '0025',
        defaultLang: 'sv',
        country: 'SE',
        governanceModelId: modelId,
      });
      if (config.seed) {
        const text = readFileSync(NORRBOTTEN_PLAN, 'utf8');
        const summary = await importPlanText(tx, { organisationId: result.organisationId, text, sourceName: basename(NORRBOTTEN_PLAN), dryRun: false });
        result.planId = summary.planId ?? undefined;
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
        result.admin = { email: config.adminEmail, password, generated: !config.adminPassword };
      }
    }
    return result;
  });
}
