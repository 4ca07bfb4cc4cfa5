import type { AuditEntry } from '../../../shared/authoring-schemas';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/periods';
import { fieldChanges } from './auditChange';
import { isAuditAction, isAuditType } from './auditLabels';

/** One page of audit entries: when, who, which object, what happened, and each changed field before → after. */
export function AuditTable({ entries, page }: { entries: readonly AuditEntry[]; page: number }) {
  const { t, lang } = useT();
  return (
    <div className="table-wrap">
      <table className="audit-table">
        <caption>{t('audit.caption', { page })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.colAt')}</th>
            <th scope="col">{t('audit.colActor')}</th>
            <th scope="col">{t('audit.colObject')}</th>
            <th scope="col">{t('audit.colAction')}</th>
            <th scope="col">{t('audit.colChange')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
              </td>
              <td>{e.actor ?? t('audit.system')}</td>
              <td>
                {isAuditType(e.objectType) ? t(`audit.types.${e.objectType}`) : e.objectType} {e.objectId > 0 ? `#${e.objectId}` : ''}
              </td>
              <td>{isAuditAction(e.action) ? t(`audit.actions.${e.action}`) : e.action}</td>
              <td>
                <ul className="audit-changes">
                  {fieldChanges(e.before, e.after).map((c) => (
                    <li key={c.field}>
                      {c.field && <span className="audit-field">{c.field}: </span>}
                      <span>{c.from ?? t('audit.nothing')}</span>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden"> {t('audit.after')} </span>
                      <span>{c.to ?? t('audit.nothing')}</span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
