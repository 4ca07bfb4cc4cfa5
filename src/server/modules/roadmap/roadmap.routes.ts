import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANGS } from '../../../domain/i18n/lang';
import { roadmapEndpoints as e } from '../../../shared/contracts/roadmap';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { fileResponse } from '../../http/file-response';
import { requireActor } from '../../http/session';
import { exportDocx, exportPdf, exportSvg } from './roadmap-export.service';
import {
  addEdge,
  assignMilestoneOwner,
  compareVersions,
  createMilestone,
  createNextVersion,
  deleteEdge,
  deleteMilestone,
  getRoadmapVersion,
  linkMilestone,
  linkTargets,
  listRoadmaps,
  reportStatus,
  unlinkMilestone,
  updateMilestone,
} from './roadmap.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The strategic map: read a version, edit milestones and arrows, follow up, revise yearly, compare, export (contracts: src/shared/contracts/roadmap.ts). */
export async function roadmapRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/roadmaps'], async (req) => listRoadmaps(db, requireActor(req)));
  endpointRoute(api, e['GET /api/roadmap-versions/:versionId'], async (req) => getRoadmapVersion(db, requireActor(req), req.params.versionId));
  endpointRoute(api, e['POST /api/roadmap-versions/:versionId/milestones'], async (req) => createMilestone(db, requireActor(req), req.params.versionId, req.body));
  endpointRoute(api, e['PUT /api/roadmap-milestones/:milestoneId'], async (req) => {
    await updateMilestone(db, requireActor(req), req.params.milestoneId, req.body);
    return null;
  });
  endpointRoute(api, e['DELETE /api/roadmap-milestones/:milestoneId'], async (req) => {
    await deleteMilestone(db, requireActor(req), req.params.milestoneId);
    return null;
  });
  endpointRoute(api, e['POST /api/roadmap-milestones/:milestoneId/status'], async (req) => {
    await reportStatus(db, requireActor(req), req.params.milestoneId, req.body);
    return null;
  });
  endpointRoute(api, e['PUT /api/roadmap-milestones/:milestoneId/owner'], async (req) => {
    await assignMilestoneOwner(db, requireActor(req), req.params.milestoneId, req.body.userId);
    return null;
  });
  endpointRoute(api, e['POST /api/roadmap-milestones/:milestoneId/links'], async (req) => {
    await linkMilestone(db, requireActor(req), req.params.milestoneId, req.body);
    return null;
  });
  endpointRoute(api, e['DELETE /api/roadmap-milestones/:milestoneId/links'], async (req) => {
    await unlinkMilestone(db, requireActor(req), req.params.milestoneId, req.query);
    return null;
  });
  endpointRoute(api, e['GET /api/roadmap-versions/:versionId/link-targets'], async (req) => linkTargets(db, requireActor(req), req.params.versionId));
  endpointRoute(api, e['POST /api/roadmap-versions/:versionId/edges'], async (req) => addEdge(db, requireActor(req), req.params.versionId, req.body));
  endpointRoute(api, e['DELETE /api/roadmap-edges/:edgeId'], async (req) => {
    await deleteEdge(db, requireActor(req), req.params.edgeId);
    return null;
  });
  endpointRoute(api, e['POST /api/roadmaps/:roadmapId/versions'], async (req) => createNextVersion(db, requireActor(req), req.params.roadmapId, req.body));
  endpointRoute(api, e['GET /api/roadmap-compare'], async (req) => compareVersions(db, requireActor(req), req.query.before, req.query.after));

  // Files: outside the JSON contracts, their content type declared in the OpenAPI document.
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['roadmap'];
  const params = z.object({ versionId: z.coerce.number().int().positive() });
  const file = (name: string, type: string) => ({ 'content-type': type, 'content-disposition': `attachment; filename="${name}"` });
  const lang = z.object({ lang: z.enum(LANGS).default('sv').describe('Kartans egna ord (kolumner, status) på sv, da eller en') });
  const svg = 'image/svg+xml; charset=utf-8';
  r.get(
    '/roadmap-versions/:versionId/map.svg',
    { schema: { tags, summary: 'Kartan som SVG', params, querystring: lang, response: fileResponse('image/svg+xml', 'Kartan som SVG-bild') } },
    async (req, reply) => reply.headers(file(`strategisk-karta-${req.params.versionId}.svg`, svg)).send(await exportSvg(db, requireActor(req), req.params.versionId, req.query.lang)),
  );
  r.get(
    '/roadmap-versions/:versionId/map.pdf',
    { schema: { tags, summary: 'Kartan som PDF', params, querystring: lang, response: fileResponse('application/pdf', 'Kartan som PDF') } },
    async (req, reply) => reply.headers(file(`strategisk-karta-${req.params.versionId}.pdf`, 'application/pdf')).send(await exportPdf(db, requireActor(req), req.params.versionId, req.query.lang)),
  );
  r.get(
    '/roadmap-versions/:versionId/tabell-1.docx',
    { schema: { tags, summary: 'Tabell 1 som Word-dokument', params, querystring: lang, response: fileResponse(DOCX, 'Tabell 1 som Word-dokument') } },
    async (req, reply) => reply.headers(file(`tabell-1-${req.params.versionId}.docx`, DOCX)).send(await exportDocx(db, requireActor(req), req.params.versionId, req.query.lang)),
  );
}
