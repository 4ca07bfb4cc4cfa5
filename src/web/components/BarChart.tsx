import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { ScrollRegion } from './States';

/** One kind of segment in the bars (a status, a series), with its legend text and CSS class for the fill. */
export interface BarSeries {
  key: string;
  label: string;
  /** Sets fill and text colour, e.g. `bar-met`; defined in dashboard.css with ≥ 3:1 contrast to white. */
  className: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** Indent level of the label (a strategic goal under its perspective). */
  indent?: number;
  values: Record<string, number>;
}

interface BarChartProps {
  rows: BarRow[];
  series: BarSeries[];
  /** A short name for the chart's scrollable area on narrow screens. */
  label: string;
  /** What the chart shows, read out by screen readers instead of the drawing. */
  summary: string;
  format: (value: number) => string;
  /** A vertical reference line, e.g. the whole region's value. */
  reference?: { value: number; label: string };
}

const WIDTH = 960;
const LABEL_W = 330;
const VALUE_W = 70;
const ROW_H = 26;
const BAR_H = 18;
const PAD_TOP = 8;
const MAX_LABEL = 42;

const clip = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/**
 * A horizontal bar chart, stacked when there is more than one series. The drawing is one image
 * with a spoken summary (role="img"); every number is in the table the caller offers beside it.
 * Values are written in the segments wide enough to hold them and as a total after each bar.
 */
export function BarChart({ rows, series, label, summary, format, reference }: BarChartProps) {
  const { t } = useT();
  const totals = rows.map((r) => series.reduce((sum, s) => sum + Math.max(0, r.values[s.key] ?? 0), 0));
  const max = Math.max(1e-9, ...totals, reference?.value ?? 0);
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const height = PAD_TOP * 2 + rows.length * ROW_H + (reference ? 18 : 0);
  const x = (v: number) => LABEL_W + (v / max) * plotW;
  return (
    <figure className="bar-chart">
      {/* Narrow screens scroll the drawing sideways rather than shrink its text below reading size. */}
      <ScrollRegion label={`${label} (${t('charts.chart').toLowerCase()})`}>
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} className="bar-chart-svg" preserveAspectRatio="xMinYMin meet">
          {rows.map((row, i) => {
            const y = PAD_TOP + i * ROW_H;
            let left = 0;
            return (
              <g key={row.key}>
                <text x={8 + (row.indent ?? 0) * 14} y={y + BAR_H / 2} dominantBaseline="middle" fontSize={13} fill="#1b1f24">
                  {clip(row.label)}
                </text>
                {series.map((s) => {
                  const v = Math.max(0, row.values[s.key] ?? 0);
                  if (v === 0) return null;
                  const x0 = x(left);
                  left += v;
                  const w = x(left) - x0;
                  return (
                    <g key={s.key} className={`bar-segment ${s.className}`}>
                      <rect x={x0} y={y} width={w} height={BAR_H} stroke="#ffffff" strokeWidth={1} />
                      {series.length > 1 && w >= 20 && (
                        <text x={x0 + w / 2} y={y + BAR_H / 2} textAnchor="middle" dominantBaseline="middle" fontSize={12} className="bar-segment-text">
                          {format(v)}
                        </text>
                      )}
                    </g>
                  );
                })}
                <text x={x(totals[i] ?? 0) + 6} y={y + BAR_H / 2} dominantBaseline="middle" fontSize={12} fill="#1b1f24">
                  {format(series.length > 1 ? (totals[i] ?? 0) : (row.values[series[0]?.key ?? ''] ?? 0))}
                </text>
              </g>
            );
          })}
          <line x1={LABEL_W} x2={LABEL_W} y1={PAD_TOP - 4} y2={PAD_TOP + rows.length * ROW_H} stroke="#6b6b6b" />
          {reference && (
            <g className="bar-reference">
              <line x1={x(reference.value)} x2={x(reference.value)} y1={PAD_TOP - 4} y2={PAD_TOP + rows.length * ROW_H} stroke="#1b1f24" strokeWidth={2} strokeDasharray="6 4" />
              <text x={x(reference.value)} y={height - 4} textAnchor="middle" fontSize={12} fill="#1b1f24">
                {reference.label}
              </text>
            </g>
          )}
        </svg>
      </ScrollRegion>
      {series.length > 1 && (
        <figcaption>
          <ul className="chart-legend" aria-label={t('charts.legend')}>
            {series.map((s) => (
              <li key={s.key}>
                <svg width="16" height="16" aria-hidden="true" focusable="false" className={`bar-segment ${s.className}`}>
                  <rect x="1" y="1" width="14" height="14" />
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}

/**
 * A chart with its table alternative and a switch between them. Both stay in the page's
 * language; the switch is two toggle buttons that say which view is shown (aria-pressed).
 */
export function ChartOrTable({ label, chart, table }: { label: string; chart: ReactNode; table: ReactNode }) {
  const { t } = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  return (
    <div className="chart-or-table">
      {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields: <fieldset> would want a <legend> and bring the form's fieldset styles */}
      <div className="view-switch" role="group" aria-labelledby={`${id}-label`}>
        <span id={`${id}-label`} className="view-switch-label">
          {t('charts.view')} <span className="visually-hidden">{label}</span>
        </span>
        {(['chart', 'table'] as const).map((v) => (
          <button key={v} type="button" className="button button-secondary" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`charts.${v}`)}
          </button>
        ))}
      </div>
      {view === 'chart' ? chart : table}
    </div>
  );
}
