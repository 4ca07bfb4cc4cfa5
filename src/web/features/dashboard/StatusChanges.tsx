import { Link } from 'wouter';
import { isImprovement } from '../../../domain/dashboard';
import type { Dashboard } from '../../../shared/dashboard-types';
import { ScrollRegion } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';

/** The measures whose status changed since the previous period, from → to, better or worse in words. */
export function StatusChanges({ dashboard }: { dashboard: Dashboard }) {
  const { t, lang } = useT();
  const previous = dashboard.previousPeriod;
  const heading = previous ? t('dashboard.changes.heading', { period: previous.label[lang] }) : t('dashboard.changes.headingFirst');
  return (
    <section className="card dashboard-section" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{heading}</h2>
      {!previous ? (
        <p>{t('dashboard.changes.first')}</p>
      ) : dashboard.changes.length === 0 ? (
        <p>{t('dashboard.changes.none', { period: previous.label[lang] })}</p>
      ) : (
        <ScrollRegion label={heading}>
          <table className="data-table">
            <caption className="visually-hidden">
              {t('dashboard.changes.caption', { from: previous.label[lang], to: dashboard.periodLabel[lang] })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.changes.col.measure')}</th>
                <th scope="col">{t('dashboard.changes.col.from')}</th>
                <th scope="col">{t('dashboard.changes.col.to')}</th>
                <th scope="col">{t('dashboard.changes.col.change')}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.changes.map((c) => {
                const better = isImprovement(c);
                return (
                  <tr key={c.measureId}>
                    <th scope="row">
                      <Link href={`/measures/${c.measureId}?period=${encodeURIComponent(dashboard.period)}`}>{c.name}</Link>
                      <span className="meta change-path">{c.path.join(' › ')}</span>
                    </th>
                    <td>
                      <StatusBadge status={c.from} />
                    </td>
                    <td>
                      <StatusBadge status={c.to} />
                    </td>
                    <td>
                      {better === true && (
                        <span className="change-better">
                          <span aria-hidden="true">▲ </span>
                          {t('dashboard.changes.better')}
                        </span>
                      )}
                      {better === false && (
                        <span className="change-worse">
                          <span aria-hidden="true">▼ </span>
                          {t('dashboard.changes.worse')}
                        </span>
                      )}
                      {better === null && t('dashboard.changes.other')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
