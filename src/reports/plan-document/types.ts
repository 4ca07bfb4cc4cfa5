/**
 * The plan document as plain data: what "Regionstyrelsens plan 2022-2024" holds, in its order.
 * Loaded by src/server/modules/documents; built into blocks by build-plan-document.ts.
 * Sections marked optional are rendered only when their data is present, so that parts other
 * areas add (chapters, risks, budget tables) appear as soon as they are loaded.
 */
import type { RichTextDoc } from '../../domain/plan-content/rich-text';

/** A measure row of the plan's measure table, every cell as written in the plan. */
export interface PlanMeasureRow {
  name: string;
  baseline: string;
  /** One text per target year of the plan, in the order of `PlanDocument.targetYears` ('' when none). */
  targets: string[];
  source: string;
  period: string;
  /** Footnotes marked on the measure (mark "3" → "³ Uppdelat på …" under the table). */
  footnotes: { mark: string; text: string }[];
}

/** A measure table: one per kind of measure under a node (Styrmått, Kontrollmått). */
export interface PlanMeasureTable {
  /** The kind's name, the first column's header: "Styrmått". */
  kindName: string;
  rows: PlanMeasureRow[];
}

/** A node of the plan's tree: perspective, strategic goal, success factor (names from the governance model). */
export interface PlanNodeSection {
  /** The level's name in the document's language: "Perspektiv", "Strategiskt mål", "Framgångsfaktor". */
  levelName: string;
  title: string;
  description: string;
  longTermGoals: string;
  bodies: string[];
  measureTables: PlanMeasureTable[];
  children: PlanNodeSection[];
}

/** A chapter of running text (Inriktning, Nära vård, Strategier …), possibly with sub-chapters. */
export interface PlanChapter {
  title: string;
  paragraphs: string[];
  bullets?: string[];
  /** The chapter's body as the plan stores it (safe rich text: paragraphs, headings, bullets, bold, italic, links). */
  richText?: RichTextDoc;
  children?: PlanChapter[];
}

/** One budget table with numbers (mnkr); sums are computed by whoever loads them. */
export interface BudgetTable {
  title: string;
  /** The first column's header: "Mnkr", "Beslutsnivå". */
  labelHeader: string;
  columns: string[];
  rows: { label: string; values: (number | null)[]; sum?: boolean }[];
  /** Decimals shown (the plan writes 8 406,5 with one, Budgetminskning with none). */
  decimals: number;
  footnotes?: { mark: string; text: string }[];
  /** Each stated total against the sum computed from the lines (by the budget area), shown under the table. */
  checks?: BudgetTotalCheck[];
}

/** A stated total ("Summa", "Ram 2022") compared with the computed sum of its lines. */
export interface BudgetTotalCheck {
  /** Where the total stands: "Regionbidrag, Ram 2022". */
  label: string;
  computed: number;
  stated: number;
  ok: boolean;
}

/** One row of the risk assessment (Bilaga 5): consequence × probability = risk (1–16). */
export interface RiskRow {
  number: string;
  perspective: string;
  goal: string;
  successFactor: string;
  whatCanHappen: string;
  consequence: string;
  consequenceScore: number | null;
  probability: number | null;
  /** The probability was not written in the plan but derived from risk ÷ consequence. */
  probabilityInferred?: boolean;
  risk: number | null;
  cause: string;
  action: string;
  controlMethod: string;
}

export interface RiskSection {
  title: string;
  intro: string;
  rows: RiskRow[];
}

export interface Agenda2030Section {
  intro: string;
  goals: { number: number; name: string; dimension?: string }[];
}

export interface AdvocacyIssue {
  /** The area the issue belongs to ("Förutsättningar att genomföra uppdraget …"). */
  area: string;
  text: string;
  /** "Nationell", "Internationell" or ''. */
  arena: string;
  decisionMaker: string;
}

/** Everything the plan document shows. */
export interface PlanDocument {
  title: string;
  organisation: string;
  startYear: number;
  endYear: number;
  /** ISO date the document was made. */
  generatedOn: string;
  vision: string;
  /** The plan's target years: one "Mål {year}" column each. */
  targetYears: number[];
  /** "Uppdrag" in the model's words. */
  assignmentName: string;
  assignments: { text: string; bodies: string[] }[];
  /** Chapters before the success factors (Inriktning, Nära vård, Strategier, Påverkansfrågor …). */
  chapters?: PlanChapter[];
  /** The chapter after which the assignments are listed (the one that introduces them); without it, after the vision. */
  assignmentsAfterChapter?: number;
  agenda2030?: Agenda2030Section;
  /** The budget tables of "Verksamhet och ekonomi". */
  budgetTables?: BudgetTable[];
  /** Heading of the measures part: "Framgångsfaktorer och styrmått". */
  measuresHeading: string;
  /** The text under that heading (how the goals are followed up, the risk matrix). */
  measuresIntro?: RichTextDoc;
  perspectives: PlanNodeSection[];
  /** Chapters after the success factors (Bilaga 1: Styrmått och kontrollmått …). */
  appendices?: PlanChapter[];
  advocacy?: AdvocacyIssue[];
  risks?: RiskSection;
}
