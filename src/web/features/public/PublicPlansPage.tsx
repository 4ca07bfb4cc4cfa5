import { Link } from 'wouter';
import { usePublicPlans } from '../../api/public-queries';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The public portal's first page: the published plans, for anyone, without signing in. */
export function PublicPlansPage() {
  const { t } = useT();
  useDocumentTitle(t('public.listTitle'));
  const plans = usePublicPlans();
  return (
    <div className="page narrow">
      <h1>{t('public.listTitle')}</h1>
      <p className="lead">{t('public.listIntro')}</p>
      {plans.isPending && <Loading />}
      {plans.isError && <ErrorMessage error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.data && plans.data.length === 0 && <p>{t('public.listEmpty')}</p>}
      {plans.data && plans.data.length > 0 && (
        <ul className="public-plan-list">
          {plans.data.map((p) => (
            <li key={p.id}>
              <Link href={`/offentlig/planer/${p.id}`}>{p.title}</Link>{' '}
              <span className="muted">{t('public.planBy', { organisation: p.organisationName, start: String(p.startYear), end: String(p.endYear) })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
