import { Link } from 'wouter';
import type { Localized } from '../../../domain/i18n/lang';
import type { ScorecardMeasure, ScorecardNode } from '../../../shared/api-types';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { DirectionMissingNote } from './DirectionMissingNote';
import { TREND_ARROWS, trendOf } from './trend';

/** A measure as it was in the period it is compared with, found by the compact view. */
export interface EarlierValue {
  value: number | undefined;
  valueText: Localized | null;
  periodLabel: string;
}

/** One line per measure: status (symbol, word, colour), value, target and the trend against an earlier period. */
export function CompactMeasureRows({ node, period, earlier }: { node: ScorecardNode; period: string; earlier: (m: ScorecardMeasure) => EarlierValue | null }) {
  const { t, lang } = useT();
  const caption = t('scorecard.measuresOf', { title: node.title });
  return (
    <table className="data-table compact-measures">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scorecard.col.measure')}</th>
          <th scope="col">{t('scorecard.col.status')}</th>
          <th scope="col">{t('scorecard.col.outcome')}</th>
          <th scope="col">{t('scorecard.col.target')}</th>
          <th scope="col">{t('glance.trend')}</th>
        </tr>
      </thead>
      <tbody>
        {node.measures.map((m) => (
          <tr key={m.id}>
            <th scope="row" className="measure-name">
              <Link href={`/measures/${m.id}?period=${encodeURIComponent(period)}`}>{m.name}</Link>
            </th>
            <td className="status-cell">
              <StatusBadge status={m.fulfilment.status} />
              <DirectionMissingNote measure={m} />
            </td>
            <td>
              {m.valueText?.[lang] ?? (
                <>
                  <span aria-hidden="true">–</span>
                  <span className="visually-hidden">{t('scorecard.noOutcome')}</span>
                </>
              )}
            </td>
            <td>
              {m.targetText ?? '–'}
              {m.targetText && m.targetYear !== null && <span className="meta"> ({m.targetYear})</span>}
            </td>
            <td>
              <TrendText measure={m} earlier={earlier(m)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "↑ upp från 41 %" with the period compared with; the arrow is decoration, the words say it. */
function TrendText({ measure, earlier }: { measure: ScorecardMeasure; earlier: EarlierValue | null }) {
  const { t, lang } = useT();
  const trend = trendOf(measure.value, earlier?.value);
  if (!trend || !earlier?.valueText) return <span className="meta">{t('glance.noTrend')}</span>;
  return (
    <span className={`trend trend-${trend}`}>
      <span aria-hidden="true" className="trend-arrow">
        {TREND_ARROWS[trend]}{' '}
      </span>
      {t(`glance.${trend}`, { value: earlier.valueText[lang] })}
      <span className="meta block">{t('glance.against', { period: earlier.periodLabel })}</span>
    </span>
  );
}
