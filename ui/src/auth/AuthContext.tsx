import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { viewerFromToken, type SignedInViewer } from "./viewerFromToken";

export interface Session {
  token: string;
  viewer: SignedInViewer;
  /** The demo user's short name, or the name the sign-in gave. */
  label: string;
}

interface AuthState {
  session: Session | undefined;
  signIn(token: string, label: string): void;
  signOut(): void;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

/**
 * Holds the session in memory only: never in localStorage, sessionStorage or a cookie, where another
 * script on the origin or a later visitor could read it. A reload signs the user out, by design.
 */
export function AuthProvider({
  children,
  initialSession,
  onSignOut,
}: {
  children: ReactNode;
  initialSession?: Session;
  /** Forgets what the user was shown (the query cache), so nothing of it stays in the page after sign-out. */
  onSignOut?: () => void;
}) {
  const [session, setSession] = useState<Session | undefined>(initialSession);
  const signIn = useCallback((token: string, label: string) => setSession({ token, label, viewer: viewerFromToken(token) }), []);
  const signOut = useCallback(() => {
    setSession(undefined);
    onSignOut?.();
  }, [onSignOut]);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}

/** The signed-in session; only for components under the signed-in routes. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error("useSession without a session");
  return session;
}
