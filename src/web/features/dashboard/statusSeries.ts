import type { FulfilmentStatus } from '../../../shared/api-types';
import type { BarSeries } from '../../components/BarChart';
import { STATUS_ORDER } from '../../components/StatusBadge';
import type { MessageKey } from '../../i18n';

/** The five statuses as chart series, best first, with the fills defined in dashboard.css. */
export function statusSeries(t: (key: MessageKey) => string): BarSeries[] {
  return STATUS_ORDER.map((s) => ({ key: s, label: t(`status.${s}` as MessageKey), className: `bar-${s}` }));
}

/** "Uppfyllt: 3, Ej uppfyllt: 1" for the statuses that occur. */
export function countsText(
  counts: Record<FulfilmentStatus, number>,
  t: (key: 'scorecard.countItem', vars: { status: string; count: number }) => string,
  statusName: (s: FulfilmentStatus) => string,
): string {
  return STATUS_ORDER.filter((s) => counts[s] > 0)
    .map((s) => t('scorecard.countItem', { status: statusName(s), count: counts[s] }))
    .join(', ');
}
