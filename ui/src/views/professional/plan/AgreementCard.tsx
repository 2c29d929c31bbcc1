import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "../../../components/FormErrors";
import { personName } from "../../../components/personName";
import { SetAgreementStatusDocument } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";
import { useFormatDate } from "../../../i18n/formatDate";
import type { Agreement } from "./types";

const statuses = ["OPEN", "DONE", "NOT_DONE", "CHANGED"] as const;

/** One agreement in its four parts (what worries us, next action, who is responsible, what follows if not), with its status. */
export function AgreementCard({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [status, setStatus] = useState(agreement.status);
  const mutation = useOperationMutation(SetAgreementStatusDocument, { purpose: "service_plan", idempotencyKey: true });
  const responsible = personName(agreement.responsible.professional) ?? personName(agreement.responsible.familyMember) ?? "–";
  const statusId = `agreement-status-${agreement.id}`;
  return (
    <li className={`card ${agreement.isOverdue ? "urgency-overdue" : ""}`}>
      <span className="badge">{t(`enums.AgreementStatus.${agreement.status}`)}</span>
      {agreement.isOverdue && <strong className="badge">{t("caseload.urgency.overdue")}</strong>}
      <dl className="facts">
        <dt>{t("plan.concern")}</dt>
        <dd>{agreement.concern}</dd>
        <dt>{t("plan.nextAction")}</dt>
        <dd>{agreement.nextAction}</dd>
        <dt>{t("plan.responsible")}</dt>
        <dd>
          {responsible}
          {agreement.responsible.familyMember && <span className="hint"> ({t("plan.family")})</span>}
        </dd>
        <dt>{t("plan.ifNotDone")}</dt>
        <dd>{agreement.ifNotDone}</dd>
        <dt>{t("plan.followUp")}</dt>
        <dd>{agreement.followUp}</dd>
        <dt>{t("plan.dueOn")}</dt>
        <dd>{formatDate(agreement.dueOn)}</dd>
      </dl>
      <FormErrors error={mutation.error} shownFields={[]} />
      <label htmlFor={statusId}>{t("plan.status")}</label>
      <select id={statusId} value={status} onChange={(event) => setStatus(event.target.value as Agreement["status"])}>
        {statuses.map((value) => (
          <option key={value} value={value}>
            {t(`enums.AgreementStatus.${value}`)}
          </option>
        ))}
      </select>{" "}
      <button
        type="button"
        className="secondary"
        disabled={status === agreement.status || mutation.isPending}
        onClick={() => mutation.mutate({ input: { agreementId: agreement.id, status } })}
      >
        {t("plan.saveStatus")}
      </button>
    </li>
  );
}
