import type { Activity } from '../../../shared/plan-content-types';
import { GlossaryText } from '../../components/GlossaryText';
import { ScrollRegion } from '../../components/States';
import type { PlanGlossary } from '../../../shared/workshop-types';
import { useT } from '../../i18n';
import { formatDate } from '../plan-content/dates';
import { WorkStatusBadge } from '../plan-content/WorkStatusBadge';

interface ActivityTableProps {
  activities: Activity[];
  canEdit: boolean;
  /** Whether the signed-in person may report this activity's status (its responsible person, or an editor). */
  canReport: (activity: Activity) => boolean;
  onEdit: (activity: Activity) => void;
  onReport: (activity: Activity) => void;
  onDelete: (activity: Activity) => void;
  /** The plan's federation glossary: its terms are explained where the action plan uses them. */
  terms?: PlanGlossary['terms'];
}

/** The action plan as a table: what, who, when, status, progress and which nodes it serves. */
export function ActivityTable({ activities, canEdit, canReport, onEdit, onReport, onDelete, terms = [] }: ActivityTableProps) {
  const { t, lang } = useT();
  const actions = canEdit || activities.some(canReport);
  return (
    <ScrollRegion label={t('activities.caption')}>
      <table className="data-table activity-table">
        <caption className="visually-hidden">{t('activities.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('activities.col.activity')}</th>
            <th scope="col">{t('activities.col.responsible')}</th>
            <th scope="col">{t('activities.col.period')}</th>
            <th scope="col">{t('activities.col.status')}</th>
            <th scope="col" className="num">
              {t('activities.col.progress')}
            </th>
            <th scope="col">{t('activities.col.nodes')}</th>
            {actions && <th scope="col">{t('activities.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id} className={a.late ? 'is-late' : undefined}>
              <th scope="row">
                <span className="activity-title">
                  <GlossaryText text={a.title} terms={terms} />
                </span>
                {a.description && <span className="activity-how">{a.description}</span>}
              </th>
              <td>{[a.owner?.name, a.ownerUnit].filter(Boolean).join(', ')}</td>
              <td>
                {t('activities.dates', { start: formatDate(a.startDate, lang), end: formatDate(a.endDate, lang) })}
                {a.late && (
                  <span className="late-flag">
                    <span aria-hidden="true">! </span>
                    {t('activities.lateLong')}
                  </span>
                )}
              </td>
              <td>
                <WorkStatusBadge status={a.status} />
              </td>
              <td className="num">
                <progress max={100} value={a.progress} aria-hidden="true" />{' '}
                {t('activities.progress', { percent: a.progress })}
              </td>
              <td>
                <ul className="plain-list">
                  {a.nodes.map((n) => (
                    <li key={n.id}>
                      <GlossaryText text={n.title} terms={terms} />
                    </li>
                  ))}
                </ul>
              </td>
              {actions && (
                <td className="actions">
                  {canReport(a) && (
                    <button type="button" className="button button-secondary" aria-label={t('work.reportLabel', { title: a.title })} onClick={() => onReport(a)}>
                      {t('work.report')}
                    </button>
                  )}
                  {canEdit && (
                    <>
                      {' '}
                      <button type="button" className="button button-secondary" aria-label={t('activities.editLabel', { title: a.title })} onClick={() => onEdit(a)}>
                        {t('activities.edit')}
                      </button>{' '}
                      <button type="button" className="button button-secondary" aria-label={t('activities.deleteLabel', { title: a.title })} onClick={() => onDelete(a)}>
                        {t('activities.delete')}
                      </button>
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
