import { Link } from 'wouter';
import type { PlanEqualityMeasure } from '../../../shared/equality-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { FlagCell, SexGapCell, SpreadCell, TrendCell } from './GapCells';

/** The plan's measures with breakdowns: gaps by sex, area and age band, trend and flag, one row each. */
export function EqualityTable({ rows, periodLabel }: { rows: PlanEqualityMeasure[]; periodLabel: (key: string) => string }) {
  const { t, lang } = useT();
  return (
    <ScrollRegion label={t('equality.caption')}>
      <table className="data-table equality-table">
        <caption className="visually-hidden">{t('equality.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('equality.col.measure')}</th>
            <th scope="col">{t('equality.col.period')}</th>
            <th scope="col">{t('equality.col.sexGap')}</th>
            <th scope="col">{t('equality.col.areas')}</th>
            <th scope="col">{t('equality.col.ageBands')}</th>
            <th scope="col">{t('equality.col.trend')}</th>
            <th scope="col">{t('equality.col.flag')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.measureId} className={m.flagged ? 'is-flagged' : undefined}>
              <th scope="row">
                <Link href={`/measures/${m.measureId}`}>{m.name}</Link>
                <span className="meta change-path">{m.nodeTitle}</span>
              </th>
              <td>{m.analysis.label[lang]}</td>
              <td>
                <SexGapCell analysis={m.analysis} unit={m.unit} />
              </td>
              <td>
                <SpreadCell spreads={m.analysis.areas} unit={m.unit} />
              </td>
              <td>
                <SpreadCell spreads={m.analysis.ageBands} unit={m.unit} />
              </td>
              <td>
                <TrendCell trend={m.trend} unit={m.unit} periodLabel={periodLabel} />
              </td>
              <td>
                <FlagCell analysis={m.analysis} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
