import { lazy, Suspense, type ReactNode } from "react";
import { Navigate, Route, Routes } from "react-router";
import { useAuth } from "./auth/AuthContext";
import type { SignedInViewer } from "./auth/viewerFromToken";
import { SignInPage } from "./auth/SignInPage";
import { Loading } from "./components/Loading";
import { AppShell, type NavigationItem } from "./shell/AppShell";

// Each view is its own chunk: the first page loads the shell and sign-in only (the 250 kB budget,
// test/bundleBudget.test.ts), and the FIT chart's library loads with the FIT view.
const CaseloadView = lazy(() => import("./views/professional/CaseloadView"));
const NotFound = lazy(() => import("./views/NotFound"));

/** The professional's navigation; the client (Kartta) and manager views bring their own. */
export const professionalNavigation: readonly NavigationItem[] = [{ to: "/caseload", label: "nav.caseload" }];

/** Where a signed-in user starts: a professional at the caseload. */
export function homePathOf(viewer: SignedInViewer): string {
  return viewer.kind === "professional" ? "/caseload" : "/sign-in";
}

function SignedIn({ children, navigation }: { children: ReactNode; navigation: readonly NavigationItem[] }) {
  const { session } = useAuth();
  if (!session) return <Navigate to="/sign-in" replace />;
  return (
    <AppShell navigation={navigation}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
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
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        path="/caseload"
        element={
          <SignedIn navigation={professionalNavigation}>
            <CaseloadView />
          </SignedIn>
        }
      />
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
