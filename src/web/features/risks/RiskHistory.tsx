import type { RiskHistoryItem } from '../../../shared/risks-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';

/** Each success factor's risk year by year, with the change since the year before written out. */
export function RiskHistory({ items }: { items: RiskHistoryItem[] }) {
  const { t } = useT();
  const years = [...new Set(items.flatMap((i) => i.entries.map((e) => e.year)))].sort((a, b) => a - b);
  const caption = t('risks.history.caption');
  const change = (n: number | null) =>
    n === null ? '' : n > 0 ? t('risks.history.up', { change: n }) : n < 0 ? t('risks.history.down', { change: -n }) : t('risks.history.same');
  return (
    <section aria-labelledby="risk-history-heading">
      <h2 id="risk-history-heading">{t('risks.history.title')}</h2>
      <p>{t('risks.history.intro')}</p>
      {items.length === 0 ? (
        <p>{t('risks.history.none')}</p>
      ) : (
        <ScrollRegion label={caption}>
          <table className="data-table risk-history">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('risks.table.successFactor')}</th>
                {years.map((y) => (
                  <th key={y} scope="col" className="num">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.successFactor.nodeId}>
                  <th scope="row">{item.successFactor.title}</th>
                  {years.map((y) => {
                    const e = item.entries.find((x) => x.year === y);
                    return (
                      <td key={y} className="num">
                        {e ? (
                          <>
                            <span className={`risk-class risk-class-${e.riskClass}`}>{t('risks.history.entry', { risk: e.risk, consequence: e.consequence, probability: e.probability })}</span>
                            {e.change !== null && <span className="risk-change"> {change(e.change)}</span>}
                          </>
                        ) : (
                          <span className="meta">{t('risks.history.notAssessed')}</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
