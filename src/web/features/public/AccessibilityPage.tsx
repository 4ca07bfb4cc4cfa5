import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client';
import { useReportAccessibilityProblem } from '../../api/public-queries';
import { Field, TextField } from '../../components/Field';
import { ErrorMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The accessibility statement (tillgänglighetsredogörelse, DOS-lagen) with a way to report a problem; no sign-in. */
export function AccessibilityPage() {
  const { t } = useT();
  useDocumentTitle(t('accessibility.title'));
  const report = useReportAccessibilityProblem();
  const [page, setPage] = useState('');
  const [description, setDescription] = useState('');
  const [contact, setContact] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    report.mutate({ page, description, ...(contact ? { contact } : {}) }, { onSuccess: () => setDescription('') });
  };
  const fieldError = (path: string) => (isApiError(report.error) ? report.error.fieldError(path) : undefined);

  return (
    <div className="page narrow">
      <h1>{t('accessibility.title')}</h1>
      <p className="lead">{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t('accessibility.statusText')}</p>
      <h2>{t('accessibility.knownHeading')}</h2>
      <p>{t('accessibility.knownText')}</p>
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{t('accessibility.reportHeading')}</h2>
        <p>{t('accessibility.reportText')}</p>
        <form onSubmit={submit} noValidate>
          <TextField label={t('accessibility.page')} value={page} onChange={setPage} maxLength={500} error={fieldError('page')} />
          <Field label={t('accessibility.description')} error={fieldError('description')}>
            <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={5} maxLength={5000} required />
          </Field>
          <TextField label={t('accessibility.contact')} value={contact} onChange={setContact} maxLength={200} autoComplete="email" error={fieldError('contact')} />
          <button type="submit" className="button" disabled={report.isPending}>
            {t('accessibility.send')}
          </button>
        </form>
        {report.isSuccess && (
          <p role="status" className="success">
            {t('accessibility.sent')}
          </p>
        )}
        {report.isError && !fieldError('description') && <ErrorMessage error={report.error} />}
      </section>
      <h2>{t('accessibility.supervisionHeading')}</h2>
      <p>{t('accessibility.supervisionText')}</p>
      <p>
        <a href="https://www.digg.se/tdosanmalan">{t('accessibility.diggLink')}</a>
      </p>
    </div>
  );
}
