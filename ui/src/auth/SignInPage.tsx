import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { LanguageSwitcher } from "../shell/LanguageSwitcher";
import { useAuth } from "./AuthContext";
import type { DevelopmentUser } from "./developmentUsers";
import { fetchSignInConfig, type WebAppConfig } from "./signInConfig";

/**
 * Sign-in. In development the hub's demo users are offered (their development tokens, from the
 * gateway's IDE page); a token may also be pasted. Production sign-in (OIDC with PKCE) is added
 * beside these when configured.
 */
export function SignInPage({
  loadConfig = fetchSignInConfig,
  loadUsers,
}: {
  loadConfig?: () => Promise<WebAppConfig>;
  loadUsers?: () => Promise<DevelopmentUser[]>;
}) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  // A deep link that sent the visitor here is where they go once signed in.
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [users, setUsers] = useState<DevelopmentUser[] | undefined>();
  const [pasted, setPasted] = useState("");
  const [pastedError, setPastedError] = useState<string | undefined>();

  const [oidc, setOidc] = useState<Extract<WebAppConfig["signIn"], { kind: "oidc" }> | undefined>();

  useEffect(() => {
    let current = true;
    if (loadUsers) void loadUsers().then((found) => current && setUsers(found));
    else
      void loadConfig().then((config) => {
        if (!current) return;
        setUsers(config.signIn.kind === "development" ? [...config.signIn.users] : []);
        if (config.signIn.kind === "oidc") setOidc(config.signIn);
      });
    return () => {
      current = false;
    };
  }, [loadConfig, loadUsers]);

  /** To the identity provider; the PKCE module loads only when someone signs in this way. */
  const signInWithProvider = async () => {
    if (!oidc) return;
    const { beginSignIn } = await import("./oidc");
    await beginSignIn(oidc, { redirectUri: new URL("/app/", window.location.origin).href, returnTo: "/" });
  };

  const choose = (token: string, label: string) => {
    signIn(token, label);
    void navigate(from ?? "/", { replace: true });
  };

  const submitPasted = (event: FormEvent) => {
    event.preventDefault();
    try {
      choose(pasted.trim(), "token");
    } catch {
      setPastedError(t("signIn.tokenInvalid"));
    }
  };

  return (
    <main id="main" className="page sign-in" tabIndex={-1}>
      <LanguageSwitcher />
      <h1>{t("signIn.title")}</h1>
      {oidc && (
        <section aria-labelledby="provider-sign-in">
          <h2 id="provider-sign-in">{t("signIn.provider")}</h2>
          <button type="button" className="primary" onClick={() => void signInWithProvider()}>
            {t("signIn.withProvider")}
          </button>
        </section>
      )}
      {!oidc && (
        <section aria-labelledby="development-users">
          <h2 id="development-users">{t("signIn.developmentUsers")}</h2>
          {users === undefined ? (
            <p role="status">{t("app.loading")}</p>
          ) : users.length === 0 ? (
            <p>{t("signIn.noDevelopmentUsers")}</p>
          ) : (
            <>
              <p>{t("signIn.developmentHint")}</p>
              <ul className="user-list">
                {users.map((user) => (
                  <li key={user.user}>
                    <button type="button" onClick={() => choose(user.token, user.user)}>
                      {t("signIn.signInAs", { user: user.user })}
                    </button>
                    <span className="hint">{user.description}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <form onSubmit={submitPasted} noValidate>
        <label htmlFor="pasted-token">{t("signIn.tokenLabel")}</label>
        <textarea
          id="pasted-token"
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          rows={3}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={pastedError ? true : undefined}
          aria-describedby={pastedError ? "pasted-token-error" : undefined}
        />
        {pastedError && (
          <p id="pasted-token-error" className="field-error">
            {pastedError}
          </p>
        )}
        <button type="submit">{t("signIn.tokenSubmit")}</button>
      </form>
    </main>
  );
}
