import { useState } from 'react';
import { Link } from 'wouter';
import type { KoladaGender } from '../../../shared/kolada-types';
import { Breadcrumb } from '../../components/Breadcrumb';
import { SelectField } from '../../components/Field';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/periods';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useComparison } from './api';
import { ComparisonChart } from './ComparisonChart';

/** The measure's Kolada KPI for all 21 regions, ranked by the measure's better direction, with Riket: a bar chart and its table. */
export function ComparisonPage({ measureId }: { measureId: number }) {
  const { t, lang, num } = useT();
  const [year, setYear] = useState<number | null>(null);
  const [gender, setGender] = useState<KoladaGender>('T');
  const comparison = useComparison(measureId, year, gender);
  useDocumentTitle(comparison.data ? t('comparison.titleFor', { name: comparison.data.measureName }) : t('comparison.title'));

  if (!Number.isFinite(measureId)) return <ErrorMessage error={new Error('bad id')} />;
  if (comparison.isPending) return <Loading />;
  if (comparison.isError) {
    return (
      <div className="page">
        <h1>{t('comparison.title')}</h1>
        <ErrorMessage error={comparison.error} onRetry={() => void comparison.refetch()} />
        <p>
          <Link href={`/measures/${measureId}`}>{t('comparison.back')}</Link>
        </p>
      </div>
    );
  }
  const c = comparison.data;
  const regions = c.rows.filter((r) => !r.isNational);
  const own = regions.find((r) => r.isOwn);
  const national = c.rows.find((r) => r.isNational);
  const show = (v: number | null) => (v === null ? t('comparison.missing') : num(v, 1));
  const ranked = regions.filter((r) => r.rank !== null).length;
  const summary =
    own && own.rank !== null
      ? t('comparison.chartSummary', { name: c.kpi.title, year: c.year ?? '', own: own.municipality.title, value: show(own.value), rank: own.rank, count: ranked, national: show(national?.value ?? null) })
      : t('comparison.chartSummaryNoOwn', { name: c.kpi.title, year: c.year ?? '', count: ranked, national: show(national?.value ?? null) });
  const caption = t('comparison.caption', { name: c.kpi.title, year: c.year ?? '' });
  const direction = c.betterDirection === 'decrease' ? t('comparison.rankedDecrease') : c.betterDirection === 'increase' ? t('comparison.rankedIncrease') : t('comparison.rankedUnknown');

  return (
    <div className="page comparison">
      <Breadcrumb trail={[{ href: `/measures/${measureId}`, label: c.measureName }]} current={t('comparison.title')} />
      <h1>{t('comparison.titleFor', { name: c.measureName })}</h1>
      <p className="lead">{t('comparison.intro', { id: c.kpi.id, title: c.kpi.title })}</p>
      {c.year === null ? (
        <p>{t('comparison.noValues')}</p>
      ) : (
        <>
          <div className="comparison-filters">
            <SelectField
              label={t('comparison.year')}
              value={String(c.year)}
              onChange={(v) => setYear(Number(v))}
              options={c.years.map((y) => ({ value: String(y), label: String(y) }))}
            />
            {c.kpi.isDividedByGender && (
              <SelectField<KoladaGender>
                label={t('comparison.sex')}
                value={gender}
                onChange={(g) => {
                  setGender(g);
                  setYear(null);
                }}
                options={(['T', 'K', 'M'] as const).map((g) => ({ value: g, label: t(`sex.${g}`) }))}
              />
            )}
          </div>
          <p>{direction}</p>
          <ComparisonChart comparison={c} summary={summary} />
          <h2>{t('comparison.tableHeading')}</h2>
          <ScrollRegion label={caption}>
            <table className="data-table comparison-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('comparison.rank')}
                  </th>
                  <th scope="col">{t('comparison.region')}</th>
                  <th scope="col" className="num">
                    {t('comparison.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.rows.map((r) => (
                  <tr key={r.municipality.id} className={r.isOwn ? 'own-region' : r.isNational ? 'national' : undefined}>
                    <td className="num">{r.rank ?? '–'}</td>
                    <th scope="row">
                      {r.municipality.title}
                      {r.isOwn && <span className="meta"> ({t('comparison.own')})</span>}
                    </th>
                    <td className="num">{show(r.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="kolada-credit">
            {t('kolada.credit')}. {c.fetchedAt && t('comparison.fetchedAt', { when: formatDateTime(c.fetchedAt, lang) })} {t('comparison.rankingNote')}
          </p>
        </>
      )}
      <p>
        <Link href={`/measures/${measureId}`}>{t('comparison.back')}</Link>
      </p>
    </div>
  );
}
