import { Link } from 'wouter';
import type { Dashboard } from '../../../shared/dashboard-types';
import { useT } from '../../i18n';

/** The plan's measures linked to a Kolada KPI, each with a link to its comparison across the 21 regions and the country. */
export function RegionComparisonLinks({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useT();
  const measures = dashboard.koladaMeasures;
  return (
    <section className="card dashboard-section" aria-labelledby="regions-heading">
      <h2 id="regions-heading">{t('dashboard.regions.heading')}</h2>
      {measures.length === 0 ? (
        <p>{t('dashboard.regions.none')}</p>
      ) : (
        <>
          <p>{t('dashboard.regions.intro')}</p>
          <ul>
            {measures.map((m) => (
              <li key={m.id}>
                {m.name} <span className="meta">({t('dashboard.regions.kpi', { kpi: m.kpi })})</span> –{' '}
                <Link href={`/measures/${m.id}/comparison`}>
                  {t('dashboard.regions.link')}
                  <span className="visually-hidden">: {m.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
