import { z } from 'zod';
import { STANCES } from '../domain/consultation/stance';

/** Request and response shapes of consultation rounds (høring / remiss), shared by the routes and the web. */

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

export type Stance = (typeof STANCES)[number];

export interface CreatedConsultation {
  id: number;
  invitations: { invitee: { name: string; email: string }; invitationId: number; token: string; url: string }[];
}

export interface ConsultationQuestion {
  id: number;
  position: number;
  text: string;
  subQuestions: string[];
  summary: string | null;
}

export interface ConsultationPart {
  id: number;
  position: number;
  nodeId: number | null;
  title: string;
}

/** What a respondent sees through their link. */
export interface InvitationView {
  consultation: { title: string; letter: string; deadline: string; organisation: string; language: 'sv' | 'da' | 'en' };
  party: string;
  questions: ConsultationQuestion[];
  parts: ConsultationPart[];
  /** The latest version of this party's answer (draft or submitted), if any. */
  response: ResponseVersion | null;
}

export interface AnswerView {
  questionId: number;
  partId: number | null;
  stance: Stance | null;
  text: string;
}

export interface AttachmentView {
  id: number;
  fileName: string;
  kind: 'pdf' | 'docx';
  size: number;
}

export interface ResponseVersion {
  version: number;
  respondent: { name: string; email: string };
  submittedAt: string | null;
  updatedAt: string;
  answers: AnswerView[];
  attachments: AttachmentView[];
}

export interface ReviewView {
  invitationId: number;
  questionId: number;
  partId: number | null;
  tags: string[];
  response: string;
  ledToChange: boolean;
  changeAuditId: number | null;
  changeDescription: string | null;
}

export interface PartyView {
  invitationId: number;
  party: string;
  email: string;
  withdrawn: boolean;
  /** The latest submitted version, which the region reads; null: not answered. */
  submitted: ResponseVersion | null;
  /** How many versions were submitted (a change after submitting is a new one). */
  submittedVersions: number;
}

/** The region's view of a round (GET /api/consultations/:id). */
export interface ConsultationView {
  id: number;
  organisationId: number;
  planId: number | null;
  title: string;
  letter: string;
  deadline: string;
  closedAt: string | null;
  publishedAt: string | null;
  /** After the deadline or when closed: answers can be reviewed and published. */
  ended: boolean;
  questions: ConsultationQuestion[];
  parts: ConsultationPart[];
  parties: PartyView[];
  reviews: ReviewView[];
}

export interface ConsultationListItem {
  id: number;
  title: string;
  deadline: string;
  closedAt: string | null;
  publishedAt: string | null;
  invited: number;
  answered: number;
}

/** An edit of the consultation's plan (an audit entry) that a point can be linked to. */
export interface PlanChange {
  id: number;
  objectType: string;
  objectId: number;
  action: string;
  at: string;
  title: string | null;
}
