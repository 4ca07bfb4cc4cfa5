/**
 * Every endpoint that has a contract, by key (`'GET /api/measures/:measureId'`). The server
 * registers each module's routes from its own contract file; the web calls them through
 * `api.call(key, …)` and imports this file only as a type. A module whose routes are converted
 * adds its map here and its tag to CONTRACT_TAGS (endpoint-contracts.int.test.ts checks both).
 */
import { assignmentEndpoints } from './assignments';
import { authEndpoints } from './auth';
import { documentEndpoints } from './documents';
import { extractionEndpoints } from './extraction';
import { measureEndpoints } from './measures';
import { oidcEndpoints } from './oidc';
import { orgExportEndpoints } from './org-export';
import { organisationEndpoints } from './organisations';
import { planImportEndpoints } from './plan-import';
import { planEndpoints } from './plans';
import { publicationEndpoints } from './publication';
import { userEndpoints } from './users';

export const apiEndpoints = {
  ...planEndpoints,
  ...measureEndpoints,
  ...organisationEndpoints,
  ...planImportEndpoints,
  ...assignmentEndpoints,
  ...extractionEndpoints,
  ...userEndpoints,
  ...authEndpoints,
  ...oidcEndpoints,
  ...publicationEndpoints,
  ...orgExportEndpoints,
  ...documentEndpoints,
};

export type ApiEndpoints = typeof apiEndpoints;
export type ApiEndpointKey = keyof ApiEndpoints;

/** OpenAPI tags whose every operation answers by a contract (a declared success response schema). */
export const CONTRACT_TAGS = ['plans', 'measures', 'organisations', 'assignments', 'extraction', 'users', 'auth', 'publication', 'public', 'export', 'documents'];
