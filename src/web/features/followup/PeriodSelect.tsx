import { useId } from 'react';
import type { FollowupPeriod } from '../../../shared/followup-types';
import { useT } from '../../i18n';
import { formatDate } from './labels';

/** The follow-up period chooser; each option names its deadline. */
export function PeriodSelect({ periods, value, onChange }: { periods: FollowupPeriod[]; value: string; onChange: (period: string) => void }) {
  const { t, lang } = useT();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('followup.period')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {periods.map((p) => (
          <option key={p.key} value={p.key}>
            {p.label[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `Sista dag: 15 sep. 2022` with an overdue mark that does not rely on colour. */
export function DeadlineNote({ period }: { period: FollowupPeriod | undefined }) {
  const { t, lang } = useT();
  if (!period?.deadline) return null;
  return (
    <p className="deadline-note">
      {t('followup.deadline', { date: formatDate(period.deadline, lang) })}
      {period.overdue && (
        <span className="overdue-mark">
          <span aria-hidden="true">⚠ </span>
          {t('followup.overdue')}
        </span>
      )}
    </p>
  );
}
