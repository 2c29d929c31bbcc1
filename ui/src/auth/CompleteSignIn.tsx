import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useAuth } from "./AuthContext";
import { fetchSignInConfig } from "./signInConfig";

/**
 * The identity provider sent the person back with a code (`/app/?code=…&state=…`): redeem it
 * (ui/src/auth/oidc.ts, loaded only now), keep the token in memory, drop the code from the address
 * bar and history, and go on to where they were.
 */
export function CompleteSignIn({ loadConfig = fetchSignInConfig }: { loadConfig?: typeof fetchSignInConfig }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | undefined>();
  // React's development double effect must not redeem the single-use code twice.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const answer = new URL(window.location.href);
    window.history.replaceState(null, "", window.location.pathname);
    void (async () => {
      try {
        const config = await loadConfig();
        if (config.signIn.kind !== "oidc") throw new Error("not_configured");
        const { completeSignIn } = await import("./oidc");
        const session = await completeSignIn(config.signIn, answer);
        signIn(session.accessToken, session.displayName ?? "");
        void navigate(session.returnTo, { replace: true });
      } catch (error) {
        setFailure(error instanceof Error && "code" in error ? String(error.code) : "sign_in_failed");
      }
    })();
  }, [loadConfig, navigate, signIn]);

  return (
    <main id="main" className="page sign-in" tabIndex={-1}>
      {failure ? (
        <>
          <h1>{t("signIn.failedTitle")}</h1>
          <p role="alert">{t("signIn.failed", { code: failure })}</p>
          <Link to="/sign-in">{t("signIn.again")}</Link>
        </>
      ) : (
        <p role="status">{t("signIn.completing")}</p>
      )}
    </main>
  );
}
