/**
 * Every endpoint that has a contract, by key (`'GET /api/measures/:measureId'`). The server
 * registers each module's routes from its own contract file; the web calls them through
 * `api.call(key, …)` and imports this file only as a type. A module whose routes are converted
 * adds its map here and its tag to CONTRACT_TAGS (endpoint-contracts.int.test.ts checks both).
 */
import { activityEndpoints } from './activities';
import { assignmentEndpoints } from './assignments';
import { auditEndpoints } from './audit';
import { authEndpoints } from './auth';
import { budgetEndpoints } from './budget';
import { consultationEndpoints } from './consultations';
import { dashboardEndpoints } from './dashboard';
import { documentEndpoints } from './documents';
import { equalityEndpoints } from './equality';
import { extractionEndpoints } from './extraction';
import { federationEndpoints } from './federations';
import { followupEndpoints } from './followup';
import { koladaEndpoints } from './kolada';
import { measureEndpoints } from './measures';
import { oidcEndpoints } from './oidc';
import { orgExportEndpoints } from './org-export';
import { organisationEndpoints } from './organisations';
import { planContentEndpoints } from './plan-content';
import { planEditorEndpoints } from './plan-editor';
import { planImportEndpoints } from './plan-import';
import { planEndpoints } from './plans';
import { publicationEndpoints } from './publication';
import { riskEndpoints } from './risks';
import { roadmapEndpoints } from './roadmap';
import { userEndpoints } from './users';
import { valueImportEndpoints } from './value-import';
import { workshopEndpoints } from './workshops';

export const apiEndpoints = {
  ...planEndpoints,
  ...measureEndpoints,
  ...organisationEndpoints,
  ...planImportEndpoints,
  ...assignmentEndpoints,
  ...extractionEndpoints,
  ...workshopEndpoints,
  ...federationEndpoints,
  ...auditEndpoints,
  ...planEditorEndpoints,
  ...followupEndpoints,
  ...riskEndpoints,
  ...budgetEndpoints,
  ...roadmapEndpoints,
  ...koladaEndpoints,
  ...equalityEndpoints,
  ...dashboardEndpoints,
  ...planContentEndpoints,
  ...activityEndpoints,
  ...userEndpoints,
  ...authEndpoints,
  ...oidcEndpoints,
  ...publicationEndpoints,
  ...orgExportEndpoints,
  ...documentEndpoints,
  ...valueImportEndpoints,
  ...consultationEndpoints,
};

export type ApiEndpoints = typeof apiEndpoints;
export type ApiEndpointKey = keyof ApiEndpoints;

/** OpenAPI tags whose every operation answers by a contract (a declared success response schema). */
export const CONTRACT_TAGS = [
  'plans',
  'measures',
  'organisations',
  'assignments',
  'extraction',
  'workshops',
  'federations',
  'audit',
  'plan nodes',
  'followup',
  'risks',
  'budget',
  'roadmap',
  'kolada',
  'equality',
  'dashboard',
  'plan content',
  'activities',
  'users',
  'auth',
  'publication',
  'public',
  'export',
  'documents',
  'value-import',
  'consultations',
];
