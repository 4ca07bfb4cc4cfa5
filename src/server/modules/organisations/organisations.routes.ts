import type { FastifyInstance } from 'fastify';
import { GOVERNANCE_TEMPLATES } from '../../../domain/model/templates';
import { isLang } from '../../../domain/i18n/lang';
import { organisationEndpoints as e } from '../../../shared/contracts/organisations';
import { planImportEndpoints } from '../../../shared/contracts/plan-import';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { translateMessage } from '../../http/messages';
import { authorize, requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import { importPlanText } from '../plan-import/plan-import.service';
import { listPlans } from '../plans/plans.queries';
import { toPlanSummary } from '../plans/plans.service';
import { createOrganisation, getModelUsage, listInstallationOrganisations, listMyOrganisations, saveGovernanceModel } from './organisations.service';

/** Organisations, their governance models and plans, and plan import (contracts: src/shared/contracts/organisations.ts, plan-import.ts). */
export async function organisationRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/organisations'], async (request) => listMyOrganisations(db, requireActor(request)));
  endpointRoute(api, e['GET /api/governance-templates'], async (request) => {
    requireActor(request);
    return [...GOVERNANCE_TEMPLATES];
  });
  endpointRoute(api, e['POST /api/organisations'], async (request) => createOrganisation(db, requireActor(request), request.body));
  endpointRoute(api, e['GET /api/installation/organisations'], async (request) => listInstallationOrganisations(db, requireActor(request)));
  endpointRoute(api, e['GET /api/organisations/:orgId/governance-model/usage'], async (request) =>
    getModelUsage(db, requireActor(request), request.params.orgId),
  );
  endpointRoute(api, e['PUT /api/organisations/:orgId/governance-model'], async (request) =>
    saveGovernanceModel(db, requireActor(request), request.params.orgId, request.body, expectedVersion(request)),
  );
  endpointRoute(api, e['GET /api/organisations/:orgId/plans'], async (request) => {
    authorize(requireActor(request), 'plan:read', { organisationId: request.params.orgId });
    return (await listPlans(db, request.params.orgId)).map(toPlanSummary);
  });
  endpointRoute(api, planImportEndpoints['POST /api/organisations/:orgId/plans/import'], async (request) => {
    authorize(requireActor(request), 'plan:import', { organisationId: request.params.orgId });
    const { text, fileName, dryRun, lang } = request.body;
    const summary = await importPlanText(db, { organisationId: request.params.orgId, text, sourceName: fileName, dryRun, lang: isLang(lang) ? lang : undefined });
    // The importer's warnings (catalogue texts) in the reader's language; its refusals go through the error handler.
    return { ...summary, warnings: summary.warnings.map((w) => ({ ...w, message: translateMessage(w.message, request.lang) })) };
  });
}
