import { lazy, type ReactNode, Suspense } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { isApiError } from '../api/client';
import { useMe } from '../api/queries';
import { ErrorMessage, Loading } from '../components/States';
import { LoginPage } from '../features/auth/LoginPage';
import { useT } from '../i18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';

/**
 * Every page but the sign-in page is its own chunk, loaded when it is first visited: the sign-in
 * page (the first load of most visits) carries only the frame, the API client and itself.
 */
const ActivitiesPage = lazy(() => import('../features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })));
const AdvocacyPage = lazy(() => import('../features/plan-content/AdvocacyPage').then((m) => ({ default: m.AdvocacyPage })));
const AgendaPage = lazy(() => import('../features/plan-content/AgendaPage').then((m) => ({ default: m.AgendaPage })));
const AssignmentsPage = lazy(() => import('../features/assignments/AssignmentsPage').then((m) => ({ default: m.AssignmentsPage })));
const BudgetPage = lazy(() => import('../features/budget/BudgetPage').then((m) => ({ default: m.BudgetPage })));
const CascadePage = lazy(() => import('../features/cascade/CascadePage').then((m) => ({ default: m.CascadePage })));
const ChangePasswordPage = lazy(() => import('../features/auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })));
const ChaptersPage = lazy(() => import('../features/plan-content/ChaptersPage').then((m) => ({ default: m.ChaptersPage })));
const ComparePage = lazy(() => import('../features/roadmap/ComparePage').then((m) => ({ default: m.ComparePage })));
const ComparisonPage = lazy(() => import('../features/kolada/ComparisonPage').then((m) => ({ default: m.ComparisonPage })));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const MeasuresWithoutDirectionPage = lazy(() => import('../features/scorecard/MeasuresWithoutDirectionPage').then((m) => ({ default: m.MeasuresWithoutDirectionPage })));
const DocumentsPage = lazy(() => import('../features/documents/DocumentsPage').then((m) => ({ default: m.DocumentsPage })));
const ConsultationPage = lazy(() => import('../features/consultations/ConsultationPage').then((m) => ({ default: m.ConsultationPage })));
const ConsultationsPage = lazy(() => import('../features/consultations/ConsultationsPage').then((m) => ({ default: m.ConsultationsPage })));
const PublishedPage = lazy(() => import('../features/consultations/PublishedPage').then((m) => ({ default: m.PublishedPage })));
const RespondPage = lazy(() => import('../features/consultations/RespondPage').then((m) => ({ default: m.RespondPage })));
const FederationPage = lazy(() => import('../features/workshop/FederationPage').then((m) => ({ default: m.FederationPage })));
const GlossaryPage = lazy(() => import('../features/workshop/GlossaryPage').then((m) => ({ default: m.GlossaryPage })));
const FederationsPage = lazy(() => import('../features/workshop/FederationsPage').then((m) => ({ default: m.FederationsPage })));
const JoinWorkshopPage = lazy(() => import('../features/workshop/JoinWorkshopPage').then((m) => ({ default: m.JoinWorkshopPage })));
const WorkshopPage = lazy(() => import('../features/workshop/WorkshopPage').then((m) => ({ default: m.WorkshopPage })));
const AccessibilityPage = lazy(() => import('../features/public/AccessibilityPage').then((m) => ({ default: m.AccessibilityPage })));
const PublicPlanPage = lazy(() => import('../features/public/PublicPlanPage').then((m) => ({ default: m.PublicPlanPage })));
const PublicPlansPage = lazy(() => import('../features/public/PublicPlansPage').then((m) => ({ default: m.PublicPlansPage })));
const ExtractionPage = lazy(() => import('../features/extraction/ExtractionPage').then((m) => ({ default: m.ExtractionPage })));
const EqualityPage = lazy(() => import('../features/equality/EqualityPage').then((m) => ({ default: m.EqualityPage })));
const FollowupPage = lazy(() => import('../features/followup/FollowupPage').then((m) => ({ default: m.FollowupPage })));
const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
const MeasurePage = lazy(() => import('../features/measure/MeasurePage').then((m) => ({ default: m.MeasurePage })));
const MissingPage = lazy(() => import('../features/followup/MissingPage').then((m) => ({ default: m.MissingPage })));
const ModelPage = lazy(() => import('../features/model/ModelPage').then((m) => ({ default: m.ModelPage })));
const NewMeasurePage = lazy(() => import('../features/measure-editor/NewMeasurePage').then((m) => ({ default: m.NewMeasurePage })));
const NewPlanPage = lazy(() => import('../features/plans/NewPlanPage').then((m) => ({ default: m.NewPlanPage })));
const OrganisationPage = lazy(() => import('../features/plan-content/OrganisationPage').then((m) => ({ default: m.OrganisationPage })));
const OrganisationsPage = lazy(() => import('../features/organisations/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })));
const PeoplePage = lazy(() => import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const KoladaDifferencesPage = lazy(() => import('../features/kolada-choice/KoladaDifferencesPage').then((m) => ({ default: m.KoladaDifferencesPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const OutboxPage = lazy(() => import('../features/outbox/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const RisksPage = lazy(() => import('../features/risks/RisksPage').then((m) => ({ default: m.RisksPage })));
const RoadmapPage = lazy(() => import('../features/roadmap/RoadmapPage').then((m) => ({ default: m.RoadmapPage })));
const RoadmapsPage = lazy(() => import('../features/roadmap/RoadmapsPage').then((m) => ({ default: m.RoadmapsPage })));
const ScorecardPage = lazy(() => import('../features/scorecard/ScorecardPage').then((m) => ({ default: m.ScorecardPage })));
const ValueImportPage = lazy(() => import('../features/value-import/ValueImportPage').then((m) => ({ default: m.ValueImportPage })));
const VersionsPage = lazy(() => import('../features/plans/VersionsPage').then((m) => ({ default: m.VersionsPage })));

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
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/login" component={LoginPage} />
        {/* Public: no sign-in (the portal of published plans and the accessibility statement). */}
        <Route path="/offentlig" component={PublicPlansPage} />
        <Route path="/offentlig/planer/:planId">{(params) => <PublicPlanPage key={params.planId} planId={idParam(params.planId)} />}</Route>
        <Route path="/tillganglighet" component={AccessibilityPage} />
        {/* Consulted parties answer by their invitation's link, without an account; published answers are public. */}
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
        {/* Workshop guests come without an account: the page checks their invitation itself. */}
        <Route path="/workshops/join" component={JoinWorkshopPage} />
        <Route path="/workshops/:workshopId">{(params) => <WorkshopPage key={params.workshopId} workshopId={idParam(params.workshopId)} />}</Route>
        <Route path="/federations">
          <RequireAuth>
            <FederationsPage />
          </RequireAuth>
        </Route>
        <Route path="/federations/:federationId/glossary">
          {(params) => (
            <RequireAuth>
              <GlossaryPage key={params.federationId} federationId={idParam(params.federationId)} />
            </RequireAuth>
          )}
        </Route>
        <Route path="/federations/:federationId">
          {(params) => (
            <RequireAuth>
              <FederationPage key={params.federationId} federationId={idParam(params.federationId)} />
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
        <Route path="/organisations/:orgId/extract">
          {(params) => (
            <RequireAuth>
              <ExtractionPage key={params.orgId} orgId={idParam(params.orgId)} />
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
        <Route path="/plans/:planId/kolada-differences">
          {(params) => (
            <RequireAuth>
              <KoladaDifferencesPage key={params.planId} planId={idParam(params.planId)} />
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
        <Route path="/plans/:planId/measures-without-direction">
          {(params) => (
            <RequireAuth>
              <MeasuresWithoutDirectionPage key={params.planId} planId={idParam(params.planId)} />
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
        <Route path="/organisations/:orgId/audit">
          {(params) => (
            <RequireAuth>
              <AuditPage key={params.orgId} orgId={idParam(params.orgId)} />
            </RequireAuth>
          )}
        </Route>
        <Route path="/organisations/:orgId/outbox">
          {(params) => (
            <RequireAuth>
              <OutboxPage key={params.orgId} orgId={idParam(params.orgId)} />
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
    </Suspense>
  );
}
