/**
 * The JSON shapes of the HTTP API, shared by the server (which produces them) and the
 * web app (which reads them). The zod schemas in src/server validate requests; these
 * types describe responses.
 */
import type { Lang, Localized } from '../domain/i18n/lang';
import type { GovernanceModel } from '../domain/model/governance';
import type { FulfilmentStatus } from '../domain/fulfilment/types';
import type { Baseline, Sex, Target } from '../domain/targets/types';
import type { MeasureForecast } from './forecast-types';

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

export interface Me {
  id: number;
  email: string;
  name: string;
  mustChangePassword: boolean;
  /** Whether the user administers the installation (creates organisations). */
  installationAdmin: boolean;
  memberships: { organisationId: number; organisationName: string; role: Role }[];
}

export interface OrganisationSummary {
  id: number;
  slug: string;
  name: string;
  koladaId: string | null;
  defaultLang: Lang;
  role: Role;
  governanceModel: GovernanceModel;
  /** Set when the organisation is a federation's own (its office): the federation's id. */
  federationId?: number | null;
}

export interface PlanSummary {
  id: number;
  organisationId: number;
  title: string;
  startYear: number;
  endYear: number;
  targetYears: number[];
}

/** A computed status with the sentence (in every language) that says which rule decided it. */
export interface StatusWithReason {
  status: FulfilmentStatus;
  explanation: Localized;
}

export interface ScorecardMeasure {
  id: number;
  name: string;
  kindKey: string;
  baselineText: string;
  targetText: string | null;
  targetYear: number | null;
  /** Formatted observed value(s) for the period, e.g. "5,8 %" or "K 16,1 · M 17,0"; null if none. */
  valueText: Localized | null;
  /** Whether the value for the period was fetched from Kolada (credited "Källa: Kolada"). */
  valueFromKolada: boolean;
  fulfilment: StatusWithReason;
  reportedThisPeriod: boolean;
  canEnterValues: boolean;
  /** A target needs a better direction that nobody has set: shown to editors as "riktning saknas" and listed for them. */
  directionMissing?: boolean;
  /** The value of the period the baseline names (`2021`), once entered; absent before. */
  baselineValueText?: Localized;
  /** The period's total (sex T) as a number, for the compact view's trend; absent without one. */
  value?: number;
  /** The trend compares with the same period a year earlier (a count or amount that adds up over the year), not the previous report. */
  trendYearEarlier?: true;
  /** At DÅ 04 and DÅ 08: the full-year forecast and comment, when one is entered (its own statement beside `fulfilment`). */
  forecast?: MeasureForecast;
}

/** The editors' list of measures whose targets need a better direction nobody has set (GET /api/plans/:id/measures-without-direction). */
export interface MeasuresWithoutDirection {
  planId: number;
  measures: {
    id: number;
    name: string;
    /** The titles of the nodes above the measure, from the top. */
    nodePath: string[];
    targets: { year: number; text: string }[];
    version: number;
  }[];
}

export interface ScorecardNode {
  id: number;
  levelKey: string;
  title: string;
  description: string;
  longTermGoals: string;
  bodies: string[];
  /** The node's edit version, to send with a change (PATCH /api/plan-nodes/:id). */
  version: number;
  fulfilment: StatusWithReason & { counts: Record<FulfilmentStatus, number> };
  children: ScorecardNode[];
  measures: ScorecardMeasure[];
}

export interface Scorecard {
  plan: PlanSummary;
  vision: string;
  period: string;
  periods: { key: string; label: Localized }[];
  model: GovernanceModel;
  nodes: ScorecardNode[];
}

export interface MeasureValue {
  id: number;
  period: string;
  sex: Sex;
  ageBand: string;
  area: string;
  value: number;
  status: 'preliminary' | 'final';
  source: string | null;
  enteredBy: string | null;
  enteredAt: string;
  /** Sent back when replacing it: a value changed since is not overwritten (409). */
  version: number;
}

export interface MeasureDetail {
  id: number;
  planId: number;
  name: string;
  kindKey: string;
  definition: string;
  unit: string | null;
  betterDirection: 'increase' | 'decrease' | null;
  valueNature: 'flow' | 'cumulative' | 'state';
  baselineText: string;
  baseline: Baseline;
  baselineDescription: Localized;
  /** `needsRevision`: copied from the previous plan for a year outside this plan's years. */
  targets: { year: number; text: string; target: Target; description: Localized; needsRevision: boolean }[];
  method: string;
  breakdowns: { sex: boolean; ageBands: string[]; areas: string[] };
  koladaKpi: string | null;
  /** The version to send back with an edit (PATCH /api/measures/:id). */
  version: number;
  /** Whether the plan's structure (names, targets) may change now: a draft or an open revision. */
  structureOpen: boolean;
  source: string;
  periodsText: string;
  reportingPeriods: string[];
  footnotes: { mark: string; text: string }[];
  /** Path of ancestor nodes, top first. */
  path: { id: number; levelKey: string; title: string }[];
  values: MeasureValue[];
  /** Status per reporting period of the plan that has a value or is current. */
  fulfilment: { period: string; label: Localized; fulfilment: StatusWithReason }[];
  owner: { id: number; name: string } | null;
  canEnterValues: boolean;
  /** Periods a value may be entered for: the plan's follow-up periods, earlier years' for comparisons, and named reference periods. */
  entryPeriods: { key: string; label: Localized }[];
  /** Whether the signed-in user may change definition, owner and direction (PATCH /api/measures/:id). */
  canEdit: boolean;
}

export interface EnterValueRequest {
  period: string;
  sex: Sex;
  ageBand?: string;
  area?: string;
  /** A number, or a string typed by a person in Swedish, Danish or English format ("6,5"). */
  value: number | string;
  status: 'preliminary' | 'final';
  /** The version of the value the person saw for this period and breakdown (0: none); omitted, nothing is checked. */
  version?: number;
}

export interface ImportSummary {
  dryRun: boolean;
  planId: number | null;
  lines: string[];
  warnings: { line: number; message: string }[];
}

export interface OrganisationUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Deactivated: cannot sign in until an admin activates the account again. */
  deactivated?: boolean;
}

/** What an editor may change on a measure; absent fields are left as they are. */
export type { UpdateMeasureRequest } from './authoring-schemas';

export interface Assignment {
  id: number;
  position: number;
  text: string;
  bodies: string[];
}
