/**
 * Kolada: KPI search, the municipality list, linking measures and organisations, fetching, the
 * comparison across regions and the choice between entered and Kolada values (src/server/modules/kolada).
 * Kolada's own ids are strings with leading zeros ("0025"), never numbers.
 */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { idParam, noContent, orgParams, planParams, sexSchema } from './common';

/** Kolada's sex codes: T total, K kvinnor (women), M män (men). */
export const koladaGenderSchema = sexSchema;

/** One KPI of Kolada's catalogue (the fields the product uses). */
export const koladaKpiSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  isDividedByGender: z.boolean(),
  /** K kommun, L region, A both. */
  municipalityType: z.enum(['K', 'L', 'A']),
  operatingArea: z.string(),
});

/** A municipality, a region (type L) or Riket (id "0000", type L). */
export const koladaMunicipalitySchema = z.object({ id: z.string(), title: z.string(), type: z.enum(['K', 'L']) });

/** One fetch from Kolada, by a person ("Hämta nu") or the nightly schedule. */
export const koladaFetchRunSchema = z.object({
  id: z.number(),
  measureId: z.number(),
  kpi: z.string(),
  trigger: z.enum(['manual', 'schedule']),
  outcome: z.enum(['ok', 'failed']),
  /** Why a fetch failed, in Swedish; for a good fetch a short summary. */
  reason: z.string(),
  /** Values stored for the organisation's own measure (0 when the fetch failed). */
  storedValues: z.number(),
  /** Values stored for all regions and Riket, for the comparison. */
  comparisonValues: z.number(),
  startedAt: z.string(),
  by: z.string().nullable(),
});

/** What the measure page's Kolada panel shows. */
export const koladaMeasureLinkSchema = z.object({
  measureId: z.number(),
  organisationId: z.number(),
  kpi: koladaKpiSchema.nullable(),
  /** The organisation's Kolada id and name, or null when it has none yet. */
  organisation: koladaMunicipalitySchema.nullable(),
  /** Years a fetch asks for: the plan's years and the four before (baselines). */
  years: z.array(z.number()),
  lastFetch: koladaFetchRunSchema.nullable(),
  canLink: z.boolean(),
  canFetch: z.boolean(),
});

/** One row of the comparison across regions: a raw Kolada value (or missing), ranked. */
export const koladaComparisonRowSchema = z.object({
  municipality: koladaMunicipalitySchema,
  /** null: Kolada has no value for this region and year. */
  value: z.number().nullable(),
  /** 1 = best by the measure's better direction (highest first when unknown); null for Riket and missing values. */
  rank: z.number().nullable(),
  isOwn: z.boolean(),
  isNational: z.boolean(),
});

export const koladaComparisonSchema = z.object({
  measureId: z.number(),
  measureName: z.string(),
  kpi: koladaKpiSchema,
  year: z.number().nullable(),
  /** Years that have values for at least one region, newest first. */
  years: z.array(z.number()),
  gender: koladaGenderSchema,
  /** 'increase': a higher value ranks first; 'decrease': a lower one; null: unknown, highest first. */
  betterDirection: z.enum(['increase', 'decrease']).nullable(),
  /** The 21 regions, ranked, then Riket. */
  rows: z.array(koladaComparisonRowSchema),
  fetchedAt: z.string().nullable(),
});

/** A value a person (or a file) entered that differs from Kolada's for the same period and sex. */
export const koladaValueDifferenceSchema = z.object({
  measureId: z.number(),
  measureName: z.string(),
  period: z.string(),
  sex: sexSchema,
  entered: z.number(),
  /** Who entered it (or the file's source); null when unknown. */
  enteredBy: z.string().nullable(),
  kolada: z.number(),
  /** The stored value's version: a choice made against an older one is refused (409). */
  version: z.number(),
  /** Whether the reader may choose (value:enter on the measure). */
  canChoose: z.boolean(),
});

/** A person's choice: keep the entered value, or take Kolada's. */
export const koladaChoiceSchema = z.object({
  period: z.string().min(1).max(20),
  sex: sexSchema,
  keep: z.enum(['entered', 'kolada']),
  version: z.number().int().min(1),
});

const measureParams = z.object({ measureId: idParam });

export const koladaEndpoints = defineEndpoints({
  'GET /api/plans/:planId/kolada/differences': {
    tags: ['kolada'],
    summary: 'Inmatade värden som skiljer sig från Koladas (mått, period, inmatat värde, Koladas värde) – en person väljer vilket som gäller',
    params: planParams,
    response: z.array(koladaValueDifferenceSchema),
  },
  'POST /api/measures/:measureId/kolada/choice': {
    tags: ['kolada'],
    summary: 'Välj vilket värde som gäller för en period: det inmatade (behålls) eller Koladas; version är värdets version som visades',
    params: measureParams,
    body: koladaChoiceSchema,
    response: noContent,
    status: 204,
  },
  'GET /api/kolada/kpis': {
    tags: ['kolada'],
    summary: 'Sök nyckeltal i Koladas katalog på id eller ord i titeln',
    query: z.object({ q: z.string().max(200, 'Sökningen får vara högst 200 tecken').default(''), regions: z.enum(['true', 'false']).default('true') }),
    response: z.array(koladaKpiSchema),
  },
  'GET /api/kolada/municipalities': {
    tags: ['kolada'],
    summary: 'Koladas kommuner och regioner med id',
    response: z.array(koladaMunicipalitySchema),
  },
  'PUT /api/organisations/:orgId/kolada': {
    tags: ['kolada'],
    summary: 'Ange organisationens id i Kolada (t.ex. 0025)',
    params: orgParams,
    body: z.object({ koladaId: z.string().regex(/^\d{4}$/, 'Kolada-id är fyra siffror, t.ex. 0025').nullable() }),
    response: z.object({ koladaId: z.string().nullable(), municipality: koladaMunicipalitySchema.nullable() }),
  },
  'GET /api/measures/:measureId/kolada': {
    tags: ['kolada'],
    summary: 'Måttets koppling till Kolada och senaste hämtning',
    params: measureParams,
    response: koladaMeasureLinkSchema,
  },
  'PUT /api/measures/:measureId/kolada': {
    tags: ['kolada'],
    summary: 'Koppla måttet till ett nyckeltal i Kolada (null tar bort kopplingen)',
    params: measureParams,
    body: z.object({ kpi: z.string().min(1, 'Ange ett nyckeltal').max(20, 'Ett nyckeltals id är kort, t.ex. N79240').nullable() }),
    response: koladaMeasureLinkSchema,
  },
  'POST /api/measures/:measureId/kolada/fetch': {
    tags: ['kolada'],
    summary: 'Hämta måttets värden från Kolada nu (allt eller inget)',
    params: measureParams,
    response: koladaFetchRunSchema,
  },
  'GET /api/measures/:measureId/kolada/comparison': {
    tags: ['kolada'],
    summary: 'Måttets nyckeltal för alla 21 regioner, rangordnade, med riket',
    params: measureParams,
    query: z.object({ year: z.coerce.number().int().min(1900).max(2100).optional(), gender: koladaGenderSchema.optional() }),
    response: koladaComparisonSchema,
  },
});
