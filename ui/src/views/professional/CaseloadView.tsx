import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "../../auth/AuthContext";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { Withheld } from "../../components/Withheld";
import { CaseloadDocument } from "../../graphql/operations.generated";
import { useOperationQuery } from "../../graphql/useOperation";
import { orderDueConcerns, urgencyOf } from "./dueConcerns";

/** My caseload (Asiakkaani): concerns due (overdue first), my clients, and clients without a responsible worker. */
export default function CaseloadView() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const query = useOperationQuery(CaseloadDocument, { professionalId: viewer.id }, { purpose: "caseload" });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice code={query.error.code} />;
  const { data, errors } = query.data;
  const concerns = orderDueConcerns(data.overdueConcerns, data.concernsDueSoon);
  const clients = data.professional?.clients.edges.map((edge) => edge.node) ?? [];
  const unassigned = data.clientsWithoutResponsibleWorker.edges.map((edge) => edge.node);

  return (
    <>
      <h1>{t("caseload.title")}</h1>
      <section aria-labelledby="due-concerns">
        <h2 id="due-concerns">{t("caseload.dueConcerns")}</h2>
        {concerns.length === 0 ? (
          <p>{t("caseload.noDueConcerns")}</p>
        ) : (
          <ul className="card-list">
            {concerns.map((concern) => {
              const urgency = urgencyOf(concern);
              return (
                <li key={concern.id} className={`card urgency-${urgency}`}>
                  <strong className="badge">{t(`caseload.urgency.${urgency}`)}</strong>{" "}
                  {concern.client ? (
                    <Link to={`/clients/${concern.client.id}`}>
                      {[concern.client.firstName, concern.client.lastName].filter(Boolean).join(" ") || t("notShown.other")}
                    </Link>
                  ) : (
                    <span>{concern.family?.name ?? t("caseload.family")}</span>
                  )}
                  <p>{concern.description}</p>
                  <p className="hint">
                    {t("caseload.deadline", { date: concern.deadline })}
                    {concern.daysLeft !== null && concern.daysLeft > 0
                      ? ` · ${t("caseload.daysLeft", { count: concern.daysLeft })}`
                      : ""}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-clients">
        <h2 id="my-clients">{t("caseload.myClients")}</h2>
        {clients.length === 0 ? (
          <p>{t("caseload.noClients")}</p>
        ) : (
          <ul className="card-list">
            {clients.map((client, index) => (
              <li key={client.id} className="card">
                <Link to={`/clients/${client.id}`}>
                  <Withheld
                    value={client.lastName}
                    errors={errors}
                    path={["professional", "clients", "edges", index, "node", "lastName"]}
                  />
                  {", "}
                  <Withheld
                    value={client.firstName}
                    errors={errors}
                    path={["professional", "clients", "edges", index, "node", "firstName"]}
                  />
                </Link>
                {client.responsibleWorker?.id === viewer.id && <span className="badge">{t("caseload.responsibleWorker")}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="unassigned-clients">
        <h2 id="unassigned-clients">{t("caseload.withoutResponsibleWorker")}</h2>
        {unassigned.length === 0 ? (
          <p>{t("caseload.noneWithoutResponsibleWorker")}</p>
        ) : (
          <ul className="card-list">
            {unassigned.map((client) => (
              <li key={client.id} className="card">
                <Link to={`/clients/${client.id}`}>
                  {[client.lastName, client.firstName].filter(Boolean).join(", ") || t("notShown.other")}
                </Link>{" "}
                <span className="hint">{client.teams?.map((team) => team.name).join(", ")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
