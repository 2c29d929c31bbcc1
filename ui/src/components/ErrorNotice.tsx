import { useTranslation } from "react-i18next";
import { useAuth } from "../auth/AuthContext";
import { errorText } from "../i18n/errorText";

/**
 * A failed request, in the user's language, announced at once (role alert). An expired or refused
 * sign-in offers to sign in again: the session ends and the sign-in page follows.
 */
export function ErrorNotice({ code }: { code: string }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  return (
    <div role="alert" className="error-notice">
      <p>{errorText(t, code)}</p>
      {code === "UNAUTHENTICATED" && (
        <button type="button" onClick={signOut}>
          {t("app.signInAgain")}
        </button>
      )}
    </div>
  );
}
