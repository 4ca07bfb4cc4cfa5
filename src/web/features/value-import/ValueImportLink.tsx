import { Link } from 'wouter';
import type { PlanSummary } from '../../../shared/api-types';
import { useMe } from '../../api/queries';
import { useT } from '../../i18n';

/** The scorecard's link to importing values, for the roles that may import (reporters import only their own measures). */
export function ValueImportLink({ plan }: { plan: PlanSummary }) {
  const { t } = useT();
  const me = useMe();
  const role = me.data?.memberships.find((m) => m.organisationId === plan.organisationId)?.role;
  if (role !== 'admin' && role !== 'editor' && role !== 'reporter') return null;
  return <Link href={`/plans/${plan.id}/import-values`}>{t('valueImport.link')}</Link>;
}
