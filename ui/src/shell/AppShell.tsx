import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, useLocation } from "react-router";
import { useAuth } from "../auth/AuthContext";
import { LanguageSwitcher } from "./LanguageSwitcher";

export interface NavigationItem {
  to: string;
  /** A key of the message catalogue. */
  label: string;
}

/**
 * The frame of every signed-in page: a skip link, the header with the main navigation, the language
 * choice and sign-out, and the page's `<main>`. NavLink marks the current page with aria-current.
 */
export function AppShell({ navigation, children }: { navigation: readonly NavigationItem[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { session, signOut } = useAuth();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  // After a navigation, a screen reader user starts at the new page's content, not at the link they followed.
  useEffect(() => {
    if (pathname !== firstPath.current) main.current?.focus();
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <span className="app-name">{t("app.name")}</span>
        <nav aria-label={t("app.mainNavigation")}>
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitcher />
          {session && (
            <>
              <span className="signed-in">{t("app.signedInAs", { name: session.label })}</span>
              <button type="button" onClick={signOut}>
                {t("app.signOut")}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1} ref={main}>
        {children}
      </main>
    </>
  );
}
