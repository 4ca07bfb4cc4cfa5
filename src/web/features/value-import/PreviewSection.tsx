import { formatPeriod } from '../../../domain/periods';
import type { ValuePreview, ValueRejection } from '../../../shared/value-import-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';

/** Every rejected row with its line, column, value and reason. */
export function RejectionsTable({ rejections, truncated }: { rejections: ValueRejection[]; truncated: boolean }) {
  const { t } = useT();
  if (rejections.length === 0) return null;
  return (
    <section className="value-rejections" aria-labelledby="rejections-heading">
      <h3 id="rejections-heading">{t('valueImport.rejectedTitle', { count: rejections.length })}</h3>
      <p>{t('valueImport.rejectedIntro')}</p>
      {truncated && <p>{t('valueImport.rejectedTruncated', { shown: rejections.length })}</p>}
      <ScrollRegion label={t('valueImport.rejectedTitle', { count: rejections.length })}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('valueImport.col.line')}
              </th>
              <th scope="col">{t('valueImport.col.column')}</th>
              <th scope="col">{t('valueImport.col.value')}</th>
              <th scope="col">{t('valueImport.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rejections.map((r, i) => (
              <tr key={i}>
                <th scope="row" className="num">
                  {r.line}
                </th>
                <td>{r.column ?? t('valueImport.wholeRow')}</td>
                <td>{r.value}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

/** Step 3: what the file gave (counts, the first values as they will be stored) and every rejected row. */
export function PreviewSection({ preview }: { preview: ValuePreview }) {
  const { t, num, lang } = useT();
  const { counts } = preview;
  const showAge = preview.firstValues.some((v) => v.ageBand);
  const showArea = preview.firstValues.some((v) => v.area);
  return (
    <div className="value-preview">
      <p>
        {t('valueImport.counts', { rows: num(counts.rows), values: num(counts.values), missing: num(counts.missing), rejected: num(counts.rejected) })}
        {preview.wouldReplace > 0 && <> {t('valueImport.wouldReplace', { count: num(preview.wouldReplace) })}</>}
      </p>
      {counts.rejected === 0 && <p>{t('valueImport.noRejections')}</p>}
      {preview.firstValues.length > 0 && (
        <>
          <h3>{t('valueImport.firstValues')}</h3>
          <ScrollRegion label={t('valueImport.firstValues')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('valueImport.col.line')}
                  </th>
                  <th scope="col">{t('valueImport.col.measure')}</th>
                  <th scope="col">{t('valueImport.col.period')}</th>
                  <th scope="col">{t('valueImport.col.sex')}</th>
                  {showAge && <th scope="col">{t('valueImport.col.ageBand')}</th>}
                  {showArea && <th scope="col">{t('valueImport.col.area')}</th>}
                  <th scope="col" className="num">
                    {t('valueImport.col.number')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.firstValues.map((v, i) => (
                  <tr key={i}>
                    <td className="num">{v.line}</td>
                    <th scope="row">{v.measureName}</th>
                    <td>{formatPeriod(v.period, lang).long}</td>
                    <td>{t(`sex.${v.sex}`)}</td>
                    {showAge && <td>{v.ageBand}</td>}
                    {showArea && <td>{v.area}</td>}
                    <td className="num">{num(v.value, 4)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      <RejectionsTable rejections={preview.rejections} truncated={preview.rejectionsTruncated} />
    </div>
  );
}
