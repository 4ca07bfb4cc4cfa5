import { Link } from 'wouter';
import type { ScorecardMeasure } from '../../../shared/api-types';
import { useT } from '../../i18n';
import { usePlanEditorState } from '../plan-editor/PlanEditorContext';

/**
 * "riktning saknas" under a measure's status, for those who may edit the plan, with a link to the
 * measure editor where the direction is set. Readers see only the neutral status ("Ej mätbart").
 */
export function DirectionMissingNote({ measure }: { measure: ScorecardMeasure }) {
  const { t } = useT();
  const canEdit = usePlanEditorState()?.info?.canEdit === true;
  if (!measure.directionMissing || !canEdit) return null;
  return (
    <p className="direction-missing">
      <span aria-hidden="true">⚠ </span>
      {t('glance.directionMissing')} –{' '}
      <Link href={`/measures/${measure.id}#edit-measure`} aria-label={t('glance.setDirectionFor', { name: measure.name })}>
        {t('glance.setDirection')}
      </Link>
    </p>
  );
}
