/**
 * The JSON shapes of the HTTP API, shared by the server (which produces them) and the
 * web app (which reads them). Types made with z.infer come from the endpoint contracts in
 * src/shared/contracts (one schema per request and response); the rest are still written by hand.
 */
import type { z } from 'zod';
import type { meSchema } from './contracts/auth';
import type { statusWithReasonSchema } from './contracts/common';
import type { organisationSummarySchema } from './contracts/organisations';
import type { importSummarySchema } from './contracts/plan-import';
import type { enterValueSchema, measureDetailSchema, measureValueSchema } from './contracts/measures';
import type { organisationUserSchema } from './contracts/users';
import type { assignmentSchema, measuresWithoutDirectionSchema, planSummarySchema, scorecardMeasureSchema, scorecardNodeSchema, scorecardSchema } from './contracts/plans';

export type Role = 'admin' | 'editor' | 'reporter' | 'reader';

export type { FulfilmentStatus } from '../domain/fulfilment/types';

/** The error body of every failing request. `details[].path` names the failing field. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    details?: { path: string; message: string }[];
  };
}

/** The signed-in person with their roles (GET /api/me). */
export type Me = z.infer<typeof meSchema>;

export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

export type PlanSummary = z.infer<typeof planSummarySchema>;

/** A computed status with the sentence (in every language) that says which rule decided it. */
export type StatusWithReason = z.infer<typeof statusWithReasonSchema>;

export type ScorecardMeasure = z.infer<typeof scorecardMeasureSchema>;

/** The editors' list of measures whose targets need a better direction nobody has set (GET /api/plans/:id/measures-without-direction). */
export type MeasuresWithoutDirection = z.infer<typeof measuresWithoutDirectionSchema>;

export type ScorecardNode = z.infer<typeof scorecardNodeSchema>;

export type Scorecard = z.infer<typeof scorecardSchema>;

export type MeasureValue = z.infer<typeof measureValueSchema>;

export type MeasureDetail = z.infer<typeof measureDetailSchema>;

export type EnterValueRequest = z.output<typeof enterValueSchema>;

export type ImportSummary = z.infer<typeof importSummarySchema>;

export type OrganisationUser = z.infer<typeof organisationUserSchema>;

/** What an editor may change on a measure; absent fields are left as they are. */
export type { UpdateMeasureRequest } from './authoring-schemas';

export type Assignment = z.infer<typeof assignmentSchema>;
