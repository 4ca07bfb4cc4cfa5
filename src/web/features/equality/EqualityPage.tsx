import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'wouter';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { PeriodSelect } from '../../components/PeriodSelect';
import { useT } from '../../i18n';
import { periodLabeller } from '../../lib/periods';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { EqualityTable } from './EqualityTable';
import { ThresholdsForm } from './ThresholdsForm';
import { usePlanEquality } from './queries';

/** Plan-wide equality view: every measure with breakdowns and its gaps; flagged ones marked in words, with a filter to them. */
export function EqualityPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const period = searchParams.get('period');
  const onlyFlagged = searchParams.get('flagged') === '1';
  const equality = usePlanEquality(planId, period);
  const flaggedId = useId();
  const data = equality.data;
  useDocumentTitle(data ? `${t('equality.title')}: ${data.plan.title}` : t('equality.title'));
  const periodLabel = useMemo(() => periodLabeller(data?.periods ?? [], lang), [data, lang]);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (equality.isPending) return <Loading />;
  if (equality.isError) return <ErrorMessage error={equality.error} onRetry={() => void equality.refetch()} />;
  if (!data) return null;

  const flagged = data.measures.filter((m) => m.flagged);
  const rows = onlyFlagged ? flagged : data.measures;
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setSearchParams(next, { replace: true });
  };

  return (
    <div className="page equality">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: data.plan.title }]} current={t('equality.title')} />
      <h1>{t('equality.title')}</h1>
      <p className="lead">{t('equality.intro')}</p>
      <ThresholdsForm key={`${data.thresholds.relativeGap}-${data.thresholds.absolutePoints}`} planId={planId} thresholds={data.thresholds} />
      <div className="toolbar">
        <PeriodSelect
          label={t('equality.period')}
          periods={data.periods}
          value={period ?? ''}
          onChange={(p) => setParam('period', p || null)}
          all={t('equality.latestPerMeasure')}
        />
        <div className="checkbox">
          <input id={flaggedId} type="checkbox" checked={onlyFlagged} onChange={(e) => setParam('flagged', e.target.checked ? '1' : null)} />
          <label htmlFor={flaggedId}>{t('equality.onlyFlagged')}</label>
        </div>
        <Link href={`/plans/${planId}/dashboard`}>{t('dashboard.link')}</Link>
      </div>
      <p role="status">
        {data.measures.length > 0 && t('equality.count', { shown: rows.length, total: data.measures.length, flagged: flagged.length })}
      </p>
      {data.measures.length === 0 ? (
        <p>{period ? t('equality.emptyPeriod') : t('equality.empty')}</p>
      ) : rows.length === 0 ? (
        <p>{t('equality.noneFlagged')}</p>
      ) : (
        <EqualityTable rows={rows} periodLabel={periodLabel} />
      )}
    </div>
  );
}
