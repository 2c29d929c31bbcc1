import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../../components/Field";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { todayInFinland } from "../../../components/today";
import { AddAgreementDocument } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";
import type { ResponsibleChoice } from "./types";

const textFields = ["concern", "nextAction", "ifNotDone", "followUp"] as const;
type TextField = (typeof textFields)[number];

/** A new agreement in four parts; the responsible may be a professional or a member of the family. */
export function AddAgreementForm({ planId, choices }: { planId: string; choices: readonly ResponsibleChoice[] }) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<TextField, string>>({ concern: "", nextAction: "", ifNotDone: "", followUp: "" });
  const [responsible, setResponsible] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [checked, setChecked] = useState(false);
  const [added, setAdded] = useState(false);
  const mutation = useOperationMutation(AddAgreementDocument, { purpose: "service_plan", clientChosenId: true });
  const localError = (field: string): string | undefined => {
    if (!checked) return undefined;
    if (field === "responsible") return responsible ? undefined : ruleText(t, "required");
    if (field === "dueOn")
      return !dueOn ? ruleText(t, "required") : dueOn < todayInFinland() ? ruleText(t, "not_in_past") : undefined;
    return texts[field as TextField].trim()
      ? texts[field as TextField].length > 2000
        ? ruleText(t, "max_length")
        : undefined
      : ruleText(t, "required");
  };
  const errorOf = (field: string) => localError(field) ?? serverFieldError(mutation.error, field, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setAdded(false);
    const choice = choices.find((candidate) => candidate.value === responsible);
    if (
      !choice ||
      !dueOn ||
      dueOn < todayInFinland() ||
      textFields.some((field) => !texts[field].trim() || texts[field].length > 2000)
    )
      return;
    mutation.mutate(
      {
        input: {
          planId,
          concern: texts.concern.trim(),
          nextAction: texts.nextAction.trim(),
          responsible: choice.input,
          ifNotDone: texts.ifNotDone.trim(),
          followUp: texts.followUp.trim(),
          dueOn,
        },
      },
      {
        onSuccess: () => {
          setTexts({ concern: "", nextAction: "", ifNotDone: "", followUp: "" });
          setResponsible("");
          setDueOn("");
          setChecked(false);
          setAdded(true);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-agreement-title">
      <h3 id="add-agreement-title">{t("plan.addAgreement")}</h3>
      <FormErrors error={mutation.error} shownFields={[...textFields, "responsible", "dueOn"]} />
      {(["concern", "nextAction"] as const).map((field) => (
        <Field key={field} label={t(`plan.${field}`)} error={errorOf(field)}>
          <textarea rows={2} value={texts[field]} onChange={(event) => setTexts({ ...texts, [field]: event.target.value })} />
        </Field>
      ))}
      <Field label={t("plan.responsible")} hint={t("plan.responsibleHint")} error={errorOf("responsible")}>
        <select value={responsible} onChange={(event) => setResponsible(event.target.value)}>
          <option value="">{t("forms.choose")}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </Field>
      {(["ifNotDone", "followUp"] as const).map((field) => (
        <Field key={field} label={t(`plan.${field}`)} error={errorOf(field)}>
          <textarea rows={2} value={texts[field]} onChange={(event) => setTexts({ ...texts, [field]: event.target.value })} />
        </Field>
      ))}
      <Field label={t("plan.dueOn")} error={errorOf("dueOn")}>
        <input type="date" value={dueOn} min={todayInFinland()} onChange={(event) => setDueOn(event.target.value)} />
      </Field>
      <button type="submit" disabled={mutation.isPending}>
        {t("plan.addAgreement")}
      </button>
      <p role="status">{added ? t("plan.agreementAdded") : ""}</p>
    </form>
  );
}
