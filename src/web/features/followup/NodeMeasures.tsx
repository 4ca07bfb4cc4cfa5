import { Link } from 'wouter';
import { isForecastPeriod } from '../../../domain/scorecard/forecast-status';
import type { ScorecardMeasure, ScorecardNode } from '../../../shared/api-types';
import { useScorecard } from '../../api/queries';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { ForecastNote } from '../scorecard/ForecastNote';
import { ForecastForm } from './ForecastForm';

const allNodes = (nodes: ScorecardNode[]): ScorecardNode[] => nodes.flatMap((n) => [n, ...allNodes(n.children)]);
const measuresUnder = (n: ScorecardNode): ScorecardMeasure[] => [...n.measures, ...n.children.flatMap(measuresUnder)];

/**
 * The measures a judgement is about, beside its form: every measure of the node and the nodes
 * below it, with value, target and status; at DÅ 04/08 the forecast form of each measure the
 * reader may enter values for.
 */
export function NodeMeasures({ planId, period, nodeId, title }: { planId: number; period: string; nodeId: number; title: string }) {
  const { t, lang } = useT();
  const scorecard = useScorecard(planId, period);
  if (scorecard.isPending) return <Loading />;
  if (scorecard.isError && !scorecard.data) return <ErrorMessage error={scorecard.error} onRetry={() => void scorecard.refetch()} />;
  const node = allNodes(scorecard.data?.nodes ?? []).find((n) => n.id === nodeId);
  const measures = node ? measuresUnder(node) : [];
  const caption = t('followupNav.measures', { title });
  const interim = isForecastPeriod(period);
  const forecastable = interim ? measures.filter((m) => m.canEnterValues && m.targetText !== null && m.reportedThisPeriod) : [];
  return (
    <section className="node-measures" aria-label={caption}>
      {measures.length === 0 ? (
        <p>{t('followupNav.noMeasures', { title })}</p>
      ) : (
        <ScrollRegion label={caption}>
        <table className="data-table node-measures-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('followupNav.col.measure')}</th>
              <th scope="col">{t('followupNav.col.value')}</th>
              <th scope="col">{t('followupNav.col.target')}</th>
              <th scope="col">{t('followupNav.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <Link href={`/measures/${m.id}?period=${encodeURIComponent(period)}`}>{m.name}</Link>
                </th>
                <td>{m.valueText?.[lang] ?? '–'}</td>
                <td>{m.targetText ?? '–'}</td>
                <td>
                  <StatusBadge status={m.fulfilment.status} />
                  <p className="reason">{m.fulfilment.explanation[lang]}</p>
                  <ForecastNote measure={m} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      )}
      {forecastable.map((m) => (
        <ForecastForm key={m.id} measure={m} period={period} />
      ))}
    </section>
  );
}
