import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../../components/Field";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { todayInFinland } from "../../../components/today";
import { RecordPlanReviewDocument } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";

/** Records a review of the plan (arviointi): what was found and what changes. */
export function ReviewForm({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [reviewedOn, setReviewedOn] = useState(todayInFinland());
  const [findings, setFindings] = useState("");
  const [changes, setChanges] = useState("");
  const [checked, setChecked] = useState(false);
  const mutation = useOperationMutation(RecordPlanReviewDocument, { purpose: "service_plan", clientChosenId: true });
  const required = (value: string) => (checked && !value.trim() ? ruleText(t, "required") : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!reviewedOn || !findings.trim() || !changes.trim()) return;
    mutation.mutate(
      { input: { planId, reviewedOn, findings: findings.trim(), changes: changes.trim() } },
      {
        onSuccess: () => {
          setFindings("");
          setChanges("");
          setChecked(false);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="review-title">
      <h3 id="review-title">{t("plan.recordReview")}</h3>
      <FormErrors error={mutation.error} shownFields={["reviewedOn", "findings", "changes"]} />
      <Field label={t("plan.reviewedOn")} error={required(reviewedOn) ?? serverFieldError(mutation.error, "reviewedOn", t)}>
        <input type="date" value={reviewedOn} max={todayInFinland()} onChange={(event) => setReviewedOn(event.target.value)} />
      </Field>
      <Field label={t("plan.findings")} error={required(findings) ?? serverFieldError(mutation.error, "findings", t)}>
        <textarea rows={3} value={findings} onChange={(event) => setFindings(event.target.value)} />
      </Field>
      <Field label={t("plan.changes")} error={required(changes) ?? serverFieldError(mutation.error, "changes", t)}>
        <textarea rows={3} value={changes} onChange={(event) => setChanges(event.target.value)} />
      </Field>
      <button type="submit" disabled={mutation.isPending}>
        {t("plan.recordReview")}
      </button>
    </form>
  );
}
