import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { isApiError } from '../api/client';
import { useMe } from '../api/queries';
import { ErrorMessage, Loading } from '../components/States';
import { LoginPage } from '../features/auth/LoginPage';
import { useT } from '../i18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';

/**
 * Every page but the sign-in page is its own chunk, loaded when it is first visited together with
 * the pages' stylesheet (page-styles.ts): the sign-in page (the first load of most visits) carries
 * only the frame, its styles, the API client and itself.
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => Promise.all([load(), import('./page-styles')]).then(([component]) => ({ default: component })));
}

const ActivitiesPage = page(() => import('../features/activities/ActivitiesPage').then((m) => m.ActivitiesPage));
const AdvocacyPage = page(() => import('../features/plan-content/AdvocacyPage').then((m) => m.AdvocacyPage));
const AgendaPage = page(() => import('../features/plan-content/AgendaPage').then((m) => m.AgendaPage));
const AssignmentsPage = page(() => import('../features/assignments/AssignmentsPage').then((m) => m.AssignmentsPage));
const BudgetPage = page(() => import('../features/budget/BudgetPage').then((m) => m.BudgetPage));
const CascadePage = page(() => import('../features/cascade/CascadePage').then((m) => m.CascadePage));
const ChangePasswordPage = page(() => import('../features/auth/ChangePasswordPage').then((m) => m.ChangePasswordPage));
const ChaptersPage = page(() => import('../features/plan-content/ChaptersPage').then((m) => m.ChaptersPage));
const ComparePage = page(() => import('../features/roadmap/ComparePage').then((m) => m.ComparePage));
const ComparisonPage = page(() => import('../features/kolada/ComparisonPage').then((m) => m.ComparisonPage));
const DashboardPage = page(() => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage));
const MeasuresWithoutDirectionPage = page(() => import('../features/scorecard/MeasuresWithoutDirectionPage').then((m) => m.MeasuresWithoutDirectionPage));
const DocumentsPage = page(() => import('../features/documents/DocumentsPage').then((m) => m.DocumentsPage));
const ConsultationPage = page(() => import('../features/consultations/ConsultationPage').then((m) => m.ConsultationPage));
const ConsultationsPage = page(() => import('../features/consultations/ConsultationsPage').then((m) => m.ConsultationsPage));
const PublishedPage = page(() => import('../features/consultations/PublishedPage').then((m) => m.PublishedPage));
const RespondPage = page(() => import('../features/consultations/RespondPage').then((m) => m.RespondPage));
const FederationPage = page(() => import('../features/workshop/FederationPage').then((m) => m.FederationPage));
const GlossaryPage = page(() => import('../features/workshop/GlossaryPage').then((m) => m.GlossaryPage));
const FederationsPage = page(() => import('../features/workshop/FederationsPage').then((m) => m.FederationsPage));
const JoinWorkshopPage = page(() => import('../features/workshop/JoinWorkshopPage').then((m) => m.JoinWorkshopPage));
const WorkshopPage = page(() => import('../features/workshop/WorkshopPage').then((m) => m.WorkshopPage));
const AccessibilityPage = page(() => import('../features/public/AccessibilityPage').then((m) => m.AccessibilityPage));
const PublicPlanPage = page(() => import('../features/public/PublicPlanPage').then((m) => m.PublicPlanPage));
const PublicPlansPage = page(() => import('../features/public/PublicPlansPage').then((m) => m.PublicPlansPage));
const ExtractionPage = page(() => import('../features/extraction/ExtractionPage').then((m) => m.ExtractionPage));
const EqualityPage = page(() => import('../features/equality/EqualityPage').then((m) => m.EqualityPage));
const FollowupPage = page(() => import('../features/followup/FollowupPage').then((m) => m.FollowupPage));
const HomePage = page(() => import('../features/home/HomePage').then((m) => m.HomePage));
const MeasurePage = page(() => import('../features/measure/MeasurePage').then((m) => m.MeasurePage));
const MissingPage = page(() => import('../features/followup/MissingPage').then((m) => m.MissingPage));
const ModelPage = page(() => import('../features/model/ModelPage').then((m) => m.ModelPage));
const NewMeasurePage = page(() => import('../features/measure-editor/NewMeasurePage').then((m) => m.NewMeasurePage));
const NewPlanPage = page(() => import('../features/plans/NewPlanPage').then((m) => m.NewPlanPage));
const OrganisationPage = page(() => import('../features/plan-content/OrganisationPage').then((m) => m.OrganisationPage));
const OrganisationsPage = page(() => import('../features/organisations/OrganisationsPage').then((m) => m.OrganisationsPage));
const PeoplePage = page(() => import('../features/people/PeoplePage').then((m) => m.PeoplePage));
const KoladaDifferencesPage = page(() => import('../features/kolada-choice/KoladaDifferencesPage').then((m) => m.KoladaDifferencesPage));
const AuditPage = page(() => import('../features/audit/AuditPage').then((m) => m.AuditPage));
const OutboxPage = page(() => import('../features/outbox/OutboxPage').then((m) => m.OutboxPage));
const RisksPage = page(() => import('../features/risks/RisksPage').then((m) => m.RisksPage));
const RoadmapPage = page(() => import('../features/roadmap/RoadmapPage').then((m) => m.RoadmapPage));
const RoadmapsPage = page(() => import('../features/roadmap/RoadmapsPage').then((m) => m.RoadmapsPage));
const ScorecardPage = page(() => import('../features/scorecard/ScorecardPage').then((m) => m.ScorecardPage));
const ValueImportPage = page(() => import('../features/value-import/ValueImportPage').then((m) => m.ValueImportPage));
const VersionsPage = page(() => import('../features/plans/VersionsPage').then((m) => m.VersionsPage));

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
