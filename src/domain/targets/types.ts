/**
 * The structured meaning of what people write as baselines and targets.
 * Every string becomes one of these; what cannot be understood is kept verbatim
 * as `qualitative` so that a person judges it. Parsing never throws.
 */

/** Unit of a number as written: `%`, `kr`, `st` (count), `index`, or none. */
export type Unit = '%' | 'kr' | 'mnkr' | 'st' | null;

/** Sex as Swedish statistics split it: K (kvinnor), M (män), T (totalt). */
export type Sex = 'K' | 'M' | 'T';

/** The report periods of the Swedish delår cycle, used inside per-report-period targets. */
export type ReportKind = 'DÅ04' | 'DÅ08' | 'ÅR';

export interface Quantity {
  value: number;
  unit: Unit;
}

/** What a relative target compares against. */
export type Reference =
  /** `named` is set when the text says so ("jämfört med ingångsvärdet"); a bare `Öka` compares with the baseline unnamed. */
  | { type: 'baseline'; named?: true }
  /** A named period in canonical period-key form, e.g. `2020`, `2020-12`, `2019-12`. */
  | { type: 'period'; period: string }
  /** The same period one year earlier ("jmf motsvarande kvartal året innan"). */
  | { type: 'same-period-previous-year' }
  /** Another series, e.g. the national value ("riket", Danish "landsgennemsnittet") or other regions. */
  | { type: 'series'; series: 'riket' | 'other-regions' };

/** Which way an absolute change or a bound goes. */
export type ChangeDirection = 'increase' | 'decrease';

/** The unit of an absolute change: a quantity unit, or percentage points (`procentenheter`, `pct.-point`). */
export type ChangeUnit = Unit | 'pp';

/** What an average target averages over: the plan period, or the years written (`åren 2024–2026`). */
export type AveragePeriod = { type: 'plan-period' } | { type: 'years'; from: number; to: number };

export type Target =
  /** A level to reach: `43 000`, `40 %`, `Under 6,5 %`, `100 % i dec`, `350 kr`, `1,0`.
   * `op` is null when the text gives only a number; the measure's better direction decides then. */
  | {
      kind: 'level';
      op: '<' | '<=' | '>' | '>=' | '=' | null;
      quantity: Quantity;
      /** Month (1–12) the level applies to, from `i dec`. */
      month?: number;
      /** What is counted, as written after the number (`dagars väntetid`, `besök`, `anställda`), when it is not a unit. */
      noun?: string;
      /** The year the level is to be reached (`12 000 anställda år 2027`), when the text names one. */
      year?: number;
      text: string;
    }
  /** `6/25`: reach 6 of 25. */
  | { kind: 'fraction'; numerator: number; denominator: number; text: string }
  /** `Öka`, `Minska`, `Förbättrat värde`, `Öka utifrån 202012`, `Öka jmf motsvarande kvarta året innan`.
   * `improve` means the measure's better direction. */
  | { kind: 'direction'; direction: 'increase' | 'decrease' | 'improve'; reference: Reference; text: string }
  /** `Minska med 50 % jmf 2020`. */
  | {
      kind: 'relative-change';
      direction: 'increase' | 'decrease';
      percent: number;
      reference: Reference;
      text: string;
    }
  /** `Öka med 300 platser`, `Minska med 2 procentenheter`: the reference's value plus or minus an amount. */
  | {
      kind: 'absolute-change';
      direction: ChangeDirection;
      amount: number;
      unit: ChangeUnit;
      /** What is counted (`platser`, `dage`), when it is not a unit. */
      noun?: string;
      reference: Reference;
      text: string;
    }
  /** `Bland de fem bästa regionerna`: a place in a ranking; judged only when rankings are supplied. */
  | { kind: 'rank'; top: number; among: string | null; text: string }
  /** `I snitt över planperioden minst 2 %`: the inner target judged on the average over the period. */
  | { kind: 'average'; over: AveragePeriod; target: Target; text: string }
  /** `Öka och överträffa rikssnittet`: every part must be met. */
  | { kind: 'compound'; parts: Target[]; text: string }
  /** `Samma som 201912`, `Bibehålla`, `Ingen försämring`: not worse than the reference.
   * `bound` when the text says which side (`Minst samma nivå som 2023`: at least; `Högst samma nivå som`: at most). */
  | { kind: 'same-as'; reference: Reference; bound?: 'at-least' | 'at-most'; text: string }
  /** `Minskad skillnad jmf 2019`: the gap (between sexes, areas or to a benchmark) should shrink. */
  | { kind: 'gap'; direction: 'decrease' | 'increase'; reference: Reference; text: string }
  /** `I nivå med riket`: judged against another series. */
  /** `I nivå med riket`, `Bättre än rikssnittet`, `Under riksgenomsnittet`, `Närma sig riksgenomsnittet`: judged against another series.
   * `above`/`below` state the side outright; `approach` means closer to it than the baseline was. */
  | {
      kind: 'benchmark';
      relation: 'equal' | 'better' | 'low-stable' | 'above' | 'below' | 'approach';
      reference: Reference;
      text: string;
    }
  /** `K 16,0 M 17,2`: one target per sex; each sex is judged. */
  | { kind: 'per-sex'; targets: Partial<Record<Sex, Target>>; text: string }
  /** `DÅ 04: 56 % DÅ 08: 57 % ÅR: 58 %`: one target per report period. */
  | { kind: 'per-report-period'; targets: Partial<Record<ReportKind, Target>>; text: string }
  /** `Uppdateras 2022`: the target is to be set later. */
  | { kind: 'pending'; year: number | null; text: string }
  /** Anything a person must judge: `Efter behov`, `Handlingsplaner upprättas och progress fastställs`. */
  | { kind: 'qualitative'; text: string }
  /** The cell was empty or a dash. */
  | { kind: 'none'; text: string };

/** One number in a baseline, with what it is for. */
export interface BaselinePoint {
  quantity: Quantity;
  /** Year the value is from, e.g. 2019. */
  year: number | null;
  /** Sub-period within the year: T1/T2/T3 (tertials) or a month `12`. */
  subPeriod: string | null;
  sex: Sex;
  /** Age band label, e.g. `40` for "40 år". */
  ageBand: string | null;
  /** A free label for other splits (e.g. `Somatisk vård`, `SV`). */
  label: string | null;
  /** Set (true) only when the number is a forecast (`prognos 35 000 2021`), not an outcome. */
  forecast?: true;
  /** Set only for a count out of a whole, `0/6`: the whole (6); `quantity.value` is the part. */
  denominator?: number;
}

export type Baseline =
  /** One or more numbers, e.g. `2019: 7,0 %`, `2019 K: 8 520 M: 4 458`, `2019: T1 K 60%, M 65% …`. */
  | { kind: 'values'; points: BaselinePoint[]; uncertain: boolean; forecast: boolean; text: string }
  /** Only the reference year or period is named: `2021`, `2021 års antal`, `202012:`. */
  | { kind: 'reference-period'; year: number; subPeriod: string | null; text: string }
  /** `Nytt mått`: there is no earlier value. */
  | { kind: 'new-measure'; text: string }
  /** `Tidigare mätning`, `Senast tidigare mätning`: the last measurement before the plan. */
  | { kind: 'previous-measurement'; text: string }
  | { kind: 'qualitative'; text: string }
  | { kind: 'none'; text: string };
