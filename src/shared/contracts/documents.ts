/**
 * A plan's downloads (src/server/modules/documents): the plan (DOCX, PDF), the follow-up report for
 * a period (DOCX, PDF), measures and values (XLSX) and the scorecard (XLSX, PPTX). Files, not JSON:
 * each contract names its content type, and the web links to it (`api.href`).
 */
import { z } from 'zod';
import type { DocumentFormat } from '../documents-types';
import { defineEndpoints } from '../endpoint';
import { fileBody, langSchema, planParams } from './common';

/** The Content-Type of each format the documents API writes. */
export const DOCUMENT_CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const satisfies Record<DocumentFormat, string>;

const lang = langSchema.optional().describe('Dokumentets språk: sv, da eller en; utan: organisationens språk');
const langQuery = z.object({ lang });
const periodQuery = z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ04, 2022-DÅ08 eller 2022 (ÅR)'), lang });

/** A file of one format: its bytes as the answer, its content type in the OpenAPI document. */
const file = (format: DocumentFormat) => ({ response: fileBody, produces: { [DOCUMENT_CONTENT_TYPES[format]]: fileBody } });

export const documentEndpoints = defineEndpoints({
  'GET /api/plans/:planId/documents/plan.docx': { tags: ['documents'], summary: 'Planen som DOCX', params: planParams, query: langQuery, ...file('docx') },
  'GET /api/plans/:planId/documents/plan.pdf': { tags: ['documents'], summary: 'Planen som PDF', params: planParams, query: langQuery, ...file('pdf') },
  'GET /api/plans/:planId/documents/follow-up.docx': {
    tags: ['documents'],
    summary: 'Uppföljningsrapporten för en period som DOCX',
    params: planParams,
    query: periodQuery,
    ...file('docx'),
  },
  'GET /api/plans/:planId/documents/follow-up.pdf': {
    tags: ['documents'],
    summary: 'Uppföljningsrapporten för en period som PDF',
    params: planParams,
    query: periodQuery,
    ...file('pdf'),
  },
  'GET /api/plans/:planId/documents/measures.xlsx': {
    tags: ['documents'],
    summary: 'Alla mått och värden som Excel, ett blad per perspektiv',
    params: planParams,
    query: langQuery,
    ...file('xlsx'),
  },
  'GET /api/plans/:planId/documents/scorecard.xlsx': {
    tags: ['documents'],
    summary: 'Styrkortet för en period som Excel',
    params: planParams,
    query: periodQuery,
    ...file('xlsx'),
  },
  'GET /api/plans/:planId/documents/scorecard.pptx': {
    tags: ['documents'],
    summary: 'Styrkortet för en period som PowerPoint: en bild per perspektiv',
    params: planParams,
    query: periodQuery,
    ...file('pptx'),
  },
});
