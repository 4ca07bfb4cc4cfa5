import type { Dashboard } from '../../../shared/dashboard-types';
import { BarChart, ChartOrTable } from '../../components/BarChart';
import { ScrollRegion } from '../../components/States';
import { STATUS_ORDER, StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { countsText, statusSeries } from './statusSeries';

/** Counts of judged measures per status for each perspective and strategic goal: a stacked bar chart or a table. */
export function FulfilmentByNode({ dashboard }: { dashboard: Dashboard }) {
  const { t, lang, num } = useT();
  const [first, second] = dashboard.levels;
  const period = dashboard.periodLabel[lang];
  const statusName = (s: (typeof STATUS_ORDER)[number]) => t(`status.${s}`);
  const levelName = (depth: number) => dashboard.levels[depth]?.name[lang] ?? '';
  const heading = first && second
    ? t('dashboard.byNode.heading', { first: first.plural[lang].toLowerCase(), second: second.plural[lang].toLowerCase() })
    : t('dashboard.title');
  const summary = [
    t('dashboard.byNode.caption', { period }),
    ...dashboard.nodes.map((n) => t('dashboard.byNode.nodeSummary', { title: `${levelName(n.depth)} ${n.title}`, counts: countsText(n.counts, t, statusName) || t('status.no-value') })),
  ].join('. ');
  return (
    <section className="card dashboard-section" aria-labelledby="by-node-heading">
      <h2 id="by-node-heading">{heading}</h2>
      <ChartOrTable
        label={heading}
        chart={
          <BarChart
            label={heading}
            rows={dashboard.nodes.map((n) => ({ key: String(n.nodeId), label: n.title, indent: n.depth, values: n.counts }))}
            series={statusSeries(t)}
            summary={summary}
            format={(v) => num(v, 0)}
          />
        }
        table={
          <ScrollRegion label={t('dashboard.byNode.caption', { period })}>
            <table className="data-table">
              <caption>{t('dashboard.byNode.caption', { period })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.byNode.col.node')}</th>
                  <th scope="col">{t('dashboard.byNode.col.status')}</th>
                  {STATUS_ORDER.map((s) => (
                    <th key={s} scope="col" className="num">
                      {statusName(s)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dashboard.nodes.map((n) => (
                  <tr key={n.nodeId} className={n.depth === 0 ? 'row-group' : undefined}>
                    <th scope="row" className={`indent-${n.depth}`}>
                      <span className="visually-hidden">{levelName(n.depth)}: </span>
                      {n.title}
                    </th>
                    <td>
                      <StatusBadge status={n.status} />
                    </td>
                    {STATUS_ORDER.map((s) => (
                      <td key={s} className="num">
                        {num(n.counts[s], 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        }
      />
    </section>
  );
}
