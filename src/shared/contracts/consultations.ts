/**
 * Consultation rounds (remiss / høring, src/server/modules/consultations): the region sends, follows,
 * closes, reads, reviews and publishes a round; each invited party answers through its own link
 * without an account; a published round is public. Outside scripts call this API too (issue 16):
 * its URLs and JSON stay as they are.
 */
import { z } from 'zod';
import { STANCES } from '../../domain/consultation/stance';
import { defineEndpoints } from '../endpoint';
import { fileBody, idParam, langSchema } from './common';

const text = (max: number) => z.string().trim().min(1).max(max);

export const createConsultationBody = z.object({
  organisationId: z.number().int().positive(),
  title: text(300),
  letter: text(50_000),
  deadline: z.iso.datetime({ offset: true }).or(z.iso.date()),
  questions: z.array(z.object({ text: text(2000), subQuestions: z.array(text(2000)).max(20).optional() })).min(1).max(50),
  invitees: z.array(z.object({ name: text(300), email: z.email().max(320) })).min(1).max(500),
  planId: z.number().int().positive().optional(),
  /** The parts under consultation: plan nodes (by id) or titles of their own. */
  parts: z.array(z.object({ nodeId: z.number().int().positive().optional(), title: z.string().trim().max(500).optional() })).max(100).optional(),
});
export type CreateConsultationBody = z.infer<typeof createConsultationBody>;

/** A question or part named in an answer: its id, `id:<id>`, or its position's label. */
export const ref = z.union([z.number().int(), z.string().max(40)]);

export const answerBody = z.object({
  respondent: z.object({ name: text(300), email: z.email().max(320) }),
  answers: z
    .array(z.object({ question: ref, part: ref.nullable().optional(), stance: z.enum(STANCES).nullable().optional(), text: z.string().max(50_000).default('') }))
    .max(1000),
  submit: z.boolean().default(false),
  /** After submitting, a change is a new version: say so with `newVersion: true`. */
  newVersion: z.boolean().default(false),
});
export type AnswerBody = z.infer<typeof answerBody>;

export const reviewBody = z.object({
  invitationId: z.number().int().positive(),
  questionId: z.number().int().positive(),
  partId: z.number().int().positive().nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  response: z.string().max(20_000).default(''),
  ledToChange: z.boolean().default(false),
  /** The plan edit the point led to: an audit entry of the consultation's plan. */
  changeAuditId: z.number().int().positive().nullable().optional(),
  changeDescription: z.string().max(2000).nullable().optional(),
});
export type ReviewBody = z.infer<typeof reviewBody>;

const stanceSchema = z.enum(STANCES);
const personSchema = z.object({ name: z.string(), email: z.string() });

export const createdConsultationSchema = z.object({
  id: z.number(),
  /** One link per invited party: the token is its whole credential. */
  invitations: z.array(z.object({ invitee: personSchema, invitationId: z.number(), token: z.string(), url: z.string() })),
});

export const consultationQuestionSchema = z.object({
  id: z.number(),
  position: z.number(),
  text: z.string(),
  subQuestions: z.array(z.string()),
  summary: z.string().nullable(),
});

export const consultationPartSchema = z.object({ id: z.number(), position: z.number(), nodeId: z.number().nullable(), title: z.string() });

export const answerViewSchema = z.object({ questionId: z.number(), partId: z.number().nullable(), stance: stanceSchema.nullable(), text: z.string() });

export const attachmentViewSchema = z.object({ id: z.number(), fileName: z.string(), kind: z.enum(['pdf', 'docx']), size: z.number() });

export const responseVersionSchema = z.object({
  version: z.number(),
  respondent: personSchema,
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  answers: z.array(answerViewSchema),
  attachments: z.array(attachmentViewSchema),
});

/** What a respondent sees through their link. */
export const invitationViewSchema = z.object({
  consultation: z.object({ title: z.string(), letter: z.string(), deadline: z.string(), organisation: z.string(), language: langSchema }),
  party: z.string(),
  questions: z.array(consultationQuestionSchema),
  parts: z.array(consultationPartSchema),
  /** The latest version of this party's answer (draft or submitted), if any. */
  response: responseVersionSchema.nullable(),
});

export const reviewViewSchema = z.object({
  invitationId: z.number(),
  questionId: z.number(),
  partId: z.number().nullable(),
  tags: z.array(z.string()),
  response: z.string(),
  ledToChange: z.boolean(),
  changeAuditId: z.number().nullable(),
  changeDescription: z.string().nullable(),
});

export const partyViewSchema = z.object({
  invitationId: z.number(),
  party: z.string(),
  email: z.string(),
  withdrawn: z.boolean(),
  /** The latest submitted version, which the region reads; null: not answered. */
  submitted: responseVersionSchema.nullable(),
  /** How many versions were submitted (a change after submitting is a new one). */
  submittedVersions: z.number(),
});

/** The region's view of a round (GET /api/consultations/:id). */
export const consultationViewSchema = z.object({
  id: z.number(),
  organisationId: z.number(),
  planId: z.number().nullable(),
  title: z.string(),
  letter: z.string(),
  deadline: z.string(),
  closedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** After the deadline or when closed: answers can be reviewed and published. */
  ended: z.boolean(),
  questions: z.array(consultationQuestionSchema),
  parts: z.array(consultationPartSchema),
  parties: z.array(partyViewSchema),
  reviews: z.array(reviewViewSchema),
});

/** A published round as anyone sees it: no party's address, and the respondent's address blank. */
export const publicConsultationViewSchema = consultationViewSchema.extend({ parties: z.array(partyViewSchema.omit({ email: true })) });

export const consultationListItemSchema = z.object({
  id: z.number(),
  title: z.string(),
  deadline: z.string(),
  closedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  invited: z.number(),
  answered: z.number(),
});

/** An edit of the consultation's plan (an audit entry) that a point can be linked to. */
export const planChangeSchema = z.object({ id: z.number(), objectType: z.string(), objectId: z.number(), action: z.string(), at: z.string(), title: z.string().nullable() });

export type Stance = z.infer<typeof stanceSchema>;
export type CreatedConsultation = z.infer<typeof createdConsultationSchema>;
export type ConsultationQuestion = z.infer<typeof consultationQuestionSchema>;
export type ConsultationPart = z.infer<typeof consultationPartSchema>;
export type AnswerView = z.infer<typeof answerViewSchema>;
export type AttachmentView = z.infer<typeof attachmentViewSchema>;
export type ResponseVersion = z.infer<typeof responseVersionSchema>;
export type InvitationView = z.infer<typeof invitationViewSchema>;
export type ReviewView = z.infer<typeof reviewViewSchema>;
export type PartyView = z.infer<typeof partyViewSchema>;
export type ConsultationView = z.infer<typeof consultationViewSchema>;
export type PublicConsultationView = z.infer<typeof publicConsultationViewSchema>;
export type ConsultationListItem = z.infer<typeof consultationListItemSchema>;
export type PlanChange = z.infer<typeof planChangeSchema>;

/** The content types of the files this API sends and takes: the notat and a response's attachments. */
export const CONSULTATION_FILE_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;
const docx = { response: fileBody, produces: { [CONSULTATION_FILE_TYPES.docx]: fileBody } };
const pdf = { response: fileBody, produces: { [CONSULTATION_FILE_TYPES.pdf]: fileBody } };
const pdfOrDocx = { response: fileBody, produces: { [CONSULTATION_FILE_TYPES.pdf]: fileBody, [CONSULTATION_FILE_TYPES.docx]: fileBody } };

const params = z.object({ id: idParam });
const tokenParams = z.object({ token: z.string().max(200) });
const langQuery = z.object({ lang: langSchema.optional().describe('sv, da eller en; utan: organisationens språk') });
const tags = ['consultations'];
/** Answered without a session: the party's link (its token) or a published round. */
const open = { security: [] as [] };

export const consultationEndpoints = defineEndpoints({
  'POST /api/consultations': {
    tags,
    summary: 'Skicka en remiss: brev, delar, frågor och remissinstanser (en länk var)',
    body: createConsultationBody,
    response: createdConsultationSchema,
    status: 201,
  },
  'GET /api/organisations/:id/consultations': { tags, summary: 'Organisationens remisser', params, response: z.array(consultationListItemSchema) },
  'GET /api/consultations/:id': {
    tags,
    summary: 'Remissen med remissvaren (senast inskickade version per instans) och regionens kommentarer',
    params,
    response: consultationViewSchema,
  },
  'POST /api/consultations/:id/close': { tags, summary: 'Stäng remissen: länkarna slutar gälla', params, response: consultationViewSchema },
  'POST /api/consultations/:id/invitations/:invitationId/withdraw': {
    tags,
    summary: 'Återkalla en remissinstans länk',
    params: params.extend({ invitationId: idParam }),
    response: z.null(),
    status: 204,
  },
  'PUT /api/consultations/:id/reviews': {
    tags,
    summary: 'Regionens kommentar till en punkt: taggar, svar, ledde till ändring (länkad till ändringen)',
    params,
    body: reviewBody,
    response: consultationViewSchema,
  },
  'PUT /api/consultations/:id/questions/:questionId/summary': {
    tags,
    summary: 'Sammanfattning av svaren på en fråga',
    params: params.extend({ questionId: idParam }),
    body: z.object({ summary: z.string().max(20_000) }),
    response: consultationViewSchema,
  },
  'POST /api/consultations/:id/publish': {
    tags,
    summary: 'Publicera svaren och remissammanställningen (efter sista svarsdag)',
    params,
    response: consultationViewSchema,
  },
  'GET /api/consultations/:id/plan-changes': { tags, summary: 'Planens senaste ändringar, att länka en synpunkt till', params, response: z.array(planChangeSchema) },
  'GET /api/consultations/:id/attachments/:attachmentId': {
    tags,
    summary: 'En bilaga till ett remissvar (PDF eller Word)',
    params: params.extend({ attachmentId: idParam }),
    ...pdfOrDocx,
  },
  'GET /api/consultations/:id/summary.docx': { tags, summary: 'Remissammanställningen (høringsnotat) som DOCX', params, query: langQuery, ...docx },
  'GET /api/consultations/:id/summary.pdf': { tags, summary: 'Remissammanställningen (høringsnotat) som PDF', params, query: langQuery, ...pdf },

  'GET /api/consultation-invitations/:token': { tags, ...open, summary: 'Remissen för en remissinstans (utan konto)', params: tokenParams, response: invitationViewSchema },
  'PUT /api/consultation-invitations/:token/answer': {
    tags,
    ...open,
    summary: 'Spara eller skicka in remissvaret (utan konto)',
    params: tokenParams,
    body: answerBody,
    response: responseVersionSchema,
  },
  'POST /api/consultation-invitations/:token/attachments': {
    tags,
    ...open,
    summary: 'Bifoga en PDF- eller Word-fil till utkastet (filen som request body, namnet i ?name=)',
    params: tokenParams,
    query: z.object({ name: z.string().max(300) }),
    consumes: ['application/octet-stream', CONSULTATION_FILE_TYPES.pdf, CONSULTATION_FILE_TYPES.docx],
    response: attachmentViewSchema,
    status: 201,
  },

  'GET /api/public/consultations/:id': { tags, ...open, summary: 'En publicerad remiss med remissvaren', params, response: publicConsultationViewSchema },
  'GET /api/public/consultations/:id/summary.docx': { tags, ...open, summary: 'Den publicerade remissammanställningen som DOCX', params, query: langQuery, ...docx },
  'GET /api/public/consultations/:id/summary.pdf': { tags, ...open, summary: 'Den publicerade remissammanställningen som PDF', params, query: langQuery, ...pdf },
});
