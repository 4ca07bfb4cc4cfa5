/**
 * The parts of a plan document besides its tree of measures and the council's assignments:
 * Agenda 2030 goals, advocacy issues (påverkansfrågor), the organisation's divisions and the
 * narrative chapters. Pure data, as read; stored by the plan import in the same transaction.
 */
export interface ImportedAgendaGoal {
  /** 1–17 */
  goal: number;
  /** The dimension the document groups it under, e.g. "Social dimension"; empty when none. */
  dimension: string;
  /** The goal's name as the document writes it. */
  name: string;
  line: number;
}

export interface ImportedAdvocacyIssue {
  /** `issue` is a question the region pursues; `note` a remark in the table such as "Se … plan för fler frågor". */
  kind: 'issue' | 'note';
  /** The group heading it stands under, without its colon. */
  area: string;
  text: string;
  /** null where the document does not say (the seed marks the arena by a cell colour the text lost). */
  arena: 'national' | 'international' | null;
  /** Who decides, as written in the arena column: "Regeringen", "Nordiska ministerrådet/ EU". */
  decisionMaker: string;
  line: number;
}

export interface ImportedOrganisationUnit {
  kind: 'division' | 'common';
  name: string;
  description: string;
  /** "ca 1 800 medarbetare" -> 1800; null when the text gives no number. */
  staffApprox: number | null;
  line: number;
}

export interface ImportedChapter {
  title: string;
  /** Restricted markup (src/domain/plan-content/rich-text.ts). */
  body: string;
  line: number;
}

export interface ImportedPlanContent {
  agendaGoals: ImportedAgendaGoal[];
  advocacyIssues: ImportedAdvocacyIssue[];
  organisationUnits: ImportedOrganisationUnit[];
  chapters: ImportedChapter[];
}
