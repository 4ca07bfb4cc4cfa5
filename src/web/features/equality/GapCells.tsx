import type { GapTrend, PeriodEquality, Spread } from '../../../shared/equality-types';
import { useT } from '../../i18n';

type T = ReturnType<typeof useT>;

/** A gap in the measure's unit; for measures in percent, in percentage points (a difference of two shares is not a share). */
export function gapText(abs: number, unit: string | null, { t, num, qty }: T): string {
  return unit === '%' ? t('equality.points', { value: num(abs) }) : qty(abs, unit);
}

/** "14,3 %": how far the higher value is above the lower. */
function relativeText(relative: number, { qty }: T): string {
  return qty(Math.round(relative * 1000) / 10, '%');
}

/** Women against men: both values, the gap, how much higher, and who is worse off. */
export function SexGapCell({ analysis, unit }: { analysis: PeriodEquality; unit: string | null }) {
  const tt = useT();
  const { t, qty } = tt;
  const g = analysis.sex;
  if (!g) return <>–</>;
  return (
    <ul className="gap-lines">
      <li>{t('equality.womenMen', { women: qty(g.women, unit), men: qty(g.men, unit) })}</li>
      <li>{t('equality.gap', { gap: gapText(g.absolute, unit, tt) })}</li>
      {g.relative !== null && g.absolute > 0 && <li>{t('equality.ratio', { percent: relativeText(g.relative, tt) })}</li>}
      {g.worseOff && <li>{t('equality.worseOff', { who: t(`sex.${g.worseOff}`).toLowerCase() })}</li>}
    </ul>
  );
}

/** Lowest against highest area or age band, once per sex that has them. */
export function SpreadCell({ spreads, unit }: { spreads: Spread[]; unit: string | null }) {
  const tt = useT();
  const { t, qty } = tt;
  if (spreads.length === 0) return <>–</>;
  return (
    <ul className="gap-lines">
      {spreads.map((s) => (
        <li key={s.sex}>
          {spreads.length > 1 || s.sex !== 'T' ? `${t(`sex.${s.sex}`)}: ` : ''}
          {t('equality.range', { low: qty(s.lowest.value, unit), lowName: s.lowest.name, high: qty(s.highest.value, unit), highName: s.highest.name })}
          {'; '}
          {t('equality.gap', { gap: gapText(s.absolute, unit, tt) })}
          {s.relative !== null && s.absolute > 0 && `; ${t('equality.ratio', { percent: relativeText(s.relative, tt) })}`}
          {s.worst && `; ${t('equality.worseOffArea', { name: s.worst.name })}`}
        </li>
      ))}
    </ul>
  );
}

/** Whether the period is flagged and for what, in words (never by colour alone). */
export function FlagCell({ analysis }: { analysis: PeriodEquality }) {
  const { t } = useT();
  if (analysis.flags.length === 0) return <span className="flag-none">{t('equality.notFlagged')}</span>;
  const dimensions = [...new Set(analysis.flags.map((f) => t(`equality.dimension.${f.dimension}`)))].join(', ');
  return (
    <strong className="flag">
      <span aria-hidden="true">⚑ </span>
      {t('equality.flaggedFor', { dimensions })}
    </strong>
  );
}

/** Whether the gaps narrowed since the previous period that had them. */
export function TrendCell({ trend, unit, periodLabel }: { trend: GapTrend; unit: string | null; periodLabel: (key: string) => string }) {
  const tt = useT();
  const { t } = tt;
  const lines: string[] = [];
  // Since the previous period, and since the first ("Minskad skillnad jmf 2019") when that is another one.
  for (const change of [trend.sex.sincePrevious, trend.sex.sinceFirst]) {
    if (change) lines.push(t('equality.trend.sexSince', { direction: t(`equality.trend.${change.direction}`), period: periodLabel(change.fromPeriod), from: gapText(change.from, unit, tt), to: gapText(change.to, unit, tt) }));
  }
  for (const change of [trend.area.sincePrevious, trend.area.sinceFirst]) {
    if (change) lines.push(t('equality.trend.areaSince', { direction: t(`equality.trend.${change.direction}`), period: periodLabel(change.fromPeriod), from: gapText(change.from, unit, tt), to: gapText(change.to, unit, tt) }));
  }
  if (lines.length === 0) return <>{t('equality.trend.none')}</>;
  return (
    <ul className="gap-lines">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
