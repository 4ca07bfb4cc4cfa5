import type { FulfilmentStatus } from '../../shared/api-types';
import { useT } from '../i18n';

/** A glyph per status, so that status never depends on colour alone. */
export const STATUS_GLYPHS: Record<FulfilmentStatus, string> = {
  met: '✓',
  'partly-met': '◐',
  'not-met': '✗',
  'too-few-values': '◌',
  'no-value': '○',
  'not-reported': '·',
  'not-measurable': '–',
};

export const STATUS_ORDER: FulfilmentStatus[] = ['met', 'partly-met', 'not-met', 'too-few-values', 'no-value', 'not-reported', 'not-measurable'];

/** A fulfilment status as glyph + text, e.g. "✓ Uppfyllt"; the glyph is hidden from screen readers. */
export function StatusBadge({ status, count }: { status: FulfilmentStatus; count?: number }) {
  const { t } = useT();
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-glyph" aria-hidden="true">
        {STATUS_GLYPHS[status]}
      </span>
      <span className="status-text">{t(`status.${status}`)}</span>
      {count !== undefined && <span className="status-count">{count}</span>}
    </span>
  );
}

/** The number of measures per status under a node, nonzero ones only. */
export function StatusCounts({ counts, label }: { counts: Record<FulfilmentStatus, number>; label: string }) {
  const { t } = useT();
  const shown = STATUS_ORDER.filter((s) => (counts[s] ?? 0) > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="status-counts" aria-label={label}>
      {shown.map((s) => (
        <li key={s}>
          <span className="status-glyph" aria-hidden="true">
            {STATUS_GLYPHS[s]}
          </span>{' '}
          {t('scorecard.countItem', { status: t(`status.${s}`), count: counts[s] })}
        </li>
      ))}
    </ul>
  );
}
