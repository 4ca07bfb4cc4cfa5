/**
 * The JSON shapes of the Kolada part of the API (linking measures and organisations to
 * Kolada, fetching values, comparing regions); their schemas: contracts/kolada.ts. Kolada's
 * own ids are strings with leading zeros ("0025"), never numbers.
 */
import type { z } from 'zod';
import type {
  koladaComparisonRowSchema,
  koladaComparisonSchema,
  koladaFetchRunSchema,
  koladaGenderSchema,
  koladaKpiSchema,
  koladaMeasureLinkSchema,
  koladaMunicipalitySchema,
} from './contracts/kolada';

/** Kolada's sex codes: T total, K kvinnor (women), M män (men). */
export type KoladaGender = z.infer<typeof koladaGenderSchema>;

/** One KPI of Kolada's catalogue (the fields the product uses). */
export type KoladaKpi = z.infer<typeof koladaKpiSchema>;

/** A municipality, a region (type L) or Riket (id "0000", type L). */
export type KoladaMunicipality = z.infer<typeof koladaMunicipalitySchema>;

/** One fetch from Kolada, by a person ("Hämta nu") or the nightly schedule. */
export type KoladaFetchRun = z.infer<typeof koladaFetchRunSchema>;

export type KoladaFetchOutcome = KoladaFetchRun['outcome'];

/** What the measure page's Kolada panel shows. */
export type KoladaMeasureLink = z.infer<typeof koladaMeasureLinkSchema>;

/** One row of the comparison across regions: a raw Kolada value (or missing), ranked. */
export type KoladaComparisonRow = z.infer<typeof koladaComparisonRowSchema>;

export type KoladaComparison = z.infer<typeof koladaComparisonSchema>;
