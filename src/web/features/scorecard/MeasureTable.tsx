import { Link } from 'wouter';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { ScorecardNode } from '../../../shared/api-types';
import { ScrollRegion } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { DirectionMissingNote } from './DirectionMissingNote';
import { ForecastNote } from './ForecastNote';

/** The measures of one node as a table: Mått, Ingångsvärde, Mål, Utfall, Status. */
export function MeasureTable({ node, model, period }: { node: ScorecardNode; model: GovernanceModel; period: string }) {
  const { t, lang } = useT();
  // The measure's page offers this period first when a value is entered.
  const query = `?period=${encodeURIComponent(period)}`;
  const caption = t('scorecard.measuresOf', { title: node.title });
  const showKind = model.measureKinds.length > 1;
  return (
    <ScrollRegion label={caption}>
      <table className="data-table measure-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecard.col.measure')}</th>
            <th scope="col">{t('scorecard.col.baseline')}</th>
            <th scope="col">{t('scorecard.col.target')}</th>
            <th scope="col">{t('scorecard.col.outcome')}</th>
            <th scope="col">{t('scorecard.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {node.measures.map((m) => {
            const kind = model.measureKinds.find((k) => k.key === m.kindKey);
            return (
              <tr key={m.id}>
                <th scope="row" className="measure-name">
                  <Link href={`/measures/${m.id}${query}`}>{m.name}</Link>
                  {showKind && kind && <span className="tag">{kind.name[lang]}</span>}
                </th>
                <td>
                  {m.baselineText || '–'}
                  {m.baselineValueText && <>: {m.baselineValueText[lang]}</>}
                </td>
                <td>
                  {m.targetText ? keepNumbersTogether(m.targetText) : '–'}
                  {m.targetYear !== null && m.targetText && (
                    <span className="meta block">{t('scorecard.targetFor', { year: m.targetYear })}</span>
                  )}
                </td>
                <td className="outcome">
                  {m.valueText ? (
                    <>
                      {m.valueText[lang]}
                      {m.valueFromKolada && <span className="meta block">{t('kolada.credit')}</span>}
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t('scorecard.noOutcome')}</span>
                    </>
                  )}
                  {!m.reportedThisPeriod && <span className="meta block">{t('scorecard.notReported')}</span>}
                </td>
                <td className="status-cell">
                  <StatusBadge status={m.fulfilment.status} />
                  <DirectionMissingNote measure={m} />
                  <p className="reason">{m.fulfilment.explanation[lang]}</p>
                  <ForecastNote measure={m} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Plans write `43 000` with an ordinary space; a narrow column must not break the number in two. */
function keepNumbersTogether(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00A0').replace(/(\d) (?=%)/g, '$1\u00A0');
}
