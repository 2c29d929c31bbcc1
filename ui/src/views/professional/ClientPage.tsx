import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { personName } from "../../components/personName";
import { withheldAt } from "../../graphql/fieldErrors";
import { ClientPageDocument } from "../../graphql/operations.generated";
import { useOperationQuery } from "../../graphql/useOperation";
import { BasicDataSection } from "./clientPage/BasicDataSection";
import { ConcernsSection } from "./clientPage/ConcernsSection";
import { ConsentsSection } from "./clientPage/ConsentsSection";
import { FamilySection } from "./clientPage/FamilySection";
import { MeetingsSection } from "./clientPage/MeetingsSection";
import { TeamSection } from "./clientPage/TeamSection";

/** A client's page: what the rules let this professional see, and the reason for what they do not. */
export default function ClientPage() {
  const { t } = useTranslation();
  const { clientId = "" } = useParams();
  const query = useOperationQuery(ClientPageDocument, { clientId }, { purpose: "client_page" });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice code={query.error.code} />;
  const { data, errors } = query.data;
  const client = data.client;
  if (!client) return <ErrorNotice code={withheldAt(errors, ["client"])?.code ?? "NOT_FOUND"} />;
  return (
    <>
      <h1>{personName(client) ?? t("nav.client")}</h1>
      <nav aria-label={t("client.actions")}>
        <ul className="action-links">
          <li>
            <Link to={`/clients/${client.id}/plan`}>{t("nav.plan")}</Link>
          </li>
          <li>
            <Link to={`/clients/${client.id}/fit`}>{t("nav.fit")}</Link>
          </li>
          <li>
            <Link to={`/clients/${client.id}/concerns/new`}>{t("forms.concern.title")}</Link>
          </li>
          <li>
            <Link to={`/clients/${client.id}/consents/new`}>{t("forms.consent.title")}</Link>
          </li>
          <li>
            <Link to={`/clients/${client.id}/meetings/new`}>{t("forms.meeting.title")}</Link>
          </li>
        </ul>
      </nav>
      <BasicDataSection client={client} errors={errors} />
      <TeamSection client={client} errors={errors} />
      <ConcernsSection client={client} errors={errors} />
      <FamilySection client={client} errors={errors} />
      <ConsentsSection client={client} errors={errors} />
      <MeetingsSection client={client} errors={errors} />
    </>
  );
}
