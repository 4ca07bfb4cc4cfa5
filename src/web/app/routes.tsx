import type { ReactNode } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { isApiError } from '../api/client';
import { useMe } from '../api/queries';
import { ErrorMessage, Loading } from '../components/States';
import { AssignmentsPage } from '../features/assignments/AssignmentsPage';
import { BudgetPage } from '../features/budget/BudgetPage';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { AdvocacyPage } from '../features/plan-content/AdvocacyPage';
import { AgendaPage } from '../features/plan-content/AgendaPage';
import { ChaptersPage } from '../features/plan-content/ChaptersPage';
import { OrganisationPage } from '../features/plan-content/OrganisationPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { FollowupPage } from '../features/followup/FollowupPage';
import { MissingPage } from '../features/followup/MissingPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { LoginPage } from '../features/auth/LoginPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EqualityPage } from '../features/equality/EqualityPage';
import { HomePage } from '../features/home/HomePage';
import { ComparisonPage } from '../features/kolada/ComparisonPage';
import { MeasurePage } from '../features/measure/MeasurePage';
import { ModelPage } from '../features/model/ModelPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { RisksPage } from '../features/risks/RisksPage';
import { ComparePage } from '../features/roadmap/ComparePage';
import { RoadmapPage } from '../features/roadmap/RoadmapPage';
import { RoadmapsPage } from '../features/roadmap/RoadmapsPage';
import { ScorecardPage } from '../features/scorecard/ScorecardPage';
import { ValueImportPage } from '../features/value-import/ValueImportPage';
import { NewPlanPage } from '../features/plans/NewPlanPage';
import { VersionsPage } from '../features/plans/VersionsPage';
import { NewMeasurePage } from '../features/measure-editor/NewMeasurePage';
import { CascadePage } from '../features/cascade/CascadePage';
import { ConsultationPage } from '../features/consultations/ConsultationPage';
import { ConsultationsPage } from '../features/consultations/ConsultationsPage';
import { PublishedPage } from '../features/consultations/PublishedPage';
import { RespondPage } from '../features/consultations/RespondPage';
import { useT } from '../i18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const CHANGE_PASSWORD_PATH = '/account/password';

/** Shows its children to a signed-in user; sends others to the login page, and first-time users to a new password. */
function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const [location] = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      const next = location + window.location.search;
      return <Redirect to={`/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.data.mustChangePassword && location !== CHANGE_PASSWORD_PATH) {
    return <Redirect to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <>{children}</>;
}

function NotFoundPage() {
  const { t } = useT();
  useDocumentTitle(t('app.notFoundTitle'));
  return (
    <div className="page narrow">
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundText')}</p>
      <p>
        <Link href="/">{t('app.backHome')}</Link>
      </p>
    </div>
  );
}

/** Parses a numeric route parameter; NaN when it is not a positive integer. */
function idParam(value: string | undefined): number {
  return value && /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/login" component={LoginPage} />
      <Route path="/consultation/:token">{(params) => <RespondPage key={params.token} token={params.token} />}</Route>
      <Route path="/public/consultations/:id">{(params) => <PublishedPage key={params.id} id={idParam(params.id)} />}</Route>
      <Route path="/organisations/:orgId/consultations">
        {(params) => (
          <RequireAuth>
            <ConsultationsPage key={params.orgId} orgId={idParam(params.orgId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/consultations/:id">
        {(params) => (
          <RequireAuth>
            <ConsultationPage key={params.id} id={idParam(params.id)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/">
        <RequireAuth>
          <HomePage />
        </RequireAuth>
      </Route>
      <Route path="/plans/:planId/versions">
        {(params) => (
          <RequireAuth>
            <VersionsPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/nodes/:nodeId/measures/new">
        {(params) => (
          <RequireAuth>
            <NewMeasurePage key={`${params.planId}-${params.nodeId}`} planId={idParam(params.planId)} nodeId={idParam(params.nodeId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/organisations/:orgId/plans/new">
        {(params) => (
          <RequireAuth>
            <NewPlanPage key={params.orgId} orgId={idParam(params.orgId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plan-nodes/:nodeId/cascade">
        {(params) => (
          <RequireAuth>
            <CascadePage key={params.nodeId} nodeId={idParam(params.nodeId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/followup/missing">
        {(params) => (
          <RequireAuth>
            <MissingPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/followup">
        {(params) => (
          <RequireAuth>
            <FollowupPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/assignments">
        {(params) => (
          <RequireAuth>
            <AssignmentsPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/documents">
        {(params) => (
          <RequireAuth>
            <DocumentsPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/equality">
        {(params) => (
          <RequireAuth>
            <EqualityPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/dashboard">
        {(params) => (
          <RequireAuth>
            <DashboardPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/risks">
        {(params) => (
          <RequireAuth>
            <RisksPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/budget">
        {(params) => (
          <RequireAuth>
            <BudgetPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/import-values">
        {(params) => (
          <RequireAuth>
            <ValueImportPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/activities">
        {(params) => (
          <RequireAuth>
            <ActivitiesPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/chapters">
        {(params) => (
          <RequireAuth>
            <ChaptersPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/agenda-2030">
        {(params) => (
          <RequireAuth>
            <AgendaPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId/advocacy">
        {(params) => (
          <RequireAuth>
            <AdvocacyPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/organisations/:orgId/units">
        {(params) => (
          <RequireAuth>
            <OrganisationPage key={params.orgId} orgId={idParam(params.orgId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/plans/:planId">
        {(params) => (
          <RequireAuth>
            <ScorecardPage key={params.planId} planId={idParam(params.planId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/measures/:id/comparison">
        {(params) => (
          <RequireAuth>
            <ComparisonPage key={params.id} measureId={idParam(params.id)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/measures/:id">
        {(params) => (
          <RequireAuth>
            <MeasurePage key={params.id} measureId={idParam(params.id)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/organisations/:orgId/model">
        {(params) => (
          <RequireAuth>
            <ModelPage key={params.orgId} orgId={idParam(params.orgId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/organisations/:orgId/people">
        {(params) => (
          <RequireAuth>
            <PeoplePage key={params.orgId} orgId={idParam(params.orgId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/installation/organisations">
        <RequireAuth>
          <OrganisationsPage />
        </RequireAuth>
      </Route>
      <Route path="/roadmaps">
        <RequireAuth>
          <RoadmapsPage />
        </RequireAuth>
      </Route>
      <Route path="/roadmaps/versions/:versionId">
        {(params) => (
          <RequireAuth>
            <RoadmapPage key={params.versionId} versionId={idParam(params.versionId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path="/roadmaps/:roadmapId/compare">
        {(params) => (
          <RequireAuth>
            <ComparePage key={params.roadmapId} roadmapId={idParam(params.roadmapId)} />
          </RequireAuth>
        )}
      </Route>
      <Route path={CHANGE_PASSWORD_PATH}>
        <RequireAuth>
          <ChangePasswordPage />
        </RequireAuth>
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
