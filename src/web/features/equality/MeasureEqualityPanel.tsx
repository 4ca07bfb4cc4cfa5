import { Link } from 'wouter';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { FlagCell, SexGapCell, SpreadCell, TrendCell } from './GapCells';
import { useMeasureEquality } from './queries';

/** The measure page's equality panel: its gaps by sex, area and age band per period, flags and trend. */
export function MeasureEqualityPanel({ measureId, planId, name, periodLabel }: { measureId: number; planId: number; name: string; periodLabel: (key: string) => string }) {
  const { t, lang } = useT();
  const equality = useMeasureEquality(measureId);
  const e = equality.data;
  return (
    <section aria-labelledby="equality-heading" className="equality-panel">
      <h2 id="equality-heading">{t('equality.panel.heading')}</h2>
      {equality.isPending ? (
        <Loading />
      ) : equality.isError ? (
        <ErrorMessage error={equality.error} onRetry={() => void equality.refetch()} />
      ) : !e || e.periods.length === 0 ? (
        <p>{t('equality.panel.empty')}</p>
      ) : (
        <>
          {e.flagged && (
            <p className="flag-note">
              <strong className="flag">
                <span aria-hidden="true">⚑ </span>
                {t('equality.flagged')}:
              </strong>{' '}
              {t('equality.panel.flaggedNow')}
            </p>
          )}
          {e.betterDirection === null && <p className="meta">{t('equality.panel.directionUnknown')}</p>}
          <ScrollRegion label={t('equality.panel.caption', { name })}>
            <table className="data-table equality-table">
              <caption className="visually-hidden">{t('equality.panel.caption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('equality.col.period')}</th>
                  <th scope="col">{t('equality.col.sexGap')}</th>
                  <th scope="col">{t('equality.col.areas')}</th>
                  <th scope="col">{t('equality.col.ageBands')}</th>
                  <th scope="col">{t('equality.col.flag')}</th>
                </tr>
              </thead>
              <tbody>
                {[...e.periods].reverse().map((p) => (
                  <tr key={p.period} className={p.flags.length ? 'is-flagged' : undefined}>
                    <th scope="row">{p.label[lang]}</th>
                    <td>
                      <SexGapCell analysis={p} unit={e.unit} />
                    </td>
                    <td>
                      <SpreadCell spreads={p.areas} unit={e.unit} />
                    </td>
                    <td>
                      <SpreadCell spreads={p.ageBands} unit={e.unit} />
                    </td>
                    <td>
                      <FlagCell analysis={p} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <div className="meta">
            <TrendCell trend={e.trend} unit={e.unit} periodLabel={periodLabel} />
          </div>
        </>
      )}
      <p>
        <Link href={`/plans/${planId}/equality`}>{t('equality.panel.planLink')}</Link>
      </p>
    </section>
  );
}
