import { lazy, Suspense, type ReactNode } from "react";
import { Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { useAuth } from "./auth/AuthContext";
import type { SignedInViewer } from "./auth/viewerFromToken";
import { CompleteSignIn } from "./auth/CompleteSignIn";
import { SignInPage } from "./auth/SignInPage";
import { Loading } from "./components/Loading";
import { AppShell, type NavigationItem } from "./shell/AppShell";

// Each view is its own chunk: the first page loads the shell and sign-in only (the 250 kB budget,
// test/bundleBudget.test.ts), and the FIT chart's library loads with the FIT view.
const CaseloadView = lazy(() => import("./views/professional/CaseloadView"));
const ClientPage = lazy(() => import("./views/professional/ClientPage"));
const ServicePlanView = lazy(() => import("./views/professional/ServicePlanView"));
const FitView = lazy(() => import("./views/professional/FitView"));
const RaiseConcernView = lazy(() => import("./views/professional/forms/RaiseConcernForm"));
const RecordConsentView = lazy(() => import("./views/professional/forms/RecordConsentForm"));
const NetworkMeetingView = lazy(() => import("./views/professional/forms/NetworkMeetingForm"));
const NotFound = lazy(() => import("./views/NotFound"));
const KarttaView = lazy(() => import("./views/client/KarttaView"));
const ConsentsView = lazy(() => import("./views/client/ConsentsView"));
const AccessLogView = lazy(() => import("./views/client/AccessLogView"));
const RolloutDashboardView = lazy(() => import("./views/manager/RolloutDashboardView"));
const OutcomeReportView = lazy(() => import("./views/manager/OutcomeReportView"));

/** The professional's navigation; the client (Kartta) and manager views bring their own. */
export const professionalNavigation: readonly NavigationItem[] = [{ to: "/caseload", label: "nav.caseload" }];

/** The client's (and guardian's) Kartta: the pages of a Kartta are its own navigation. */
export const clientNavigation: readonly NavigationItem[] = [{ to: "/kartta", label: "kartta.myTitle" }];

/** The manager's and reporting user's pages: aggregates only. */
export const managerNavigation: readonly NavigationItem[] = [
  { to: "/manager", label: "manager.rollout.title" },
  { to: "/manager/outcomes", label: "manager.outcomes.title" },
];

/** Managers and reporting users see aggregates only (docs/access.md): they start at the dashboard. */
export function isManager(viewer: SignedInViewer): boolean {
  return viewer.roles.includes("manager") || viewer.roles.includes("reporting");
}

/** Where a signed-in user starts: a manager at the rollout dashboard, a professional at the caseload, a client at Kartta. */
export function homePathOf(viewer: SignedInViewer): string {
  if (viewer.kind === "client") return "/kartta";
  if (viewer.kind === "professional") return isManager(viewer) ? "/manager" : "/caseload";
  return "/sign-in";
}

/** The shell around signed-in pages; it stays mounted while the page inside (the Outlet) changes. */
function SignedIn({ navigation }: { navigation: readonly NavigationItem[] }) {
  const { session } = useAuth();
  const { pathname } = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: pathname }} />;
  return (
    <AppShell navigation={navigation}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}

function Home() {
  const { session } = useAuth();
  // The identity provider's answer arrives at /app/?code=…&state=… (OIDC with PKCE).
  const answer = new URLSearchParams(window.location.search);
  if (answer.has("state") && (answer.has("code") || answer.has("error"))) return <CompleteSignIn />;
  return <Navigate to={session ? homePathOf(session.viewer) : "/sign-in"} replace />;
}

/** The professional's pages, each under the shell with the professional's navigation. */
const professionalPages: readonly [path: string, page: ReactNode][] = [
  ["/caseload", <CaseloadView />],
  ["/clients/:clientId", <ClientPage />],
  ["/clients/:clientId/plan", <ServicePlanView />],
  ["/clients/:clientId/fit", <FitView />],
  ["/clients/:clientId/concerns/new", <RaiseConcernView />],
  ["/clients/:clientId/consents/new", <RecordConsentView />],
  ["/clients/:clientId/meetings/new", <NetworkMeetingView />],
];

/** The client's and guardian's Kartta: their own (`/kartta/…`) or their child's (`/kartta/:clientId/…`). */
const clientPages: readonly [path: string, page: ReactNode][] = [
  ["/kartta", <KarttaView />],
  ["/kartta/consents", <ConsentsView />],
  ["/kartta/access-log", <AccessLogView />],
  ["/kartta/:clientId", <KarttaView />],
  ["/kartta/:clientId/consents", <ConsentsView />],
  ["/kartta/:clientId/access-log", <AccessLogView />],
];

/** The manager's pages: aggregates only. */
const managerPages: readonly [path: string, page: ReactNode][] = [
  ["/manager", <RolloutDashboardView />],
  ["/manager/outcomes", <OutcomeReportView />],
];

/**
 * The app's routes. Professional views live under `/caseload` and `/clients/:clientId/…`; the
 * client's (Kartta) under `/kartta/…` and the manager's under `/manager/…`.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<SignedIn navigation={professionalNavigation} />}>
        {professionalPages.map(([path, page]) => (
          <Route key={path} path={path} element={page} />
        ))}
      </Route>
      <Route element={<SignedIn navigation={clientNavigation} />}>
        {clientPages.map(([path, page]) => (
          <Route key={path} path={path} element={page} />
        ))}
      </Route>
      <Route element={<SignedIn navigation={managerNavigation} />}>
        {managerPages.map(([path, page]) => (
          <Route key={path} path={path} element={page} />
        ))}
      </Route>
      <Route
        path="*"
        element={
          <Suspense fallback={<Loading />}>
            <NotFound />
          </Suspense>
        }
      />
    </Routes>
  );
}
