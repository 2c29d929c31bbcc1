import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { Loading } from "../../../components/Loading";
import { personName } from "../../../components/personName";
import { withheldAt } from "../../../graphql/fieldErrors";
import type { FormChoicesQuery } from "../../../graphql/operations.generated";
import { useFormChoices, type ChoicesClient } from "./useFormChoices";

/** The frame of a form about one client: loads the choices, titles the page, links back to the client. */
export function FormPage({
  title,
  children,
}: {
  title: string;
  children: (client: ChoicesClient, choices: FormChoicesQuery) => ReactNode;
}) {
  const { t } = useTranslation();
  const { clientId = "" } = useParams();
  const query = useFormChoices(clientId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice code={query.error.code} />;
  const client = query.data.data.client;
  if (!client) return <ErrorNotice code={withheldAt(query.data.errors, ["client"])?.code ?? "NOT_FOUND"} />;
  return (
    <>
      <h1>{title}</h1>
      <p>
        {t("forms.about")} <Link to={`/clients/${client.id}`}>{personName(client) ?? t("nav.client")}</Link>
      </p>
      {children(client, query.data.data)}
    </>
  );
}
