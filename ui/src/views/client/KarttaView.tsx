import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { ContactLinks } from "../../components/ContactLinks";
import { Loading } from "../../components/Loading";
import { Withheld } from "../../components/Withheld";
import { KarttaOverviewDocument } from "../../graphql/operations.generated";
import { useOperationQuery } from "../../graphql/useOperation";
import { childrenOf } from "./karttaFacts";
import { KarttaNavigation } from "./KarttaNavigation";
import { KarttaUpcomingMeetings } from "./KarttaUpcomingMeetings";
import { useKarttaClient } from "./useKarttaClient";

/**
 * Kartta: my plan and its agreements, my team and whom to contact (phone and email links), my upcoming
 * network meetings, and, for a guardian, the way to their child's Kartta. Large text and plain words (the `kartta` class sets the type size).
 */
export default function KarttaView() {
  const { t } = useTranslation();
  const { clientId, isOwn, viewerId } = useKarttaClient();
  const query = useOperationQuery(KarttaOverviewDocument, { clientId }, { purpose: "client reads own plan (Kartta)" });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice code={query.error.code} />;
  const { data, errors } = query.data;
  const client = data.client;
  if (!client) return <ErrorNotice code="NOT_FOUND" />;
  const plan = client.servicePlan;
  const children = isOwn ? childrenOf(client.families, viewerId) : [];
  const team = client.teamMembers ?? [];

  return (
    <div className="kartta">
      <h1>{isOwn ? t("kartta.myTitle") : t("kartta.childTitle", { name: client.firstName ?? "" })}</h1>
      <KarttaNavigation clientId={clientId} isOwn={isOwn} />

      {children.length > 0 && (
        <section aria-labelledby="kartta-children">
          <h2 id="kartta-children">{t("kartta.myChildren")}</h2>
          <ul className="card-list">
            {children.map((child) => (
              <li key={child.id} className="card">
                <Link to={`/kartta/${child.id}`}>{t("kartta.childLink", { name: child.firstName ?? "" })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="kartta-plan">
        <h2 id="kartta-plan">{t("kartta.plan.title")}</h2>
        <Withheld value={plan} errors={errors} path={["client", "servicePlan"]} empty={<p>{t("kartta.plan.none")}</p>}>
          {(plan) => (
            <>
              {plan.goals.length > 0 && (
                <>
                  <h3>{t("kartta.plan.goals")}</h3>
                  <ul>
                    {plan.goals.map((goal) => (
                      <li key={goal}>{goal}</li>
                    ))}
                  </ul>
                </>
              )}
              <h3>{t("kartta.plan.agreements")}</h3>
              {plan.agreements.length === 0 ? (
                <p>{t("kartta.plan.noAgreements")}</p>
              ) : (
                <ul className="card-list">
                  {plan.agreements.map((agreement) => (
                    <li key={agreement.id} className={`card agreement-${agreement.status.toLowerCase()}`}>
                      <dl className="agreement">
                        <dt>{t("kartta.plan.worry")}</dt>
                        <dd>{agreement.concern}</dd>
                        <dt>{t("kartta.plan.next")}</dt>
                        <dd>{agreement.nextAction}</dd>
                        <dt>{t("kartta.plan.who")}</dt>
                        <dd>
                          {agreement.responsible.professional
                            ? `${agreement.responsible.professional.firstName} ${agreement.responsible.professional.lastName}`
                            : agreement.responsible.familyMember?.id === viewerId
                              ? t("kartta.plan.you")
                              : (agreement.responsible.familyMember?.firstName ?? "–")}
                        </dd>
                        <dt>{t("kartta.plan.ifNot")}</dt>
                        <dd>{agreement.ifNotDone}</dd>
                        <dt>{t("kartta.plan.by")}</dt>
                        <dd>
                          {agreement.dueOn}
                          {" · "}
                          {t(`kartta.plan.status.${agreement.status}`)}
                          {agreement.isOverdue && agreement.status === "OPEN" ? ` · ${t("kartta.plan.late")}` : ""}
                        </dd>
                      </dl>
                    </li>
                  ))}
                </ul>
              )}
              {plan.reviews.length > 0 && (
                <>
                  <h3>{t("kartta.plan.reviews")}</h3>
                  <ul>
                    {plan.reviews.map((review) => (
                      <li key={review.reviewedOn}>
                        {review.reviewedOn}: {review.findings}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </Withheld>
      </section>

      <section aria-labelledby="kartta-team">
        <h2 id="kartta-team">{t("kartta.team.title")}</h2>
        <Withheld
          value={client.responsibleWorker}
          errors={errors}
          path={["client", "responsibleWorker"]}
          empty={<p>{t("kartta.team.noWorker")}</p>}
        >
          {(worker) => (
            <p className="contact-first">
              {t("kartta.team.contactFirst")}{" "}
              <strong>
                {worker.firstName} {worker.lastName}
              </strong>
              , {worker.profession}, {worker.organization.name}
              <br />
              <ContactLinks workPhone={worker.workPhone} workEmail={worker.workEmail} />
            </p>
          )}
        </Withheld>
        <Withheld value={client.teamMembers} errors={errors} path={["client", "teamMembers"]}>
          {() =>
            team.length === 0 ? (
              <p>{t("kartta.team.none")}</p>
            ) : (
              <ul className="card-list">
                {team.map((member) => (
                  <li key={member.professional.id} className="card">
                    <strong>
                      {member.professional.firstName} {member.professional.lastName}
                    </strong>
                    {member.isResponsibleWorker && <span className="badge">{t("kartta.team.responsible")}</span>}
                    <br />
                    {member.professional.profession}, {member.professional.organization.name}
                    <br />
                    <ContactLinks workPhone={member.professional.workPhone} workEmail={member.professional.workEmail} />
                  </li>
                ))}
              </ul>
            )
          }
        </Withheld>
      </section>

      <KarttaUpcomingMeetings meetings={client.upcomingMeetings} errors={errors} />
    </div>
  );
}
