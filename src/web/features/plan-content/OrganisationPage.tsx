import { useSearchParams } from 'wouter';
import { useOrganisationUnits } from '../../api/plan-content-queries';
import { useOrganisations } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PlanContentLinks } from './PlanContentLinks';

/** The organisation's divisions and common units (seed 001, Bilaga 3). */
export function OrganisationPage({ orgId }: { orgId: number }) {
  const { t, num } = useT();
  const [params] = useSearchParams();
  const planId = Number(params.get('plan') ?? Number.NaN);
  const units = useOrganisationUnits(orgId);
  const organisations = useOrganisations();
  const org = organisations.data?.find((o) => o.id === orgId);
  const title = org ? t('organisation.titleFor', { name: org.name }) : t('organisation.title');
  useDocumentTitle(title);

  if (!Number.isFinite(orgId)) return <ErrorMessage error={new Error('bad id')} />;
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => void units.refetch()} />;

  return (
    <div className="page organisation">
      <Breadcrumb trail={Number.isFinite(planId) ? [{ href: `/plans/${planId}`, label: t('measure.plan') }] : []} current={title} />
      <h1>{title}</h1>
      <p className="lead">{t('organisation.intro')}</p>
      {Number.isFinite(planId) && <PlanContentLinks planId={planId} organisationId={orgId} />}
      {units.data.length === 0 && <p>{t('organisation.empty')}</p>}
      <div className="unit-list">
        {units.data.map((u) => (
          <section key={u.id} className="card unit" aria-labelledby={`unit-${u.id}`}>
            <h2 id={`unit-${u.id}`}>{u.name}</h2>
            <p className="meta">
              {t(`organisation.${u.kind}`)}
              {u.staffApprox !== null && ` · ${t('organisation.staff', { count: num(u.staffApprox) })}`}
            </p>
            <p>{u.description}</p>
          </section>
        ))}
      </div>
    </div>
  );
}
