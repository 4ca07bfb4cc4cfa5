/** Texts built from the follow-up API's codes: analysis reasons and who-did-what lines. */
import type { AnalysisReason, PersonRef } from '../../../shared/followup-types';
import type { useT } from '../../i18n';
import { formatDateTime, LOCALES } from '../../lib/periods';

type T = ReturnType<typeof useT>;

/** Why an analysis is required, in the UI language. */
export function reasonText({ t }: T, reason: AnalysisReason): string {
  if (reason.code === 'measure-not-met') {
    const measures = reason.measures.map((m) => `”${m}”`).join(', ');
    return reason.measures.length === 1 ? t('followup.reason.measureNotMet', { measures }) : t('followup.reason.measuresNotMet', { measures });
  }
  return t('followup.reason.differs', {
    judgement: t(`followup.judgement.${reason.judgement}`).toLowerCase(),
    proposal: t(`followup.judgement.${reason.proposal}`).toLowerCase(),
  });
}

/** `Inskickad av Rapportör 1 dec. 2026 08:01`. */
export function byLine({ t, lang }: T, what: string, who: PersonRef | null, at: string | null): string {
  return t('followup.by', { what, name: who?.name || t('followup.someone'), at: at ? formatDateTime(at, lang) : '' }).trim();
}

/** An ISO date as the UI language writes it: sv `15 september 2022`. */
export function formatDate(iso: string, lang: 'sv' | 'da' | 'en'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
