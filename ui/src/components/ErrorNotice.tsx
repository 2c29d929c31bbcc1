import { useTranslation } from "react-i18next";
import { errorText } from "../i18n/errorText";

/** A failed request, in the user's language, announced at once (role alert). */
export function ErrorNotice({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="error-notice">
      {errorText(t, code)}
    </p>
  );
}
