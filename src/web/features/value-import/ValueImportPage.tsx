import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ValueMapping, ValuePreview, ValueUpload } from '../../../shared/value-import-types';
import { useScorecard } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Field } from '../../components/Field';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { usePreviewValueImport, useStartValueImport, useUploadValueFile, useValueImportJob } from './api';
import { CodeMappingForm } from './CodeMappingForm';
import { ImportProgress } from './ImportProgress';
import { MappingForm } from './MappingForm';
import { PreviewSection } from './PreviewSection';

/**
 * Importing values from a file, in four steps on one page: upload, map the columns, preview
 * (the first values and every rejected row), import with a progress bar and a summary.
 */
export function ValueImportPage({ planId }: { planId: number }) {
  const { t, num } = useT();
  const scorecard = useScorecard(planId, null);
  const plan = scorecard.data?.plan;
  useDocumentTitle(plan ? `${t('valueImport.title')} – ${plan.title}` : t('valueImport.title'));
  const fileRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [fileMissing, setFileMissing] = useState(false);
  const [upload, setUpload] = useState<ValueUpload | null>(null);
  const [mapping, setMapping] = useState<ValueMapping | null>(null);
  const [preview, setPreview] = useState<ValuePreview | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const uploadFile = useUploadValueFile(planId);
  const previewImport = usePreviewValueImport();
  const startImport = useStartValueImport();
  const job = useValueImportJob(jobId);
  const focusLater = useFocusAfterCommit();

  // Each step's heading takes the focus when the step appears, so keyboard and screen-reader users follow along.
  const focusHeading = (id: string) => focusLater(() => document.getElementById(id)?.focus());
  // biome-ignore lint/correctness/useExhaustiveDependencies: once when the job's status changes, not on every poll's new `job.data`
  useEffect(() => {
    if (job.data && job.data.status !== 'running') document.getElementById('import-heading')?.focus();
  }, [job.data?.status]);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (scorecard.isPending) return <Loading />;
  if (scorecard.isError) return <ErrorMessage error={scorecard.error} onRetry={() => void scorecard.refetch()} />;

  const onUpload = (e: FormEvent) => {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    setFileMissing(!file);
    if (!file) {
      fileRef.current?.focus();
      return;
    }
    setPreview(null);
    setJobId(null);
    uploadFile.mutate(file, {
      onSuccess: (u) => {
        setUpload(u);
        setMapping(u.suggestedMapping);
        focusHeading('mapping-heading');
      },
    });
  };
  const changeMapping = (m: ValueMapping) => {
    setMapping(m);
    setPreview(null); // a preview belongs to the mapping it was made with
    previewImport.reset();
  };
  const onPreview = (e: FormEvent) => {
    e.preventDefault();
    if (!upload || !mapping) return;
    previewImport.mutate({ importId: upload.id, mapping }, {
      onSuccess: (p) => {
        setPreview(p);
        focusHeading('preview-heading');
      },
    });
  };
  const onImport = () => {
    if (!upload || !mapping) return;
    startImport.mutate({ importId: upload.id, mapping }, { onSuccess: (j) => setJobId(j.id) });
  };
  const planMeasures = (function collect(nodes: typeof scorecard.data.nodes): { id: number; name: string }[] {
    return nodes.flatMap((n) => [...n.measures.map((m) => ({ id: m.id, name: m.name })), ...collect(n.children)]);
  })(scorecard.data.nodes);
  const onCodesMapped = (u: ValueUpload) => {
    setUpload(u);
    setPreview(null);
    previewImport.reset();
  };
  const uploadError = fileMissing ? t('valueImport.fileRequired') : (uploadFile.error?.fieldError('file') ?? uploadFile.error?.message);
  const running = job.data?.status === 'running' || startImport.isPending;

  return (
    <div className="page value-import">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: plan?.title ?? t('measure.plan') }]} current={t('valueImport.title')} />
      <h1>{t('valueImport.title')}</h1>
      <p>{t('valueImport.intro')}</p>
      <p>
        <Link href={`/plans/${planId}/kolada-differences`}>{t('koladaDiff.link')}</Link>
      </p>

      <section className="card" aria-labelledby="file-heading">
        <h2 id="file-heading">{t('valueImport.fileStep')}</h2>
        <form onSubmit={onUpload} noValidate>
          <Field label={t('valueImport.file')} hint={t('valueImport.fileHint')} error={uploadError}>
            <input
              id={fileId}
              ref={fileRef}
              type="file"
              accept=".csv,.txt,.tsv,.json,.xlsx,text/csv,text/tab-separated-values,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
          </Field>
          <button type="submit" className="button" disabled={uploadFile.isPending || running}>
            {uploadFile.isPending ? t('valueImport.uploading') : t('valueImport.upload')}
          </button>
        </form>
        {upload && (
          <p className="meta" role="status">
            {t('valueImport.uploaded', { file: upload.fileName, format: t(`valueFormats.format.${upload.format}`), size: num(upload.byteSize) })}
            {' · '}
            {t('valueFormats.detected', { format: t(`valueFormats.format.${upload.format}`) })}
            {upload.encoding && <> · {t('valueImport.csvDetails', { encoding: upload.encoding, delimiter: upload.delimiter === '\t' ? 'tab' : (upload.delimiter ?? '') })}</>}
          </p>
        )}
      </section>

      {upload?.coded && (
        <section className="card" aria-labelledby="mapping-heading">
          <h2 id="mapping-heading" tabIndex={-1}>
            {t('valueFormats.codesStep')}
          </h2>
          <CodeMappingForm upload={upload} measures={planMeasures} onMapped={onCodesMapped} />
          <form onSubmit={onPreview} noValidate>
            {previewImport.error && <ErrorMessage error={previewImport.error} />}
            <button type="submit" className="button" disabled={previewImport.isPending || running}>
              {previewImport.isPending ? t('valueImport.previewing') : t('valueImport.preview')}
            </button>
          </form>
        </section>
      )}

      {upload && !upload.coded && mapping && (
        <section className="card" aria-labelledby="mapping-heading">
          <h2 id="mapping-heading" tabIndex={-1}>
            {t('valueImport.mappingStep')}
          </h2>
          <form onSubmit={onPreview} noValidate>
            <MappingForm upload={upload} mapping={mapping} onChange={changeMapping} error={previewImport.error} />
            {previewImport.error && !previewImport.error.details.some((d) => d.path.startsWith('mapping.')) && <ErrorMessage error={previewImport.error} />}
            <button type="submit" className="button" disabled={previewImport.isPending || running}>
              {previewImport.isPending ? t('valueImport.previewing') : t('valueImport.preview')}
            </button>
          </form>
        </section>
      )}

      {preview && (
        <section className="card" aria-labelledby="preview-heading">
          <h2 id="preview-heading" tabIndex={-1}>
            {t('valueImport.previewStep')}
          </h2>
          <PreviewSection preview={preview} />
        </section>
      )}

      {preview && preview.counts.rejected === 0 && preview.counts.values > 0 && (
        <section className="card" aria-labelledby="import-heading">
          <h2 id="import-heading" tabIndex={-1}>
            {t('valueImport.importStep')}
          </h2>
          {!job.data && (
            <button type="button" className="button" onClick={onImport} disabled={running}>
              {t('valueImport.import', { count: num(preview.counts.values) })}
            </button>
          )}
          {startImport.error && <ErrorMessage error={startImport.error} />}
          {job.data && <ImportProgress job={job.data} />}
          {job.isError && <ErrorMessage error={job.error} onRetry={() => void job.refetch()} />}
          {job.data?.status === 'done' && (
            <p>
              <Link href={`/plans/${planId}`}>{t('valueImport.toScorecard')}</Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
