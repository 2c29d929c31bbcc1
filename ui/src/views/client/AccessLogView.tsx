import { useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { TableScroll } from "../../components/TableScroll";
import { KarttaAccessLogDocument } from "../../graphql/operations.generated";
import { useOperationQuery } from "../../graphql/useOperation";
import { readerOf, type AccessEntry, type Reader } from "./karttaFacts";
import { KarttaNavigation } from "./KarttaNavigation";
import { useKarttaClient } from "./useKarttaClient";

/**
 * Who has read my data and why (käyttöloki), newest first, in plain words: who (my team by name,
 * others by organisation), what, why (the purpose they stated) and on what basis, and refusals too.
 */
export default function AccessLogView() {
  const { t, i18n } = useTranslation();
  const { clientId, isOwn, viewerId } = useKarttaClient();
  const [after, setAfter] = useState<string | null>(null);
  const query = useOperationQuery(
    KarttaAccessLogDocument,
    { clientId, after },
    { purpose: "client reads own access log (Kartta)" },
  );
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice code={query.error.code} />;
  const { data } = query.data;
  const organizations = new Map(data.organizations.map((organization) => [organization.id, organization.name]));
  const team = (data.client?.teamMembers ?? []).map((member) => member.professional);
  const entries = data.accessLog?.edges.map((edge) => edge.node) ?? [];
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Helsinki" });

  return (
    <div className="kartta">
      <h1>{t("kartta.accessLog.title")}</h1>
      <KarttaNavigation clientId={clientId} isOwn={isOwn} />
      <p>{t("kartta.accessLog.intro")}</p>
      {entries.length === 0 ? (
        <p>{t("kartta.accessLog.none")}</p>
      ) : (
        <TableScroll captionId="access-log-caption">
          <table className="access-log">
            <caption id="access-log-caption">{t("kartta.accessLog.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("kartta.accessLog.when")}</th>
                <th scope="col">{t("kartta.accessLog.who")}</th>
                <th scope="col">{t("kartta.accessLog.what")}</th>
                <th scope="col">{t("kartta.accessLog.why")}</th>
                <th scope="col">{t("kartta.accessLog.basis")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={`${entry.at}-${index}`} className={entry.outcome === "denied" ? "denied" : undefined}>
                  <td>{time.format(new Date(entry.at))}</td>
                  <td>{readerText(t, readerOf(entry as AccessEntry, viewerId, team, organizations))}</td>
                  <td>
                    {t(`kartta.action.${entry.action}`, { defaultValue: entry.action })}:{" "}
                    {t(`kartta.category.${entry.category.toUpperCase()}`, { defaultValue: entry.category })}
                  </td>
                  <td>{entry.purpose ?? t("kartta.accessLog.noPurpose")}</td>
                  <td>
                    {entry.outcome === "denied"
                      ? t("kartta.accessLog.denied")
                      : t(`kartta.basis.${entry.basis}`, { defaultValue: entry.basis })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p>
        {after !== null && (
          <button type="button" onClick={() => setAfter(null)}>
            {t("kartta.accessLog.newest")}
          </button>
        )}{" "}
        {data.accessLog?.pageInfo.hasNextPage && (
          <button type="button" onClick={() => setAfter(data.accessLog?.pageInfo.endCursor ?? null)}>
            {t("kartta.accessLog.older")}
          </button>
        )}
      </p>
    </div>
  );
}

function readerText(t: TFunction, reader: Reader): string {
  switch (reader.kind) {
    case "me":
      return t("kartta.reader.me");
    case "guardian":
      return t("kartta.reader.guardian");
    case "teamMember":
      return `${reader.name} (${reader.profession})`;
    case "professional":
      return reader.organization
        ? t("kartta.reader.professionalOf", { organization: reader.organization })
        : t("kartta.reader.professional");
    case "system":
      return t("kartta.reader.system", { name: reader.name });
    default:
      return t("kartta.reader.someone");
  }
}
