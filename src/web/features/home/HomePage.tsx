import { Link, useSearch } from 'wouter';
import type { OrganisationSummary, PlanSummary } from '../../../shared/api-types';
import { useAssignments, useMe, useOrganisations, usePlans } from '../../api/queries';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The start page: the user's organisations and their plans. */
export function HomePage() {
  const { t } = useT();
  useDocumentTitle(t('home.title'));
  const organisations = useOrganisations();
  const me = useMe();
  const installationAdmin = me.data?.installationAdmin === true;
  const none = organisations.data?.length === 0;
  // The header's organisation switcher opens the overview of one organisation (?org=ID).
  const chosenParam = new URLSearchParams(useSearch()).get('org');
  const chosen = organisations.data?.find((o) => String(o.id) === chosenParam);
  const shown = chosen ? [chosen] : organisations.data;

  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {organisations.isPending && <Loading />}
      {organisations.isError && <ErrorMessage error={organisations.error} onRetry={() => void organisations.refetch()} />}
      {none && !installationAdmin && <p>{t('home.noOrganisations')}</p>}
      {installationAdmin && <InstallationCard noOrganisations={none} />}
      <div className="card-grid">
        {shown?.map((org) => (
          <OrganisationCard key={org.id} org={org} />
        ))}
      </div>
      {chosen && (
        <p>
          <Link href="/">{t('regionTools.orgAll')}</Link>
        </p>
      )}
    </div>
  );
}

/** For the installation's administrators: where organisations are created, and what to do when they have none yet. */
function InstallationCard({ noOrganisations }: { noOrganisations: boolean }) {
  const { t } = useT();
  return (
    <section className="card installation-card" aria-labelledby="installation-heading">
      <h2 id="installation-heading">{t('homeInstallation.heading')}</h2>
      <p>{noOrganisations ? t('homeInstallation.none') : t('homeInstallation.intro')}</p>
      <p>
        <Link href="/installation/organisations" className={noOrganisations ? 'button' : undefined}>
          {noOrganisations ? t('homeInstallation.create') : t('homeInstallation.link')}
        </Link>
      </p>
    </section>
  );
}

function OrganisationCard({ org }: { org: OrganisationSummary }) {
  const { t, lang } = useT();
  const plans = usePlans(org.id);
  const headingId = `org-${org.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{org.name}</h2>
      <p className="meta">
        {t('home.yourRole', { role: t(`roles.${org.role}`) })} ·{' '}
        <Link href={`/organisations/${org.id}/model`}>
          {t('home.model', { name: org.governanceModel.name[lang] })}
        </Link>
        {(org.role === 'admin' || org.role === 'editor') && (
          <>
            {' · '}
            <Link href={`/organisations/${org.id}/consultations`}>{t('consultation.listLink')}</Link>
          </>
        )}
      </p>
      <h3>{t('home.plans')}</h3>
      {(org.role === 'admin' || org.role === 'editor') && (
        <p>
          <Link href={`/organisations/${org.id}/plans/new`}>
            {t('planNew.link')}
            <span className="visually-hidden"> {t('planNew.linkIn', { org: org.name })}</span>
          </Link>
        </p>
      )}
      {plans.isPending && <Loading />}
      {plans.isError && <ErrorMessage error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.data?.length === 0 && <p>{t('home.noPlans')}</p>}
      {plans.data && plans.data.length > 0 && (
        <ul className="plan-list">
          {plans.data.map((plan) => (
            <PlanItem key={plan.id} plan={plan} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** A plan in the list: its scorecard, and the council's assignments when the plan has any. */
function PlanItem({ plan }: { plan: PlanSummary }) {
  const { t } = useT();
  const assignments = useAssignments(plan.id);
  const count = assignments.data?.length ?? 0;
  return (
    <li>
      <Link href={`/plans/${plan.id}`}>{plan.title}</Link>{' '}
      <span className="meta">({t('home.years', { start: plan.startYear, end: plan.endYear })})</span>
      {' · '}
      <Link href={`/plans/${plan.id}/versions`}>
        {t('planVersions.link')}
        <span className="visually-hidden"> {t('assignments.inPlan', { plan: plan.title })}</span>
      </Link>
      {count > 0 && (
        <>
          {' · '}
          <Link href={`/plans/${plan.id}/assignments`}>
            {t('assignments.link', { count })}
            <span className="visually-hidden"> {t('assignments.inPlan', { plan: plan.title })}</span>
          </Link>
        </>
      )}
    </li>
  );
}
