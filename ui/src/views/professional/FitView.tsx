import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { personName } from "../../components/personName";
import { Section } from "../../components/Section";
import { withheldAt } from "../../graphql/fieldErrors";
import { ClientFitDocument } from "../../graphql/operations.generated";
import { useOperationQuery } from "../../graphql/useOperation";
import { useFormatDate } from "../../i18n/formatDate";
import { EpisodeControls } from "./fit/EpisodeControls";
import { FitChart } from "./fit/FitChart";
import { fitChartModel } from "./fit/fitChartModel";
import { FitTable } from "./fit/FitTable";
import { RecordSessionForm } from "./fit/RecordSessionForm";

/**
 * FIT for one client: the episode's graph session by session (with its table), the episode's
 * outcome so far, recording a session, and opening or closing the episode.
 */
export default function FitView() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { clientId = "" } = useParams();
  const [episodeId, setEpisodeId] = useState<string | undefined>();
  const query = useOperationQuery(ClientFitDocument, { clientId, ...(episodeId ? { episodeId } : {}) }, { purpose: "fit" });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice code={query.error.code} />;
  const { data, errors } = query.data;
  const client = data.client;
  if (!client) return <ErrorNotice code={withheldAt(errors, ["client"])?.code ?? "NOT_FOUND"} />;
  const episodes = client.fitEpisodes?.edges.map((edge) => edge.node) ?? [];
  const openEpisode = episodes.find((episode) => !episode.endedOn);
  const shownEpisode = episodes.find((episode) => episode.id === episodeId) ?? openEpisode ?? episodes[0];
  const model = fitChartModel(client.fitSeries?.outcome ?? [], client.fitSeries?.sessionRating ?? [], data.fitConfiguration);
  const last = model.rows.filter((row) => row.outcome !== undefined).at(-1);

  return (
    <>
      <h1>
        {t("nav.fit")}: <Link to={`/clients/${client.id}`}>{personName(client) ?? t("nav.client")}</Link>
      </h1>
      <Section id="fit-episodes" title={t("fit.episodes")} errors={errors} path={["client", "fitEpisodes"]}>
        {episodes.length === 0 ? (
          <p>{t("fit.noEpisodes")}</p>
        ) : (
          <>
            <label htmlFor="fit-episode">{t("fit.episode")}</label>
            <select id="fit-episode" value={shownEpisode?.id} onChange={(event) => setEpisodeId(event.target.value)}>
              {episodes.map((episode) => (
                <option key={episode.id} value={episode.id}>
                  {formatDate(episode.startedOn)}–{episode.endedOn ? formatDate(episode.endedOn) : ""} ·{" "}
                  {t(`enums.FitEpisodeKind.${episode.kind}`)} · {personName(episode.owner)}
                </option>
              ))}
            </select>
          </>
        )}
        <EpisodeControls clientId={client.id} openEpisodeId={openEpisode?.id} />
      </Section>
      <Section id="fit-graph" title={t("fit.graph")} errors={errors} path={["client", "fitSeries"]}>
        {model.rows.length === 0 ? (
          <p>{t("fit.noSessions")}</p>
        ) : (
          <>
            <p>
              {t("fit.outcome")}:{" "}
              {last?.changeFromIntake !== undefined && last.changeFromIntake !== null
                ? t("fit.outcomeSoFar", {
                    change: last.changeFromIntake.toFixed(1),
                    verdict: last.reliableChange ? t(`enums.ReliableChange.${last.reliableChange}`) : "–",
                  })
                : t("fit.intakeOnly")}
              {shownEpisode?.closure ? ` · ${t(`enums.FitEpisodeClosure.${shownEpisode.closure}`)}` : ""}
            </p>
            <FitChart model={model} />
            <FitTable model={model} />
          </>
        )}
      </Section>
      {openEpisode && (shownEpisode?.id ?? openEpisode.id) === openEpisode.id && (
        <RecordSessionForm episodeId={openEpisode.id} clientBirthDate={client.birthDate} />
      )}
    </>
  );
}
