import type { KoladaComparison } from '../../../shared/kolada-types';
import { useT } from '../../i18n';
import { niceTicks } from '../measure/chartData';

const ROW = 22;
const PAD = { top: 8, right: 72, bottom: 28, left: 210 };
const WIDTH = 720;
/** Own region dark blue, the others grey-blue; the own bar is also labelled in bold, so colour is not the only cue. */
const BAR = '#7d93ad';
const OWN = '#0f2a47';
const NATIONAL = '#a1420c';

/** Horizontal bars for the ranked regions, the own region highlighted and Riket as a dashed reference line. One image with a spoken summary; the table has every number. */
export function ComparisonChart({ comparison, summary }: { comparison: KoladaComparison; summary: string }) {
  const { num, t } = useT();
  const regions = comparison.rows.filter((r) => !r.isNational);
  const national = comparison.rows.find((r) => r.isNational)?.value ?? null;
  const values = [...regions.map((r) => r.value), national].filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(...values, 1));
  const max = ticks[ticks.length - 1] ?? 1;
  const min = ticks[0] ?? 0;
  const height = PAD.top + regions.length * ROW + PAD.bottom;
  const plotW = WIDTH - PAD.left - PAD.right;
  const xOf = (v: number) => PAD.left + ((v - min) / (max - min || 1)) * plotW;

  return (
    <figure className="chart comparison-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} className="chart-svg comparison-svg" preserveAspectRatio="xMidYMid meet">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={xOf(tick)} x2={xOf(tick)} y1={PAD.top} y2={height - PAD.bottom} stroke="#d0d4da" />
            <text x={xOf(tick)} y={height - PAD.bottom + 16} textAnchor="middle" fontSize={12} fill="#333">
              {num(tick)}
            </text>
          </g>
        ))}
        {regions.map((r, i) => {
          const y = PAD.top + i * ROW;
          return (
            <g key={r.municipality.id}>
              <text x={PAD.left - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="#1b1f24" fontWeight={r.isOwn ? 700 : 400}>
                {r.rank !== null ? `${r.rank}. ` : ''}
                {r.municipality.title}
              </text>
              {r.value !== null && <rect x={xOf(Math.min(0, r.value))} y={y + 3} width={Math.abs(xOf(r.value) - xOf(0))} height={ROW - 6} fill={r.isOwn ? OWN : BAR} />}
            </g>
          );
        })}
        {national !== null && (
          <line x1={xOf(national)} x2={xOf(national)} y1={PAD.top} y2={height - PAD.bottom} stroke={NATIONAL} strokeWidth={2} strokeDasharray="6 4" />
        )}
        {/* Values last, with a white halo, so that the Riket line never hides a number. */}
        {regions.map((r, i) =>
          r.value === null ? (
            <text key={r.municipality.id} x={xOf(0) + 6} y={PAD.top + i * ROW + ROW / 2} dominantBaseline="middle" fontSize={12} fill="#4a5360" fontStyle="italic">
              {t('comparison.missing')}
            </text>
          ) : (
            <text
              key={r.municipality.id}
              x={xOf(r.value) + 6}
              y={PAD.top + i * ROW + ROW / 2}
              dominantBaseline="middle"
              fontSize={12}
              fill="#1b1f24"
              fontWeight={r.isOwn ? 700 : 400}
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {num(r.value, 1)}
            </text>
          ),
        )}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <svg width="28" height="14" aria-hidden="true" focusable="false">
              <rect x="0" y="2" width="28" height="10" fill={OWN} />
            </svg>
            {regions.find((r) => r.isOwn)?.municipality.title ?? t('comparison.own')} ({t('comparison.own')})
          </li>
          {national !== null && (
            <li>
              <svg width="28" height="14" aria-hidden="true" focusable="false">
                <line x1="0" x2="28" y1="7" y2="7" stroke={NATIONAL} strokeWidth="2" strokeDasharray="6 4" />
              </svg>
              {t('comparison.national')}: {num(national, 1)}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
