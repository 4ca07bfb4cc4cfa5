import type { Dashboard } from '../../../shared/dashboard-types';
import { BarChart, ChartOrTable } from '../../components/BarChart';
import { ScrollRegion } from '../../components/States';
import { STATUS_ORDER, StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { countsText, statusSeries } from './statusSeries';

/** The plan's counts per status over its periods: one stacked bar per period, or a table. */
export function TrendSection({ dashboard }: { dashboard: Dashboard }) {
  const { t, lang, num } = useT();
  const statusName = (s: (typeof STATUS_ORDER)[number]) => t(`status.${s}`);
  const topNodes = dashboard.nodes.filter((n) => n.depth === 0);
  const topLevel = (dashboard.levels[0]?.name[lang] ?? '').toLowerCase();
  const summary = [
    t('dashboard.trend.summary', { count: dashboard.trend.length }),
    ...dashboard.trend.map((p) => t('dashboard.byNode.summary', { period: p.label[lang], counts: countsText(p.counts, t, statusName) })),
  ].join(' ');
  return (
    <section className="card dashboard-section" aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('dashboard.trend.heading')}</h2>
      <ChartOrTable
        label={t('dashboard.trend.heading')}
        chart={
          <BarChart
            label={t('dashboard.trend.heading')}
            rows={dashboard.trend.map((p) => ({ key: p.period, label: p.label[lang], values: p.counts }))}
            series={statusSeries(t)}
            summary={summary}
            format={(v) => num(v, 0)}
          />
        }
        table={
          <ScrollRegion label={t('dashboard.trend.caption')}>
            <table className="data-table">
              <caption>{t('dashboard.trend.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.trend.col.period')}</th>
                  {STATUS_ORDER.map((s) => (
                    <th key={s} scope="col" className="num">
                      {statusName(s)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dashboard.trend.map((p) => (
                  <tr key={p.period} aria-current={p.period === dashboard.period ? 'true' : undefined}>
                    <th scope="row">{p.label[lang]}</th>
                    {STATUS_ORDER.map((s) => (
                      <td key={s} className="num">
                        {num(p.counts[s], 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        }
      />
      <h3>{t('dashboard.trend.byNodeHeading', { level: topLevel })}</h3>
      <ScrollRegion label={t('dashboard.trend.byNodeCaption', { level: topLevel })}>
        <table className="data-table">
          <caption className="visually-hidden">{t('dashboard.trend.byNodeCaption', { level: topLevel })}</caption>
          <thead>
            <tr>
              <th scope="col">{dashboard.levels[0]?.name[lang] ?? ''}</th>
              {dashboard.trend.map((p) => (
                <th key={p.period} scope="col">
                  {p.label[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {topNodes.map((n) => (
              <tr key={n.nodeId}>
                <th scope="row">{n.title}</th>
                {dashboard.trend.map((p) => {
                  const status = p.nodes.find((x) => x.nodeId === n.nodeId)?.status;
                  return <td key={p.period}>{status ? <StatusBadge status={status} /> : '–'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
