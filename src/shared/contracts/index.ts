/**
 * Every endpoint that has a contract, by key (`'GET /api/measures/:measureId'`). The server
 * registers each module's routes from its own contract file; the web calls them through
 * `api.call(key, …)` and imports this file only as a type. A module whose routes are converted
 * adds its map here and its tag to CONTRACT_TAGS (endpoint-contracts.int.test.ts checks both).
 */
import { assignmentEndpoints } from './assignments';
import { measureEndpoints } from './measures';
import { organisationEndpoints } from './organisations';
import { planImportEndpoints } from './plan-import';
import { planEndpoints } from './plans';
import { valueImportEndpoints } from './value-import';

export const apiEndpoints = {
  ...planEndpoints,
  ...measureEndpoints,
  ...organisationEndpoints,
  ...planImportEndpoints,
  ...assignmentEndpoints,
  ...valueImportEndpoints,
};

export type ApiEndpoints = typeof apiEndpoints;
export type ApiEndpointKey = keyof ApiEndpoints;

/** OpenAPI tags whose every operation answers by a contract (a declared success response schema). */
export const CONTRACT_TAGS = ['plans', 'measures', 'organisations', 'assignments', 'value-import'];
