import type { FollowupPeriod } from '../../../shared/followup-types';
import { PeriodSelect } from '../../components/PeriodSelect';
import { useT } from '../../i18n';
import { formatDate } from './labels';

/** The follow-up period chooser. */
export function FollowupPeriodSelect({ periods, value, onChange }: { periods: FollowupPeriod[]; value: string; onChange: (period: string) => void }) {
  const { t } = useT();
  return <PeriodSelect label={t('followup.period')} periods={periods} value={value} onChange={onChange} />;
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
