import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../auth/AuthContext";
import { FormErrors } from "../../../components/FormErrors";
import { todayInFinland } from "../../../components/today";
import { CloseFitEpisodeDocument, OpenFitEpisodeDocument } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";

/** Opens a FIT episode with the worker as its owner, or closes the open one as planned or not. */
export function EpisodeControls({ clientId, openEpisodeId }: { clientId: string; openEpisodeId: string | undefined }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [closure, setClosure] = useState<"PLANNED" | "UNPLANNED">("PLANNED");
  const open = useOperationMutation(OpenFitEpisodeDocument, { purpose: "fit_episode", clientChosenId: true });
  const close = useOperationMutation(CloseFitEpisodeDocument, { purpose: "fit_episode", idempotencyKey: true });
  if (!openEpisodeId) {
    return (
      <div>
        <FormErrors error={open.error} shownFields={[]} />
        <button
          type="button"
          disabled={open.isPending}
          onClick={() =>
            open.mutate({
              input: { clientId, ownerProfessionalId: viewer.id, startedOn: todayInFinland() },
            })
          }
        >
          {t("fit.openEpisode")}
        </button>
      </div>
    );
  }
  return (
    <div className="episode-close">
      <FormErrors error={close.error} shownFields={[]} />
      <label htmlFor="episode-closure">{t("fit.closure")}</label>
      <select
        id="episode-closure"
        value={closure}
        onChange={(event) => setClosure(event.target.value as "PLANNED" | "UNPLANNED")}
      >
        <option value="PLANNED">{t("enums.FitEpisodeClosure.PLANNED")}</option>
        <option value="UNPLANNED">{t("enums.FitEpisodeClosure.UNPLANNED")}</option>
      </select>
      <button
        type="button"
        className="secondary"
        disabled={close.isPending}
        onClick={() => close.mutate({ input: { id: openEpisodeId, endedOn: todayInFinland(), closure } })}
      >
        {t("fit.closeEpisode")}
      </button>
    </div>
  );
}
