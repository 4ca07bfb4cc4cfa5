import { z } from 'zod';
import type { Block } from '../domain/extraction/blocks';
import type { Proposal } from '../domain/extraction/proposal';

/** Requests and responses of document extraction, shared by the server and the review page. */
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

export interface HeadingKindInfo {
  kind: string;
  level: number;
  first: number;
  count: number;
  example: string;
}

export interface ExtractionProfileInfo {
  id: number;
  name: string;
  mapping: z.infer<typeof extractionMappingSchema>;
  version: number;
}

export interface ExtractionView {
  id: number;
  organisationId: number;
  fileName: string;
  format: string;
  blocks: Block[];
  kinds: HeadingKindInfo[];
  proposal: Proposal;
  profiles: ExtractionProfileInfo[];
  planId: number | null;
  /** The organisation's model's levels from the top, for the level mapping. */
  levels: { key: string; name: { sv: string; da: string; en: string }; carriesMeasures: boolean }[];
}

/** An outcome cell left out of the draft's values because it is no number ("Ej mätt", "–", "uppnått"). */
export interface SkippedCell {
  /** `cell.<block>:<row>`, as the draft's problems name cells. */
  path: string;
  measure: string;
  period: string;
  text: string;
  message: string;
}

export interface DraftCreated {
  planId: number;
  nodes: number;
  measures: number;
  values: number;
  /** Measures whose "Ansvarig" cell named one of the organisation's people, now their owner. */
  owners: number;
  /** Outcome cells that are not numbers: not stored as values, named here. */
  skippedCells: SkippedCell[];
}
