import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { i18n } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { AuthProvider, type Session } from "./auth/AuthContext";
import { OperationError } from "./graphql/executeOperation";

/**
 * A query client that does not retry what a retry cannot fix (a refusal, a bad input, a sign-in).
 * Answers are stale at once: what a viewer may see changes under an open page (a consent revoked, a
 * team left), so a view asks again whenever it is shown anew or the window regains focus, and a
 * revocation shows on the next interaction instead of after a cache period. The cached answer is
 * still drawn meanwhile, so going back to a page is instant.
 */
export function createQueryClient(overrides: { gcTime?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 0,
        refetchOnWindowFocus: true,
        ...overrides,
        retry: (failures, error) =>
          failures < 2 &&
          !(
            error instanceof OperationError &&
            ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND"].includes(error.code)
          ),
      },
    },
  });
}

/** The providers every page needs: messages, the in-memory session, and the query cache. */
export function AppProviders({
  i18n,
  queryClient,
  initialSession,
  children,
}: {
  i18n: i18n;
  queryClient: QueryClient;
  initialSession?: Session;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <AuthProvider {...(initialSession ? { initialSession } : {})} onSignOut={() => queryClient.clear()}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AuthProvider>
    </I18nextProvider>
  );
}
