import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { personName } from "../../components/personName";
import { Section } from "../../components/Section";
import { withheldAt } from "../../graphql/fieldErrors";
import { ServicePlanDocument } from "../../graphql/operations.generated";
import { useOperationQuery } from "../../graphql/useOperation";
import { useFormatDate } from "../../i18n/formatDate";
import { AddAgreementForm } from "./plan/AddAgreementForm";
import { AgreementCard } from "./plan/AgreementCard";
import { GoalsEditor } from "./plan/GoalsEditor";
import { ReviewForm } from "./plan/ReviewForm";
import { responsibleChoices } from "./plan/types";

/** The shared service plan (yhteinen palvelusuunnitelma): goals, agreements, reviews and history; editable where the rules allow. */
export default function ServicePlanView() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { clientId = "" } = useParams();
  const query = useOperationQuery(ServicePlanDocument, { clientId }, { purpose: "service_plan" });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice code={query.error.code} />;
  const { data, errors } = query.data;
  const client = data.client;
  if (!client) return <ErrorNotice code={withheldAt(errors, ["client"])?.code ?? "NOT_FOUND"} />;
  const plan = client.servicePlan;
  const planWithheld = withheldAt(errors, ["client", "servicePlan"]);

  return (
    <>
      <h1>
        {t("nav.plan")}: <Link to={`/clients/${client.id}`}>{personName(client) ?? t("nav.client")}</Link>
      </h1>
      <Section id="plan-goals" title={t("plan.goals")} errors={errors} path={["client", "servicePlan"]}>
        {plan ? (
          <>
            <p className="hint">{t("plan.version", { version: plan.version, date: formatDate(plan.updatedAt.slice(0, 10)) })}</p>
            <GoalsEditor key={plan.version} clientId={client.id} plan={plan} />
          </>
        ) : (
          <>
            <p>{t("plan.none")}</p>
            <GoalsEditor clientId={client.id} />
          </>
        )}
      </Section>
      {plan && !planWithheld && (
        <>
          <section aria-labelledby="plan-agreements">
            <h2 id="plan-agreements">{t("plan.agreements")}</h2>
            {plan.agreements.length === 0 ? (
              <p>{t("plan.noAgreements")}</p>
            ) : (
              <ul className="card-list">
                {plan.agreements.map((agreement) => (
                  <AgreementCard key={`${agreement.id}-${agreement.status}`} agreement={agreement} />
                ))}
              </ul>
            )}
            <AddAgreementForm
              planId={plan.id}
              choices={responsibleChoices(client, (relation) => t(`enums.FamilyRelation.${relation}`))}
            />
          </section>
          <section aria-labelledby="plan-reviews">
            <h2 id="plan-reviews">{t("plan.reviews")}</h2>
            {plan.reviews.length === 0 ? (
              <p>{t("plan.noReviews")}</p>
            ) : (
              <ul className="card-list">
                {plan.reviews.map((review) => (
                  <li key={review.id} className="card">
                    <strong>{formatDate(review.reviewedOn)}</strong>
                    <dl className="facts">
                      <dt>{t("plan.findings")}</dt>
                      <dd>{review.findings}</dd>
                      <dt>{t("plan.changes")}</dt>
                      <dd>{review.changes}</dd>
                    </dl>
                  </li>
                ))}
              </ul>
            )}
            <ReviewForm planId={plan.id} />
          </section>
          <section aria-labelledby="plan-history">
            <h2 id="plan-history">{t("plan.history")}</h2>
            <ol className="history">
              {[...plan.history].reverse().map((change, index) => (
                <li key={index}>
                  <span className="hint">{formatDate(change.at.slice(0, 10))}</span> {change.details}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </>
  );
}
