/** An organisation's whole data as a ZIP of JSON and CSV, for its administrators (src/server/modules/org-export). */
import { defineEndpoints } from '../endpoint';
import { fileBody, orgParams } from './common';

export const orgExportEndpoints = defineEndpoints({
  'GET /api/organisations/:orgId/export': {
    tags: ['export'],
    summary: 'Hela organisationens data som ZIP med JSON och CSV (administratör)',
    params: orgParams,
    response: fileBody,
    produces: { 'application/zip': fileBody },
  },
});
