import type { Sex } from '../../../domain/targets/types';
import type { MeasureDetail } from '../../../shared/api-types';
import { useT } from '../../i18n';
import { shortPeriodLabel } from '../../lib/periods';
import { buildChartData, niceTicks, type ChartSeries } from './chartData';

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { top: 16, right: 16, bottom: 48, left: 64 };

/** Colours with at least 3:1 contrast against white; marker shapes tell the series apart without colour. */
const SERIES_STYLE: Record<Sex, { colour: string; marker: 'circle' | 'square' | 'diamond' }> = {
  K: { colour: '#8a1f6e', marker: 'circle' },
  M: { colour: '#0b5394', marker: 'square' },
  T: { colour: '#2b2b2b', marker: 'diamond' },
};
const TARGET_COLOUR = '#5c5c5c';

function Marker({ x, y, sex }: { x: number; y: number; sex: Sex }) {
  const { colour, marker } = SERIES_STYLE[sex];
  if (marker === 'circle') return <circle cx={x} cy={y} r={4.5} fill={colour} />;
  if (marker === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
  return <path d={`M${x} ${y - 5.5} L${x + 5.5} ${y} L${x} ${y + 5.5} L${x - 5.5} ${y} Z`} fill={colour} />;
}

/**
 * The measure's values over the periods, one line per sex (K, M, Totalt), against the target
 * level as a dashed line. The SVG is one image with a spoken summary; the table below it has every number.
 */
export function MeasureChart({ measure, periodLabel }: { measure: MeasureDetail; periodLabel: (key: string) => string }) {
  const { t, lang, qty } = useT();
  const data = buildChartData(measure);
  const sexName = (sex: Sex) => t(`sex.${sex}`);

  if (data.series.length === 0) {
    return <p className="chart-empty">{t(measure.values.length > 0 ? 'chart.noWholeValues' : 'chart.noValues')}</p>;
  }

  const allValues = [...data.series.flatMap((s) => s.points.map((p) => p.value)), ...data.targets.map((s) => s.value)];
  const ticks = niceTicks(Math.min(0, ...allValues), Math.max(...allValues));
  const yMin = ticks[0] ?? 0;
  const yMax = ticks[ticks.length - 1] ?? 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / Math.max(data.periods.length, 1);
  const xOf = (period: string) => PAD.left + step * (data.periods.indexOf(period) + 0.5);
  const yOf = (value: number) => PAD.top + plotH - ((value - yMin) / (yMax - yMin || 1)) * plotH;

  const summary = [
    t('chart.summaryIntro', { name: measure.name }),
    ...data.series.map((s) => seriesSentence(s)),
    targetSentence(),
  ]
    .filter(Boolean)
    .join(' ');

  function seriesSentence(s: ChartSeries): string {
    const last = s.points[s.points.length - 1];
    if (!last) return '';
    return t('chart.seriesSummary', {
      sex: sexName(s.sex),
      count: s.points.length,
      value: qty(last.value, measure.unit),
      period: periodLabel(last.period),
    });
  }
  function targetSentence(): string {
    if (data.targets.length === 0) return t('chart.noTargetLine');
    const parts = [...new Set(data.targets.map((s) => (s.sex ? `${sexName(s.sex)} ` : '') + qty(s.value, measure.unit)))];
    return t('chart.targetSummary', { targets: parts.join(', ') });
  }

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        className="chart-svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <g className="chart-grid">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yOf(tick)} y2={yOf(tick)} stroke="#d0d4da" />
              <text x={PAD.left - 8} y={yOf(tick)} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="#333">
                {qty(tick, measure.unit)}
              </text>
            </g>
          ))}
          {data.periods.map((p) => {
            // Two short lines ("DÅ 04" over "2022") so that a whole plan's periods fit side by side.
            const lines = shortPeriodLabel(p, lang).filter(Boolean);
            return (
              <text key={p} x={xOf(p)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" fontSize={12} fill="#333">
                {lines.map((line, i) => (
                  <tspan key={i} x={xOf(p)} dy={i === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          })}
          <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotH} stroke="#6b6b6b" />
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke="#6b6b6b" />
        </g>
        <g className="chart-targets">
          {data.targets.map((seg) => (
            <line
              key={`${seg.sex ?? 'all'}-${seg.period}`}
              x1={xOf(seg.period) - step / 2 + 2}
              x2={xOf(seg.period) + step / 2 - 2}
              y1={yOf(seg.value)}
              y2={yOf(seg.value)}
              stroke={seg.sex ? SERIES_STYLE[seg.sex].colour : TARGET_COLOUR}
              strokeWidth={2}
              strokeDasharray="7 5"
            />
          ))}
        </g>
        {data.series.map((s) => (
          <g key={s.sex} className={`chart-series series-${s.sex}`}>
            {s.points.length > 1 && (
              <polyline
                fill="none"
                stroke={SERIES_STYLE[s.sex].colour}
                strokeWidth={2.5}
                points={s.points.map((p) => `${xOf(p.period)},${yOf(p.value)}`).join(' ')}
              />
            )}
            {s.points.map((p) => (
              <Marker key={p.period} x={xOf(p.period)} y={yOf(p.value)} sex={s.sex} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {data.series.map((s) => (
            <li key={s.sex}>
              <svg width="28" height="14" aria-hidden="true" focusable="false">
                <line x1="0" x2="28" y1="7" y2="7" stroke={SERIES_STYLE[s.sex].colour} strokeWidth="2.5" />
                <Marker x={14} y={7} sex={s.sex} />
              </svg>
              {sexName(s.sex)}
            </li>
          ))}
          {data.targets.length > 0 && (
            <li>
              <svg width="28" height="14" aria-hidden="true" focusable="false">
                <line x1="0" x2="28" y1="7" y2="7" stroke={TARGET_COLOUR} strokeWidth="2" strokeDasharray="7 5" />
              </svg>
              {t('chart.targetLegend')}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
