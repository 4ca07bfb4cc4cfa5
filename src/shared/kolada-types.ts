/**
 * The JSON shapes of the Kolada part of the API (linking measures and organisations to
 * Kolada, fetching values, comparing regions). Kolada's own ids are strings with leading
 * zeros ("0025"), never numbers.
 */

/** Kolada's sex codes: T total, K kvinnor (women), M män (men). */
export type KoladaGender = 'T' | 'K' | 'M';

/** One KPI of Kolada's catalogue (the fields the product uses). */
export interface KoladaKpi {
  id: string;
  title: string;
  description: string;
  isDividedByGender: boolean;
  /** K kommun, L region, A both. */
  municipalityType: 'K' | 'L' | 'A';
  operatingArea: string;
}

/** A municipality, a region (type L) or Riket (id "0000", type L). */
export interface KoladaMunicipality {
  id: string;
  title: string;
  type: 'K' | 'L';
}

export type KoladaFetchOutcome = 'ok' | 'failed';

/** One fetch from Kolada, by a person ("Hämta nu") or the nightly schedule. */
export interface KoladaFetchRun {
  id: number;
  measureId: number;
  kpi: string;
  trigger: 'manual' | 'schedule';
  outcome: KoladaFetchOutcome;
  /** Why a fetch failed, in Swedish; for a good fetch a short summary. */
  reason: string;
  /** Values stored for the organisation's own measure (0 when the fetch failed). */
  storedValues: number;
  /** Values stored for all regions and Riket, for the comparison. */
  comparisonValues: number;
  startedAt: string;
  by: string | null;
}

/** What the measure page's Kolada panel shows. */
export interface KoladaMeasureLink {
  measureId: number;
  organisationId: number;
  kpi: KoladaKpi | null;
  /** The organisation's Kolada id and name, or null when it has none yet. */
  organisation: KoladaMunicipality | null;
  /** Years a fetch asks for: the plan's years and the four before (baselines). */
  years: number[];
  lastFetch: KoladaFetchRun | null;
  canLink: boolean;
  canFetch: boolean;
}

/** One row of the comparison across regions: a raw Kolada value (or missing), ranked. */
export interface KoladaComparisonRow {
  municipality: KoladaMunicipality;
  /** null: Kolada has no value for this region and year. */
  value: number | null;
  /** 1 = best by the measure's better direction (highest first when unknown); null for Riket and missing values. */
  rank: number | null;
  isOwn: boolean;
  isNational: boolean;
}

export interface KoladaComparison {
  measureId: number;
  measureName: string;
  kpi: KoladaKpi;
  year: number | null;
  /** Years that have values for at least one region, newest first. */
  years: number[];
  gender: KoladaGender;
  /** 'increase': a higher value ranks first; 'decrease': a lower one; null: unknown, highest first. */
  betterDirection: 'increase' | 'decrease' | null;
  /** The 21 regions, ranked, then Riket. */
  rows: KoladaComparisonRow[];
  fetchedAt: string | null;
}
