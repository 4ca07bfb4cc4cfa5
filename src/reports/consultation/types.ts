import type { Lang } from '../../domain/i18n/lang';
import type { Stance } from '../../domain/consultation/stance';

/** What a høringsnotat / remissammanställning holds: plain data, no database. */
export interface ConsultationNotes {
  title: string;
  organisation: string;
  letter: string;
  /** The deadline as an ISO moment. */
  deadline: string;
  /** Today, YYYY-MM-DD. */
  generatedOn: string;
  parts: string[];
  /** Every consulted party; the builder puts them in alphabetical order for the notat's language. */
  parties: { name: string; answered: boolean; version: number | null; submittedAt: string | null }[];
  questions: NotesQuestion[];
}

export interface NotesQuestion {
  text: string;
  subQuestions: string[];
  /** The region's summary of the answers; null: not written. */
  summary: string | null;
  points: NotesPoint[];
}

/** One party's answer to the question (for a part), with the region's response. */
export interface NotesPoint {
  party: string;
  part: string | null;
  stance: Stance | null;
  text: string;
  tags: string[];
  response: string | null;
  ledToChange: boolean;
  /** What changed in the plan: the region's description and the edit it links to ("Spor 2 (titel), ændret 7. december 2026"). */
  change: string | null;
}

export type NotesLang = Lang;
