import { useTranslation } from "react-i18next";

/** The digits (and a leading +) of a phone number as written, for a `tel:` link. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/**
 * A professional's work phone and email as links (tel:, mailto:), so a client or a partner reaches
 * them from the page with one tap; nothing when the directory keeps neither.
 */
export function ContactLinks({ workPhone, workEmail }: { workPhone?: string | null; workEmail?: string | null }) {
  const { t } = useTranslation();
  if (!workPhone && !workEmail) return null;
  return (
    <span className="contact-links">
      {workPhone && (
        <a href={telHref(workPhone)} aria-label={t("contact.call", { phone: workPhone })}>
          {workPhone}
        </a>
      )}
      {workPhone && workEmail && " · "}
      {workEmail && (
        <a href={`mailto:${workEmail}`} aria-label={t("contact.email", { email: workEmail })}>
          {workEmail}
        </a>
      )}
    </span>
  );
}
