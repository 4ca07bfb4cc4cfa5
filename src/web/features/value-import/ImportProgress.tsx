import type { ValueImportJob } from '../../../shared/value-import-types';
import { useT } from '../../i18n';
import { RejectionsTable } from './PreviewSection';

/** Step 4 while and after it runs: a progress bar with its text, then the summary or the rejected rows. */
export function ImportProgress({ job }: { job: ValueImportJob }) {
  const { t, num } = useT();
  const percent = job.byteSize > 0 ? Math.min(100, Math.round((100 * job.bytesRead) / job.byteSize)) : 0;
  const text =
    job.status !== 'running'
      ? null
      : job.phase === 'saving'
        ? t('valueImport.saving', { rows: num(job.rowsRead) })
        : t('valueImport.reading', { rows: num(job.rowsRead), percent });
  return (
    <div className="value-progress">
      {job.status === 'running' && (
        // No value while saving: one statement writes everything, so its progress is unknown.
        <progress aria-label={t('valueImport.progress')} max={100} value={job.phase === 'saving' ? undefined : percent}>
          {percent} %
        </progress>
      )}
      {job.interrupted > 0 && <p>{t('valueFormats.interrupted', { count: num(job.interrupted) })}</p>}
      <p role="status" className={job.status === 'done' ? 'success-message' : undefined}>
        {text}
        {job.status === 'done' && job.summary && (
          <>
            <span aria-hidden="true">✓ </span>
            {t('valueImport.done', {
              values: num(job.summary.values),
              inserted: num(job.summary.inserted),
              replaced: num(job.summary.replaced),
              missing: num(job.summary.missing),
            })}
          </>
        )}
      </p>
      {job.status === 'rejected' && job.rejections.length > 0 && (
        <>
          <div className="error-box" role="alert">
            <p>{t('valueImport.rejected', { count: num(job.rejections.length) })}</p>
          </div>
          <RejectionsTable rejections={job.rejections} truncated={job.rejectionsTruncated} />
        </>
      )}
      {(job.status === 'failed' || job.status === 'interrupted' || (job.status === 'rejected' && job.rejections.length === 0)) && (
        <div className="error-box" role="alert">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('valueImport.failed', { message: job.message ?? '' })}
          </p>
        </div>
      )}
    </div>
  );
}
