import { WORK_STATUS_LABELS, type WorkStatus } from '../../../domain/plan-content/work-status';
import { useT } from '../../i18n';

/** A glyph per status, so that it never depends on colour alone. */
const GLYPHS: Record<WorkStatus | 'not-reported', string> = {
  'not-started': '○',
  'in-progress': '◐',
  done: '✓',
  cancelled: '✗',
  'not-reported': '–',
};

/** An assignment's or activity's status as glyph + text; null shows "not followed up". */
export function WorkStatusBadge({ status }: { status: WorkStatus | null }) {
  const { t, lang } = useT();
  const key = status ?? 'not-reported';
  return (
    <span className={`work-status work-status-${key}`}>
      <span aria-hidden="true">{GLYPHS[key]} </span>
      {status === null ? t('followUp.notReported') : WORK_STATUS_LABELS[status][lang]}
    </span>
  );
}
