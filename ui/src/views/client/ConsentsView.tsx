import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { Withheld } from "../../components/Withheld";
import {
  GiveConsentDocument,
  KarttaConsentsDocument,
  RevokeConsentDocument,
  type GiveConsentMutationVariables,
} from "../../graphql/operations.generated";
import { useOperationMutation, useOperationQuery } from "../../graphql/useOperation";
import { CONSENT_CATEGORIES, countyToday, type ConsentCategory } from "./karttaFacts";
import { KarttaNavigation } from "./KarttaNavigation";
import { useKarttaClient } from "./useKarttaClient";

const PURPOSE = "client manages own consents (Kartta)";

/**
 * My consents (suostumukset): who may see what, and since when; revoke one with a confirmation, or
 * give a new one. A guardian does the same for their child (the consent is then given as GUARDIAN,
 * and the hub checks the guardianship of the day).
 */
export default function ConsentsView() {
  const { t } = useTranslation();
  const { clientId, isOwn, viewerId } = useKarttaClient();
  const query = useOperationQuery(KarttaConsentsDocument, { clientId }, { purpose: PURPOSE });
  const revoke = useOperationMutation(RevokeConsentDocument, { purpose: PURPOSE, idempotencyKey: true });
  const [confirming, setConfirming] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState("");
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice code={query.error.code} />;
  const { data, errors } = query.data;
  const consents = data.client?.consents ?? [];
  const active = consents.filter((consent) => consent.isActive);
  const past = consents.filter((consent) => !consent.isActive);

  // A failure is shown by the ErrorNotice below and the confirmation stays open, so "Yes, revoke"
  // again retries the same action (with the same Idempotency-Key).
  const onRevoke = (id: string) =>
    revoke.mutate(
      { id },
      {
        onSuccess: () => {
          setConfirming(undefined);
          setAnnouncement(t("kartta.consents.revoked"));
        },
      },
    );

  return (
    <div className="kartta">
      <h1>{isOwn ? t("kartta.consents.title") : t("kartta.consents.childTitle", { name: data.client?.firstName ?? "" })}</h1>
      <KarttaNavigation clientId={clientId} isOwn={isOwn} />
      <p>{t("kartta.consents.intro")}</p>
      <p role="status" className="announcement">
        {announcement}
      </p>
      {revoke.isError && <ErrorNotice code={revoke.error.code} />}
      <Withheld value={data.client?.consents} errors={errors} path={["client", "consents"]}>
        {() => (
          <>
            <section aria-labelledby="consents-active">
              <h2 id="consents-active">{t("kartta.consents.active")}</h2>
              {active.length === 0 ? (
                <p>{t("kartta.consents.noneActive")}</p>
              ) : (
                <ul className="card-list">
                  {active.map((consent) => (
                    <li key={consent.id} className="card consent">
                      <p className="consent-purpose">{consent.purpose}</p>
                      <p>
                        {t("kartta.consents.who")}{" "}
                        <strong>
                          {consent.recipientOrganizations.map((organization) => organization.name).join(", ") || "–"}
                        </strong>
                      </p>
                      <p>
                        {t("kartta.consents.what")}{" "}
                        {consent.categories.map((category) => t(`kartta.category.${category}`)).join(", ")}
                      </p>
                      <p>
                        {consent.validUntil
                          ? t("kartta.consents.validBetween", { from: consent.validFrom, until: consent.validUntil })
                          : t("kartta.consents.validFrom", { from: consent.validFrom })}
                      </p>
                      {confirming === consent.id ? (
                        <div role="group" aria-label={t("kartta.consents.confirmLabel")} className="confirm">
                          <p>{t("kartta.consents.confirm")}</p>
                          <button
                            type="button"
                            className="danger"
                            disabled={revoke.isPending}
                            onClick={() => onRevoke(consent.id)}
                          >
                            {t("kartta.consents.confirmRevoke")}
                          </button>{" "}
                          <button type="button" onClick={() => setConfirming(undefined)}>
                            {t("kartta.consents.cancel")}
                          </button>
                        </div>
                      ) : (
                        <button type="button" onClick={() => setConfirming(consent.id)}>
                          {t("kartta.consents.revoke")}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {past.length > 0 && (
              <section aria-labelledby="consents-past">
                <h2 id="consents-past">{t("kartta.consents.past")}</h2>
                <ul className="card-list">
                  {past.map((consent) => (
                    <li key={consent.id} className="card consent past">
                      <p className="consent-purpose">{consent.purpose}</p>
                      <p>
                        {consent.revokedAt
                          ? t("kartta.consents.revokedOn", { date: consent.revokedAt.slice(0, 10) })
                          : t("kartta.consents.ended", { date: consent.validUntil ?? "" })}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </Withheld>
      <GiveConsentForm
        clientId={clientId}
        isOwn={isOwn}
        viewerId={viewerId}
        organizations={data.organizations}
        onGiven={() => setAnnouncement(t("kartta.consents.given"))}
      />
    </div>
  );
}

function GiveConsentForm({
  clientId,
  isOwn,
  viewerId,
  organizations,
  onGiven,
}: {
  clientId: string;
  isOwn: boolean;
  viewerId: string;
  organizations: readonly { id: string; name: string }[];
  onGiven: () => void;
}) {
  const { t } = useTranslation();
  const give = useOperationMutation(GiveConsentDocument, { purpose: PURPOSE, clientChosenId: true });
  const [organizationId, setOrganizationId] = useState("");
  const [categories, setCategories] = useState<ConsentCategory[]>([]);
  const [purpose, setPurpose] = useState("");
  const [validUntil, setValidUntil] = useState("");
  const [problem, setProblem] = useState<string | undefined>();

  const toggle = (category: ConsentCategory) =>
    setCategories((chosen) => (chosen.includes(category) ? chosen.filter((entry) => entry !== category) : [...chosen, category]));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!organizationId || categories.length === 0 || purpose.trim() === "") {
      setProblem(t("kartta.give.incomplete"));
      return;
    }
    setProblem(undefined);
    const today = countyToday();
    const input: GiveConsentMutationVariables["input"] = {
      clientId,
      givenBy: isOwn ? "CLIENT" : "GUARDIAN",
      givenByClientId: viewerId,
      recipientOrganizationIds: [organizationId],
      categories,
      purpose: purpose.trim(),
      form: "ELECTRONIC",
      // An electronic consent names its document: here, the sign-in and the day it was given.
      evidenceReference: `Given in Silta Kartta by ${viewerId} on ${today}`,
      validFrom: today,
      ...(validUntil ? { validUntil } : {}),
    };
    // A failure is shown by the ErrorNotice at the button; the form keeps what was entered, so
    // submitting again retries the same consent (with the same id).
    // The hook gives the consent its client-chosen id: the same when a failed try is repeated, so a
    // retry whose first try did reach the hub records one consent, not two.
    const given = await give.mutateAsync({ input }).catch(() => undefined);
    if (!given) return;
    setOrganizationId("");
    setCategories([]);
    setPurpose("");
    setValidUntil("");
    onGiven();
  };

  return (
    <section aria-labelledby="give-consent">
      <h2 id="give-consent">{t("kartta.give.title")}</h2>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <p>
          <label htmlFor="consent-organization">{t("kartta.give.organization")}</label>
          <br />
          <select id="consent-organization" value={organizationId} onChange={(event) => setOrganizationId(event.target.value)}>
            <option value="">{t("kartta.give.choose")}</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
        </p>
        <fieldset>
          <legend>{t("kartta.give.categories")}</legend>
          {CONSENT_CATEGORIES.map((category) => (
            <label key={category} className="check">
              <input type="checkbox" checked={categories.includes(category)} onChange={() => toggle(category)} />{" "}
              {t(`kartta.category.${category}`)}
            </label>
          ))}
        </fieldset>
        <p>
          <label htmlFor="consent-purpose">{t("kartta.give.purpose")}</label>
          <br />
          <textarea
            id="consent-purpose"
            value={purpose}
            maxLength={2000}
            rows={3}
            onChange={(event) => setPurpose(event.target.value)}
          />
        </p>
        <p>
          <label htmlFor="consent-until">{t("kartta.give.until")}</label>
          <br />
          <input id="consent-until" type="date" value={validUntil} onChange={(event) => setValidUntil(event.target.value)} />
        </p>
        {problem && (
          <p role="alert" className="error-notice">
            {problem}
          </p>
        )}
        {give.isError && <ErrorNotice code={give.error.code} />}
        <button type="submit" disabled={give.isPending}>
          {t("kartta.give.submit")}
        </button>
      </form>
    </section>
  );
}
