import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JUDGEMENT_CODES, MAX_TEXT_LENGTH } from '../../../domain/followup';
import type { AppDeps } from '../../app';
import { expectedVersion } from '../../http/versions';
import { requireActor } from '../../http/session';
import { getMissing } from './followup-missing.service';
import { getReminderSettings, setReminderSettings } from './reminder-settings.service';
import { assignNodeOwner, getApprovedJudgements, getFollowup, saveJudgement, setPeriodDeadline, transitionJudgement } from './followup.service';

const planParams = z.object({ planId: z.coerce.number().int().positive() });
const judgementParams = planParams.extend({ period: z.string().min(1), nodeId: z.coerce.number().int().positive() });
const text = (what: string) => z.string().max(MAX_TEXT_LENGTH, `${what} får vara högst ${MAX_TEXT_LENGTH} tecken`);

/** The follow-up cycle: judgements of goals and success factors per period, owners, deadlines and what is missing. */
export async function followupRoutes(api: FastifyInstance, { db, config }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const orgParams = z.object({ orgId: z.coerce.number().int().positive() });
  r.get(
    '/organisations/:orgId/reminder-settings',
    { schema: { tags: ['followup'], summary: 'Hur många dagar före sista dag ansvariga påminns (organisationens eller installationens)', params: orgParams } },
    async (request) => getReminderSettings(db, requireActor(request), request.params.orgId, config.reminderDays),
  );
  r.put(
    '/organisations/:orgId/reminder-settings',
    {
      schema: {
        tags: ['followup'],
        summary: 'Ändra organisationens påminnelsedagar (null: installationens LEDSTJARNA_REMINDER_DAYS)',
        params: orgParams,
        body: z.object({ reminderDays: z.number().int().min(0).max(90).nullable() }),
      },
    },
    async (request) => setReminderSettings(db, requireActor(request), request.params.orgId, request.body.reminderDays, config.reminderDays),
  );
  r.get(
    '/plans/:planId/followup',
    {
      schema: {
        tags: ['followup'],
        summary: 'Uppföljningen för en period: förslag, bedömning, analys och åtgärder för varje mål och framgångsfaktor',
        params: planParams,
        querystring: z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ04') }),
      },
    },
    async (request) => getFollowup(db, requireActor(request), request.params.planId, request.query.period),
  );
  r.get(
    '/plans/:planId/followup/missing',
    {
      schema: {
        tags: ['followup'],
        summary: 'Vad saknas: värden, bedömningar, analyser och godkännanden per ansvarig och period',
        params: planParams,
        querystring: z.object({
          period: z.string().optional(),
          owner: z.coerce.number().int().nonnegative().optional().describe('Användar-id; 0 för det som saknar ansvarig'),
        }),
      },
    },
    async (request) => getMissing(db, requireActor(request), request.params.planId, request.query.period, request.query.owner),
  );
  r.get(
    '/plans/:planId/followup/approved',
    {
      schema: {
        tags: ['followup'],
        summary: 'Godkända bedömningar för en period, per nod (för styrkortet)',
        params: planParams,
        querystring: z.object({ period: z.string().min(1, 'Ange period') }),
      },
    },
    async (request) => getApprovedJudgements(db, requireActor(request), request.params.planId, request.query.period),
  );
  r.put(
    '/plans/:planId/followup/:period/nodes/:nodeId/judgement',
    {
      schema: {
        tags: ['followup'],
        summary: 'Spara en bedömning som utkast',
        params: judgementParams,
        body: z.object({
          judgement: z.enum(JUDGEMENT_CODES as [string, ...string[]], { message: 'Bedömningen ska vara met, partly, not-met eller not-assessed' }).nullable(),
          analysis: text('Analysen').default(''),
          actions: text('Åtgärderna').default(''),
          version: z.number().int().min(0).optional(),
        }),
      },
    },
    async (request) =>
      saveJudgement(db, requireActor(request), request.params.planId, request.params.period, request.params.nodeId, {
        ...request.body,
        version: expectedVersion(request, request.body.version),
        judgement: request.body.judgement as (typeof JUDGEMENT_CODES)[number] | null,
      }),
  );
  r.post(
    '/plans/:planId/followup/:period/nodes/:nodeId/judgement/:action',
    {
      schema: {
        tags: ['followup'],
        summary: 'Skicka in, godkänn eller skicka tillbaka en bedömning',
        params: judgementParams.extend({ action: z.enum(['submit', 'approve', 'return'], { message: 'Åtgärden ska vara submit, approve eller return' }) }),
        body: z
          .object({
            comment: z.string().max(MAX_TEXT_LENGTH).optional(),
            // With submit: the content to save and submit at once; refused, nothing is saved.
            content: z
              .object({
                judgement: z.enum(JUDGEMENT_CODES as [string, ...string[]], { message: 'Bedömningen ska vara met, partly, not-met eller not-assessed' }).nullable(),
                analysis: text('Analysen').default(''),
                actions: text('Åtgärderna').default(''),
              })
              .optional(),
          })
          .default({}),
      },
    },
    async (request) => {
      const c = request.body.content;
      const content = c ? { ...c, judgement: c.judgement as (typeof JUDGEMENT_CODES)[number] | null } : undefined;
      return transitionJudgement(db, requireActor(request), request.params.planId, request.params.period, request.params.nodeId, request.params.action, request.body.comment, content);
    },
  );
  r.put(
    '/plan-nodes/:nodeId/owner',
    {
      schema: {
        tags: ['followup'],
        summary: 'Ange vem som är ansvarig för att följa upp ett mål eller en framgångsfaktor',
        params: z.object({ nodeId: z.coerce.number().int().positive() }),
        body: z.object({ userId: z.number().int().positive().nullable() }),
      },
    },
    async (request) => assignNodeOwner(db, requireActor(request), request.params.nodeId, request.body.userId),
  );
  r.put(
    '/plans/:planId/followup/periods/:period',
    {
      schema: {
        tags: ['followup'],
        summary: 'Ändra sista dag för en period (null: standarddatum)',
        params: planParams.extend({ period: z.string().min(1) }),
        body: z.object({ deadline: z.string().nullable() }),
      },
    },
    async (request) => setPeriodDeadline(db, requireActor(request), request.params.planId, request.params.period, request.body.deadline),
  );
}
