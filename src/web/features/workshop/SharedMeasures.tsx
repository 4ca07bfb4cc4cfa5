import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { formatValue } from '../../lib/numbers';

/**
 * The shared plan's measures compared across the members for a period: a ranked table per measure
 * with each member's value, where it comes from (own follow-up or Kolada) and the status the
 * member's own plan gives it, with the rule that decided it. No status is shown without one.
 */
export function SharedMeasures({ federationId }: { federationId: number }) {
  const { t, lang } = useT();
  const [period, setPeriod] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ['federations', federationId, 'measures', period],
    queryFn: ({ signal }) => api.call('GET /api/federations/:id/measures', { params: { id: federationId }, query: { period: period || undefined } }, { signal }),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  return (
    <section className="card shared-measures" aria-labelledby="shared-measures-heading">
      <h2 id="shared-measures-heading">{t('regionTools.measuresTitle')}</h2>
      <p>{t('regionTools.measuresIntro')}</p>
      {c.measures.length === 0 ? (
        <p>{t('regionTools.measuresNone')}</p>
      ) : c.period === null ? (
        <p>{t('regionTools.measuresNoValues')}</p>
      ) : (
        <>
          <Field label={t('regionTools.measuresPeriod')}>
            <select value={c.period} onChange={(e) => setPeriod(e.target.value)}>
              {c.periods.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </Field>
          {c.measures.map((m) => (
            <div key={m.id} className="shared-measure">
              <h3>{m.name}</h3>
              <p className="meta">
                {m.kpi ? `${t('regionTools.measuresKpi', { kpi: m.kpi.id, title: m.kpi.title })} · ` : ''}
                {m.betterDirection === 'decrease' ? t('regionTools.measuresLower') : m.betterDirection === 'increase' ? t('regionTools.measuresHigher') : ''}
              </p>
              <ScrollRegion label={t('regionTools.measuresCaption', { name: m.name, period: c.period! })}>
                <table className="data-table">
                  <caption className="visually-hidden">{t('regionTools.measuresCaption', { name: m.name, period: c.period! })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('regionTools.measuresRank')}</th>
                      <th scope="col">{t('regionTools.measuresMember')}</th>
                      <th scope="col" className="numeric">
                        {t('regionTools.measuresValue')}
                      </th>
                      <th scope="col">{t('regionTools.measuresSource')}</th>
                      <th scope="col">{t('regionTools.measuresStatus')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.rows.map((r) => (
                      <tr key={r.organisationId}>
                        <td>{r.rank ?? '–'}</td>
                        <th scope="row">{r.measureId !== null ? <Link href={`/measures/${r.measureId}`}>{r.organisationName}</Link> : r.organisationName}</th>
                        <td className="numeric">{r.value === null ? t('regionTools.measuresNoValue') : formatValue(r.value, m.unit, lang)}</td>
                        <td>{r.source === 'own' ? t('regionTools.measuresSourceOwn') : r.source === 'kolada' ? t('regionTools.measuresSourceKolada') : '–'}</td>
                        <td>
                          {r.status ? (
                            <>
                              <StatusBadge status={r.status.status} />
                              <div className="meta">{r.status.explanation[lang]}</div>
                            </>
                          ) : (
                            <span className="meta">{t('regionTools.measuresNoStatus')}</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
