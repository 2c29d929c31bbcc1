import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../../components/Field";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { CreateServicePlanDocument, UpdateServicePlanGoalsDocument } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";

/**
 * The plan's goals, one per line. Saving sends the version that was read, so a change someone else
 * made in the meantime is refused (CONFLICT) rather than overwritten. Without a plan, this starts one.
 */
export function GoalsEditor({
  clientId,
  plan,
}: {
  clientId: string;
  plan?: { id: string; version: number; goals: readonly string[] };
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(!plan);
  const [text, setText] = useState(plan?.goals.join("\n") ?? "");
  const [checked, setChecked] = useState(false);
  const update = useOperationMutation(UpdateServicePlanGoalsDocument, { purpose: "service_plan", idempotencyKey: true });
  const create = useOperationMutation(CreateServicePlanDocument, { purpose: "service_plan", clientChosenId: true });
  const goals = text
    .split("\n")
    .map((goal) => goal.trim())
    .filter(Boolean);
  const error = checked && goals.length === 0 ? ruleText(t, "required") : undefined;
  const mutationError = plan ? update.error : create.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (goals.length === 0) return;
    const done = { onSuccess: () => setEditing(false) };
    if (plan) update.mutate({ input: { planId: plan.id, goals, expectedVersion: plan.version } }, done);
    else create.mutate({ input: { clientId, goals } }, done);
  };

  if (!editing && plan) {
    return (
      <>
        <ol>
          {plan.goals.map((goal, index) => (
            <li key={index}>{goal}</li>
          ))}
        </ol>
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {t("plan.editGoals")}
        </button>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={mutationError} shownFields={["goals"]} />
      <Field label={t("plan.goals")} hint={t("plan.goalsHint")} error={error ?? serverFieldError(mutationError, "goals", t)}>
        <textarea rows={4} value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      <button type="submit" disabled={update.isPending || create.isPending}>
        {plan ? t("plan.saveGoals") : t("plan.create")}
      </button>
      {plan && (
        <button type="button" className="secondary" onClick={() => setEditing(false)}>
          {t("plan.cancel")}
        </button>
      )}
    </form>
  );
}
