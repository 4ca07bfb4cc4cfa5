import { useId } from 'react';
import { Link, useSearchParams } from 'wouter';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { AreaComparisonSection } from './AreaComparisonSection';
import { FulfilmentByNode } from './FulfilmentByNode';
import { RegionComparisonLinks } from './RegionComparisonLinks';
import { StatusChanges } from './StatusChanges';
import { TrendSection } from './TrendSection';
import { useDashboard } from './queries';

/** The plan's dashboard for one period: fulfilment per perspective and goal, trend, changed statuses, one measure across areas. */
export function DashboardPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('period');
  const dashboard = useDashboard(planId, requested);
  const periodId = useId();
  const d = dashboard.data;
  useDocumentTitle(d ? `${t('dashboard.title')}: ${d.plan.title}` : t('dashboard.title'));

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (dashboard.isPending) return <Loading />;
  if (dashboard.isError && !d) return <ErrorMessage error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!d) return null;
  const periodQuery = `?period=${encodeURIComponent(d.period)}`;

  return (
    <div className="page dashboard">
      <Breadcrumb trail={[{ href: `/plans/${planId}${periodQuery}`, label: d.plan.title }]} current={t('dashboard.title')} />
      <h1>{t('dashboard.title')}</h1>
      <p className="meta">{t('dashboard.intro', { period: d.periodLabel[lang] })}</p>
      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor={periodId}>{t('dashboard.period')}</label>
          <select id={periodId} value={d.period} onChange={(e) => setSearchParams({ period: e.target.value }, { replace: true })}>
            {d.periods.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label[lang]}
              </option>
            ))}
          </select>
        </div>
        <Link href={`/plans/${planId}/equality`}>{t('equality.link')}</Link>
        <p className="toolbar-status" role="status">
          {dashboard.isFetching && dashboard.isPlaceholderData ? t('scorecard.periodLoading') : ''}
        </p>
      </div>
      {dashboard.isError && <ErrorMessage error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      <FulfilmentByNode dashboard={d} />
      <TrendSection dashboard={d} />
      <StatusChanges dashboard={d} />
      <AreaComparisonSection dashboard={d} />
      <RegionComparisonLinks dashboard={d} />
    </div>
  );
}
