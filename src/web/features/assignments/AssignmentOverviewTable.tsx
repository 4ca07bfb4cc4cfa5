import { OVERVIEW_COLUMNS, type OverviewColumn } from '../../../domain/plan-content/assignment-overview';
import { WORK_STATUS_LABELS } from '../../../domain/plan-content/work-status';
import type { AssignmentOverview } from '../../../shared/plan-content-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';

/** Assignments per body × status in one period, with a totals row; the status columns read left to right from not started to cancelled. */
export function AssignmentOverviewTable({ overview, period, bodyName }: { overview: AssignmentOverview; period: string; bodyName: (code: string) => string }) {
  const { t, lang, num } = useT();
  const label = (c: OverviewColumn) => (c === 'not-reported' ? t('followUp.notReported') : WORK_STATUS_LABELS[c][lang]);
  return (
    <section className="assignment-overview" aria-labelledby="assignment-overview-heading">
      <h2 id="assignment-overview-heading">{t('followUp.overview', { period })}</h2>
      <ScrollRegion label={t('followUp.overviewCaption', { period })}>
        <table className="data-table overview-table">
          <caption className="visually-hidden">{t('followUp.overviewCaption', { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('followUp.body')}</th>
              {OVERVIEW_COLUMNS.map((c) => (
                <th key={c} scope="col" className="num">
                  {label(c)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('followUp.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row) => (
              <tr key={row.body ?? '-'}>
                <th scope="row">{row.body === null ? t('followUp.noBody') : bodyName(row.body)}</th>
                {OVERVIEW_COLUMNS.map((c) => (
                  <td key={c} className="num">
                    {num(row.counts[c])}
                  </td>
                ))}
                <td className="num">{num(row.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('followUp.allBodies')}</th>
              {OVERVIEW_COLUMNS.map((c) => (
                <td key={c} className="num">
                  {num(overview.totals[c])}
                </td>
              ))}
              <td className="num">{num(overview.total)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p className="meta">{t('followUp.overviewNote')}</p>
    </section>
  );
}
