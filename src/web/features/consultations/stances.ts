import { STANCE_LABELS, STANCES } from '../../../domain/consultation/stance';
import type { Lang } from '../../../domain/i18n/lang';

/** The stance options in the reader's language, the domain's words. */
export const stanceOptions = (lang: Lang) => STANCES.map((s) => ({ value: s, label: STANCE_LABELS[s][lang] }));
export { STANCE_LABELS };
