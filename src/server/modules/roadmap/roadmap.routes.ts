import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANGS } from '../../../domain/i18n/lang';
import { EFFECT_TAGS, MILESTONE_STATUSES } from '../../../domain/roadmap/types';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { exportDocx, exportPdf, exportSvg } from './roadmap-export.service';
import {
  assignMilestoneOwner,
  addEdge,
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

const id = z.coerce.number().int().positive();
const year = z.number().int().min(1990, 'Året ska vara 1990 eller senare.').max(2100, 'Året ska vara 2100 eller tidigare.');
const milestoneBody = z.object({
  focusAreaKey: z.string().min(1, 'Välj insatsområde.'),
  title: z.string().trim().min(1, 'Ange milstolpens namn.').max(300),
  year: year.nullable().describe('Året milstolpen ska vara uppnådd; null = inväntar tidplan'),
  description: z.string().max(5000).default(''),
  criterion: z.string().max(2000).default('').describe('Hur man ser att milstolpen är uppnådd'),
  effects: z
    .array(z.object({ text: z.string().trim().min(1, 'Beskriv effekten.').max(1000), tags: z.array(z.enum(EFFECT_TAGS)).max(3) }))
    .max(50)
    .default([]),
});
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The strategic map: read a version, edit milestones and arrows, follow up, revise yearly, compare, export. */
export async function roadmapRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['roadmap'];
  r.get('/roadmaps', { schema: { tags, summary: 'Strategiska kartor i användarens organisationer, med versioner' } }, async (req) => listRoadmaps(db, requireActor(req)));
  r.get(
    '/roadmap-versions/:versionId',
    { schema: { tags, summary: 'En version av kartan: insatsområden, milstolpar, effekter, pilar, status', params: z.object({ versionId: id }) } },
    async (req) => getRoadmapVersion(db, requireActor(req), req.params.versionId),
  );
  r.post(
    '/roadmap-versions/:versionId/milestones',
    { schema: { tags, summary: 'Ny milstolpe', params: z.object({ versionId: id }), body: milestoneBody } },
    async (req, reply) => reply.status(201).send(await createMilestone(db, requireActor(req), req.params.versionId, req.body)),
  );
  r.put(
    '/roadmap-milestones/:milestoneId',
    { schema: { tags, summary: 'Ändra en milstolpe', params: z.object({ milestoneId: id }), body: milestoneBody } },
    async (req, reply) => {
      await updateMilestone(db, requireActor(req), req.params.milestoneId, req.body);
      return reply.status(204).send();
    },
  );
  r.delete('/roadmap-milestones/:milestoneId', { schema: { tags, summary: 'Ta bort en milstolpe', params: z.object({ milestoneId: id }) } }, async (req, reply) => {
    await deleteMilestone(db, requireActor(req), req.params.milestoneId);
    return reply.status(204).send();
  });
  r.post(
    '/roadmap-milestones/:milestoneId/status',
    {
      schema: {
        tags,
        summary: 'Rapportera status för en period, med kommentar',
        params: z.object({ milestoneId: id }),
        body: z.object({
          period: z.string().min(1, 'Välj period.'),
          status: z.enum(MILESTONE_STATUSES),
          reachedOn: z.string().regex(ISO_DATE, 'Datum skrivs ÅÅÅÅ-MM-DD.').nullable().default(null),
          comment: z.string().max(4000).default(''),
        }),
      },
    },
    async (req, reply) => {
      await reportStatus(db, requireActor(req), req.params.milestoneId, req.body);
      return reply.status(204).send();
    },
  );
  r.put(
    '/roadmap-milestones/:milestoneId/owner',
    {
      schema: {
        tags,
        summary: 'Ange vem som ansvarar för en milstolpe (och rapporterar dess status)',
        params: z.object({ milestoneId: id }),
        body: z.object({ userId: z.number().int().positive().nullable() }),
      },
    },
    async (req, reply) => {
      await assignMilestoneOwner(db, requireActor(req), req.params.milestoneId, req.body.userId);
      return reply.status(204).send();
    },
  );
  r.post(
    '/roadmap-milestones/:milestoneId/links',
    {
      schema: {
        tags,
        summary: 'Koppla milstolpen till en del av planen eller ett mått',
        params: z.object({ milestoneId: id }),
        body: z.object({ planNodeId: z.number().int().positive().nullable().default(null), measureId: z.number().int().positive().nullable().default(null) }),
      },
    },
    async (req, reply) => {
      await linkMilestone(db, requireActor(req), req.params.milestoneId, req.body);
      return reply.status(204).send();
    },
  );
  r.delete(
    '/roadmap-milestones/:milestoneId/links',
    {
      schema: {
        tags,
        summary: 'Ta bort milstolpens koppling till en del av planen eller ett mått',
        params: z.object({ milestoneId: id }),
        querystring: z.object({ planNodeId: id.nullable().default(null), measureId: id.nullable().default(null) }),
      },
    },
    async (req, reply) => {
      await unlinkMilestone(db, requireActor(req), req.params.milestoneId, req.query);
      return reply.status(204).send();
    },
  );
  r.get(
    '/roadmap-versions/:versionId/link-targets',
    { schema: { tags, summary: 'Organisationens planer med delar och mått som milstolpar kan kopplas till', params: z.object({ versionId: id }) } },
    async (req) => linkTargets(db, requireActor(req), req.params.versionId),
  );
  r.post(
    '/roadmap-versions/:versionId/edges',
    {
      schema: {
        tags,
        summary: 'Rita en pil (409 om den skulle skapa en cirkel)',
        params: z.object({ versionId: id }),
        body: z.object({
          from: z.string().min(1),
          to: z.string().min(1),
          toGoal: z.boolean().default(false),
          kind: z.enum(['enables', 'leads-to']),
          because: z.string().max(2000).default(''),
        }),
      },
    },
    async (req, reply) => reply.status(201).send(await addEdge(db, requireActor(req), req.params.versionId, req.body)),
  );
  r.delete('/roadmap-edges/:edgeId', { schema: { tags, summary: 'Ta bort en pil', params: z.object({ edgeId: id }) } }, async (req, reply) => {
    await deleteEdge(db, requireActor(req), req.params.edgeId);
    return reply.status(204).send();
  });
  r.post(
    '/roadmaps/:roadmapId/versions',
    {
      schema: {
        tags,
        summary: 'Årets revision: en kopia av senaste (eller angiven) version',
        params: z.object({ roadmapId: id }),
        body: z.object({ year, basedOnVersionId: z.number().int().positive().optional() }),
      },
    },
    async (req, reply) => reply.status(201).send(await createNextVersion(db, requireActor(req), req.params.roadmapId, req.body)),
  );
  r.get(
    '/roadmap-compare',
    { schema: { tags, summary: 'Jämför två versioner', querystring: z.object({ before: id, after: id }) } },
    async (req) => compareVersions(db, requireActor(req), req.query.before, req.query.after),
  );
  const file = (name: string, type: string) => ({ 'content-type': type, 'content-disposition': `attachment; filename="${name}"` });
  const lang = z.object({ lang: z.enum(LANGS).default('sv').describe('Kartans egna ord (kolumner, status) på sv, da eller en') });
  r.get('/roadmap-versions/:versionId/map.svg', { schema: { tags, summary: 'Kartan som SVG', params: z.object({ versionId: id }), querystring: lang } }, async (req, reply) =>
    reply.headers(file(`strategisk-karta-${req.params.versionId}.svg`, 'image/svg+xml; charset=utf-8')).send(await exportSvg(db, requireActor(req), req.params.versionId, req.query.lang)),
  );
  r.get('/roadmap-versions/:versionId/map.pdf', { schema: { tags, summary: 'Kartan som PDF', params: z.object({ versionId: id }), querystring: lang } }, async (req, reply) =>
    reply.headers(file(`strategisk-karta-${req.params.versionId}.pdf`, 'application/pdf')).send(await exportPdf(db, requireActor(req), req.params.versionId, req.query.lang)),
  );
  r.get('/roadmap-versions/:versionId/tabell-1.docx', { schema: { tags, summary: 'Tabell 1 som Word-dokument', params: z.object({ versionId: id }), querystring: lang } }, async (req, reply) =>
    reply
      .headers(file(`tabell-1-${req.params.versionId}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))
      .send(await exportDocx(db, requireActor(req), req.params.versionId, req.query.lang)),
  );
}
