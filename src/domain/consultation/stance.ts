import type { Localized } from '../i18n/lang';

/** A respondent's stance on a question or part. */
export const STANCES = ['supports', 'supports-with-changes', 'opposes', 'no-comment'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<Stance, Localized> = {
  supports: { sv: 'Tillstyrker', da: 'Støtter', en: 'Supports' },
  'supports-with-changes': { sv: 'Tillstyrker med ändringar', da: 'Støtter med ændringer', en: 'Supports with changes' },
  opposes: { sv: 'Avstyrker', da: 'Er imod', en: 'Opposes' },
  'no-comment': { sv: 'Inget att invända', da: 'Ingen bemærkninger', en: 'No comment' },
};
