/** Plan documents in: the upload and its proposal, the mapped proposal, profiles, the draft plan (src/server/modules/extraction). */
import { z } from 'zod';
import type { Block } from '../../domain/extraction/blocks';
import type { ProposedGovernanceModel } from '../../domain/extraction/governance-proposal';
import type { Proposal } from '../../domain/extraction/proposal';
import { defineEndpoints } from '../endpoint';
import { domainShape, idParam, localizedSchema, orgParams } from './common';

const measureField = z.discriminatedUnion('field', [
  z.object({ field: z.literal('name') }),
  z.object({ field: z.literal('baseline') }),
  z.object({ field: z.literal('target'), key: z.string().trim().min(1).max(40) }),
  z.object({ field: z.literal('outcome'), key: z.string().trim().min(1).max(40) }),
  z.object({ field: z.literal('source') }),
  z.object({ field: z.literal('period') }),
  z.object({ field: z.literal('unit') }),
  z.object({ field: z.literal('responsible') }),
  z.object({ field: z.literal('group') }),
  z.object({ field: z.literal('decoration') }),
  z.object({ field: z.literal('other') }),
]);

const year = z.number().int().min(1900).max(2200);

/** The user's mapping of a document onto the model (src/domain/extraction/mapping.ts). */
export const extractionMappingSchema = z.object({
  levels: z.record(z.string().max(200), z.string().min(1).max(100)).default({}),
  levelOrder: z.array(z.string().max(100)).max(20).optional(),
  columns: z.record(z.string().max(500), measureField).default({}),
  headerRows: z.record(z.string().regex(/^\d+$/u), z.number().int().min(0).max(1_000_000)).optional(),
  skipRows: z.array(z.string().regex(/^\d+:\d+$/u)).max(10_000).default([]),
  cellEdits: z.record(z.string().regex(/^\d+:\d+:\d+$/u), z.string().max(5000)).default({}),
  years: z.object({ start: year, end: year }).optional(),
});

export const proposalRequestSchema = z.object({ mapping: extractionMappingSchema });

export const saveProfileSchema = z.object({ name: z.string().trim().min(1).max(200), mapping: extractionMappingSchema });

export const createDraftSchema = z.object({
  mapping: extractionMappingSchema,
  title: z.string().trim().min(1).max(300),
  startYear: year,
  endYear: year,
});

export type ProposalRequest = z.infer<typeof proposalRequestSchema>;
export type SaveProfileRequest = z.infer<typeof saveProfileSchema>;
export type CreateDraftRequest = z.infer<typeof createDraftSchema>;

export const headingKindInfoSchema = z.object({ kind: z.string(), level: z.number(), first: z.number(), count: z.number(), example: z.string() });

export const extractionProfileInfoSchema = z.object({ id: z.number(), name: z.string(), mapping: extractionMappingSchema, version: z.number() });

/** A term of a proposed model and its explanation, verbatim. */
const modelTermSchema = z.object({ term: z.string(), text: z.string() });

/** A governance model a document describes (src/domain/extraction/governance-proposal.ts). */
export const proposedModelSchema = domainShape<ProposedGovernanceModel>(
  z.object({
    name: z.string().nullable(),
    statements: z.array(modelTermSchema),
    levels: z.array(z.object({ term: z.string(), text: z.string(), carriesMeasures: z.boolean() })),
    measureKind: modelTermSchema.nullable(),
    actions: modelTermSchema.nullable(),
    starters: z.array(z.object({ level: z.string(), names: z.array(z.string()) })),
  }),
);

export const extractionViewSchema = z.object({
  id: z.number(),
  organisationId: z.number(),
  fileName: z.string(),
  format: z.string(),
  /** The document's neutral blocks (src/domain/extraction/blocks.ts). */
  blocks: domainShape<Block[]>(z.array(z.looseObject({ kind: z.string(), index: z.number() }))),
  kinds: z.array(headingKindInfoSchema),
  /** The structure proposal (src/domain/extraction/proposal.ts). */
  proposal: domainShape<Proposal>(
    z.looseObject({
      title: z.string().nullable(),
      years: z.object({ start: z.number(), end: z.number() }).nullable(),
      nodes: z.array(z.looseObject({ level: z.union([z.string(), z.number()]), name: z.string() })),
      measures: z.array(z.looseObject({ name: z.string() })),
      notFound: z.array(z.string()),
      skipped: z.array(z.string()),
    }),
  ),
  profiles: z.array(extractionProfileInfoSchema),
  planId: z.number().nullable(),
  /** The organisation's model's levels from the top, for the level mapping. */
  levels: z.array(z.object({ key: z.string(), name: localizedSchema, carriesMeasures: z.boolean() })),
  /** The governance model the document describes, where it describes one (seed 004's "Modell för Balanserad styrning"). */
  proposedModel: proposedModelSchema.nullable(),
});

/** An outcome cell left out of the draft's values because it is no number ("Ej mätt", "–", "uppnått"). */
export const skippedCellSchema = z.object({
  /** `cell.<block>:<row>`, as the draft's problems name cells. */
  path: z.string(),
  measure: z.string(),
  period: z.string(),
  text: z.string(),
  message: z.string(),
});

export const draftCreatedSchema = z.object({
  planId: z.number(),
  nodes: z.number(),
  measures: z.number(),
  values: z.number(),
  /** Measures whose "Ansvarig" cell named one of the organisation's people, now their owner. */
  owners: z.number(),
  /** Outcome cells that are not numbers: not stored as values, named here. */
  skippedCells: z.array(skippedCellSchema),
});

export type HeadingKindInfo = z.infer<typeof headingKindInfoSchema>;
export type ExtractionProfileInfo = z.infer<typeof extractionProfileInfoSchema>;
export type ExtractionView = z.infer<typeof extractionViewSchema>;
export type SkippedCell = z.infer<typeof skippedCellSchema>;
export type DraftCreated = z.infer<typeof draftCreatedSchema>;

const extractionParams = z.object({ extractionId: idParam });

export const extractionEndpoints = defineEndpoints({
  'POST /api/organisations/:orgId/extractions': {
    tags: ['extraction'],
    summary: 'Ladda upp ett plandokument (DOCX, PDF, XLSX, CSV, HTML, text; multipart, fältet "file") och få dess struktur som förslag',
    params: orgParams,
    consumes: ['multipart/form-data'],
    response: extractionViewSchema,
    status: 201,
  },
  'GET /api/extractions/:extractionId': {
    tags: ['extraction'],
    summary: 'Ett inläst dokument och förslaget',
    params: extractionParams,
    response: extractionViewSchema,
  },
  'POST /api/extractions/:extractionId/proposal': {
    tags: ['extraction'],
    summary: 'Förslaget med användarens val av nivåer, kolumner, rader och celler',
    params: extractionParams,
    body: proposalRequestSchema,
    response: extractionViewSchema,
  },
  'POST /api/extractions/:extractionId/draft': {
    tags: ['extraction'],
    summary: 'Skapa ett planutkast av förslaget: allt eller inget',
    params: extractionParams,
    body: createDraftSchema,
    response: draftCreatedSchema,
    status: 201,
  },
  'GET /api/organisations/:orgId/extraction-profiles': {
    tags: ['extraction'],
    summary: 'Organisationens sparade inläsningsprofiler',
    params: orgParams,
    response: z.array(extractionProfileInfoSchema),
  },
  'POST /api/organisations/:orgId/extraction-profiles': {
    tags: ['extraction'],
    summary: 'Spara valen som organisationens profil (samma namn: ny version)',
    params: orgParams,
    body: saveProfileSchema,
    response: extractionProfileInfoSchema,
  },
});
