import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Field } from "../../../components/Field";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { todayInFinland } from "../../../components/today";
import { RecordConsentDocument, type DataCategory, type FormChoicesQuery } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";
import { FormPage } from "./FormPage";
import { familyMembersOf, type ChoicesClient } from "./useFormChoices";

const categories: DataCategory[] = ["BASIC", "CONTACT", "CONCERNS", "SERVICE_PLAN", "TEAM", "CONSENTS", "FIT"];
const forms = ["WRITTEN", "ELECTRONIC", "ORAL"] as const;

/** Record a consent the client (or their guardian) gave: to share chosen data with chosen organisations. */
export default function RecordConsentView() {
  const { t } = useTranslation();
  return (
    <FormPage title={t("forms.consent.title")}>
      {(client, choices) => <RecordConsentForm client={client} choices={choices} />}
    </FormPage>
  );
}

export function RecordConsentForm({ client, choices }: { client: ChoicesClient; choices: FormChoicesQuery }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [recipients, setRecipients] = useState<string[]>([]);
  const [chosen, setChosen] = useState<DataCategory[]>([]);
  const [purpose, setPurpose] = useState("");
  const [form, setForm] = useState<(typeof forms)[number]>("WRITTEN");
  const [evidence, setEvidence] = useState("");
  const [givenBy, setGivenBy] = useState("");
  const [validFrom, setValidFrom] = useState(todayInFinland());
  const [validUntil, setValidUntil] = useState("");
  const [checked, setChecked] = useState(false);
  const mutation = useOperationMutation(RecordConsentDocument, { purpose: "record_consent", clientChosenId: true });
  const guardians = familyMembersOf(client).filter((member) => member.relation === "GUARDIAN" || member.relation === "PARENT");
  const local: Record<string, string | undefined> = {
    recipientOrganizationIds: recipients.length === 0 ? "required" : undefined,
    categories: chosen.length === 0 ? "required" : undefined,
    purpose: !purpose.trim() ? "required" : purpose.length > 500 ? "max_length" : undefined,
    evidenceReference: form !== "ORAL" && !evidence.trim() ? "required" : undefined,
    validFrom: validFrom ? undefined : "required",
    validUntil: validUntil && validUntil < validFrom ? "not_before_since" : undefined,
  };
  const errorOf = (field: string) =>
    checked && local[field] ? ruleText(t, local[field]) : serverFieldError(mutation.error, field, t);
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(local).some(Boolean)) return;
    mutation.mutate(
      {
        input: {
          clientId: client.id,
          kind: "SHARING",
          givenBy: givenBy ? "GUARDIAN" : "CLIENT",
          ...(givenBy ? { givenByClientId: givenBy } : {}),
          recipientOrganizationIds: recipients,
          categories: chosen,
          purpose: purpose.trim(),
          form,
          ...(form !== "ORAL" ? { evidenceReference: evidence.trim() } : {}),
          validFrom,
          ...(validUntil ? { validUntil } : {}),
        },
      },
      { onSuccess: () => void navigate(`/clients/${client.id}`) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormErrors
        error={mutation.error}
        shownFields={[
          "recipientOrganizationIds",
          "categories",
          "purpose",
          "form",
          "evidenceReference",
          "validFrom",
          "validUntil",
          "givenByClientId",
        ]}
      />
      <fieldset aria-describedby={errorOf("recipientOrganizationIds") ? "consent-recipients-error" : undefined}>
        <legend>{t("forms.consent.recipients")}</legend>
        {choices.organizations
          .filter((organization) => !organization.isCountyOrganization)
          .map((organization) => (
            <label key={organization.id} className="choice">
              <input
                type="checkbox"
                checked={recipients.includes(organization.id)}
                onChange={() => setRecipients(toggle(recipients, organization.id))}
              />{" "}
              {organization.name}
            </label>
          ))}
        {errorOf("recipientOrganizationIds") && (
          <p id="consent-recipients-error" className="field-error">
            {errorOf("recipientOrganizationIds")}
          </p>
        )}
      </fieldset>
      <fieldset aria-describedby={errorOf("categories") ? "consent-categories-error" : undefined}>
        <legend>{t("forms.consent.categories")}</legend>
        {categories.map((category) => (
          <label key={category} className="choice">
            <input type="checkbox" checked={chosen.includes(category)} onChange={() => setChosen(toggle(chosen, category))} />{" "}
            {t(`enums.DataCategory.${category}`)}
          </label>
        ))}
        {errorOf("categories") && (
          <p id="consent-categories-error" className="field-error">
            {errorOf("categories")}
          </p>
        )}
      </fieldset>
      <Field label={t("forms.consent.purpose")} hint={t("forms.consent.purposeHint")} error={errorOf("purpose")}>
        <textarea rows={2} value={purpose} onChange={(event) => setPurpose(event.target.value)} />
      </Field>
      <Field label={t("forms.consent.givenBy")} error={errorOf("givenByClientId")}>
        <select value={givenBy} onChange={(event) => setGivenBy(event.target.value)}>
          <option value="">{t("forms.consent.givenByClient")}</option>
          {guardians.map((member) => (
            <option key={member.client.id} value={member.client.id}>
              {t("forms.consent.givenByGuardian", {
                name: `${member.client.firstName ?? ""} ${member.client.lastName ?? ""}`.trim(),
              })}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("forms.consent.form")} error={errorOf("form")}>
        <select value={form} onChange={(event) => setForm(event.target.value as (typeof forms)[number])}>
          {forms.map((value) => (
            <option key={value} value={value}>
              {t(`enums.ConsentForm.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      {form !== "ORAL" && (
        <Field label={t("forms.consent.evidence")} hint={t("forms.consent.evidenceHint")} error={errorOf("evidenceReference")}>
          <input type="text" value={evidence} onChange={(event) => setEvidence(event.target.value)} />
        </Field>
      )}
      <Field label={t("forms.consent.validFrom")} error={errorOf("validFrom")}>
        <input type="date" value={validFrom} onChange={(event) => setValidFrom(event.target.value)} />
      </Field>
      <Field label={t("forms.consent.validUntil")} hint={t("forms.consent.validUntilHint")} error={errorOf("validUntil")}>
        <input type="date" value={validUntil} min={validFrom} onChange={(event) => setValidUntil(event.target.value)} />
      </Field>
      <button type="submit" disabled={mutation.isPending}>
        {t("forms.consent.submit")}
      </button>
    </form>
  );
}
