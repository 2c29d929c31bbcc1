import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSession } from "../../../auth/AuthContext";
import { Field } from "../../../components/Field";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { todayInFinland } from "../../../components/today";
import { RaiseConcernDocument, type FormChoicesQuery } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";
import { FormPage } from "./FormPage";
import { familyMembersOf, serviceChoices, type ChoicesClient } from "./useFormChoices";

/** Raise a concern (huoli) about the client: the hub sets the reaction deadline from the service's rule. */
export default function RaiseConcernView() {
  const { t } = useTranslation();
  return (
    <FormPage title={t("forms.concern.title")}>
      {(client, choices) => <RaiseConcernForm client={client} choices={choices} />}
    </FormPage>
  );
}

export function RaiseConcernForm({ client, choices }: { client: ChoicesClient; choices: FormChoicesQuery }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const [description, setDescription] = useState("");
  const [service, setService] = useState("family_social_work");
  const [raisedOn, setRaisedOn] = useState(todayInFinland());
  const [raisedBy, setRaisedBy] = useState("");
  const [organizationId, setOrganizationId] = useState(viewer.organizationId ?? "");
  const [checked, setChecked] = useState(false);
  const mutation = useOperationMutation(RaiseConcernDocument, { purpose: "raise_concern", clientChosenId: true });
  const local: Record<string, string | undefined> = {
    description: !description.trim() ? "required" : description.length > 4000 ? "max_length" : undefined,
    raisedOn: !raisedOn ? "required" : raisedOn > todayInFinland() ? "future" : undefined,
    organizationId: organizationId ? undefined : "required",
  };
  const errorOf = (field: string) =>
    checked && local[field] ? ruleText(t, local[field]) : serverFieldError(mutation.error, field, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(local).some(Boolean)) return;
    mutation.mutate(
      {
        input: {
          clientId: client.id,
          description: description.trim(),
          service,
          raisedOn,
          organizationId,
          ...(raisedBy ? { raisedByClientId: raisedBy } : {}),
        },
      },
      { onSuccess: () => void navigate(`/clients/${client.id}`) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormErrors
        error={mutation.error}
        shownFields={["description", "service", "raisedOn", "organizationId", "raisedByClientId"]}
      />
      <Field label={t("forms.concern.description")} hint={t("forms.concern.descriptionHint")} error={errorOf("description")}>
        <textarea rows={5} value={description} onChange={(event) => setDescription(event.target.value)} />
      </Field>
      <Field label={t("forms.concern.service")} hint={t("forms.concern.serviceHint")} error={errorOf("service")}>
        <select value={service} onChange={(event) => setService(event.target.value)}>
          {serviceChoices(choices.deadlineRules).map((code) => (
            <option key={code} value={code}>
              {t(`services.${code}`, { defaultValue: code })}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("forms.concern.raisedOn")} error={errorOf("raisedOn")}>
        <input type="date" value={raisedOn} max={todayInFinland()} onChange={(event) => setRaisedOn(event.target.value)} />
      </Field>
      <Field label={t("forms.concern.raisedBy")} error={errorOf("raisedByClientId")}>
        <select value={raisedBy} onChange={(event) => setRaisedBy(event.target.value)}>
          <option value="">{t("forms.concern.raisedByMe")}</option>
          {familyMembersOf(client).map((member) => (
            <option key={member.client.id} value={member.client.id}>
              {member.client.firstName} {member.client.lastName} ({t(`enums.FamilyRelation.${member.relation}`)})
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("forms.concern.organization")} error={errorOf("organizationId")}>
        <select value={organizationId} onChange={(event) => setOrganizationId(event.target.value)}>
          <option value="">{t("forms.choose")}</option>
          {choices.organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={mutation.isPending}>
        {t("forms.concern.submit")}
      </button>
    </form>
  );
}
