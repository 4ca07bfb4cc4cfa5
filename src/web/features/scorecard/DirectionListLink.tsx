import { Link } from 'wouter';
import { useT } from '../../i18n';
import { usePlanInfo } from '../plan-editor/api';

/** The link to "Mått utan riktning", for those who may edit the plan. */
export function DirectionListLink({ planId }: { planId: number }) {
  const { t } = useT();
  const info = usePlanInfo(planId);
  if (info.data?.canEdit !== true) return null;
  return <Link href={`/plans/${planId}/measures-without-direction`}>{t('glance.directionLink')}</Link>;
}
