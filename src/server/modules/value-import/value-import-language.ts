/**
 * A values import as the reader reads it: the importers report rows and failures in Swedish (the
 * message catalogue's text and its values), stored as they are; each answer words them in the
 * reader's language on the way out.
 */
import type { Lang } from '../../../domain/i18n/lang';
import type { ValueImportJob, ValuePreview, ValueRejection } from '../../../shared/value-import-types';
import { translateMessage } from '../../http/messages';

const rejectionIn = (r: ValueRejection, lang: Lang): ValueRejection => ({ ...r, reason: translateMessage(r.reason, lang) });

/** A preview with every rejection's reason in `lang`. */
export function previewIn(preview: ValuePreview, lang: Lang): ValuePreview {
  return lang === 'sv' ? preview : { ...preview, rejections: preview.rejections.map((r) => rejectionIn(r, lang)) };
}

/** A job with its rejections and its failure in `lang`. */
export function jobIn(job: ValueImportJob, lang: Lang): ValueImportJob {
  if (lang === 'sv') return job;
  return { ...job, rejections: job.rejections.map((r) => rejectionIn(r, lang)), message: job.message === null ? null : translateMessage(job.message, lang) };
}
