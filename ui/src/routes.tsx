import { lazy, Suspense, type ReactNode } from "react";
import { Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { useAuth } from "./auth/AuthContext";
import type { SignedInViewer } from "./auth/viewerFromToken";
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

/** The professional's navigation; the client (Kartta) and manager views bring their own. */
export const professionalNavigation: readonly NavigationItem[] = [{ to: "/caseload", label: "nav.caseload" }];

/** Where a signed-in user starts: a professional at the caseload. */
export function homePathOf(viewer: SignedInViewer): string {
  return viewer.kind === "professional" ? "/caseload" : "/sign-in";
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
  return <Navigate to={session ? homePathOf(session.viewer) : "/sign-in"} replace />;
}

/**
 * The app's routes. Professional views live under `/caseload` and `/clients/:clientId/…`; the
 * client's (Kartta) under `/kartta/…` and the manager's under `/manager/…`.
 */
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
