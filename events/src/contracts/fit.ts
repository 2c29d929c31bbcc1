import { z } from "zod";
import { contract } from "../contract";
import { code, codes, day, id, ids, optionalCode, optionalId } from "../fields";

/** The fit subgraph's events: ids and codes only, never a score. */
export const episodeOpened = contract({
  type: "fit.episode_opened",
  source: "fit",
  entity: "episode",
  shape: { episodeId: id, clientId: id, ownerProfessionalId: optionalId, teamId: optionalId, kind: code, startedOn: day },
});
export const episodeClosed = contract({
  type: "fit.episode_closed",
  source: "fit",
  entity: "episode",
  shape: { episodeId: id, clientId: id, endedOn: day, closure: optionalCode },
});
export const sessionRecorded = contract({
  type: "fit.session_recorded",
  source: "fit",
  entity: "episode",
  shape: {
    sessionId: id,
    episodeId: id,
    clientId: id,
    professionalId: id,
    heldOn: day,
    measurementIds: ids,
    /** The instruments scored (a skipped measurement is not listed). */
    instruments: codes,
  },
});
export const sessionsImported = contract({
  type: "fit.sessions_imported",
  source: "fit",
  entity: "import (the source)",
  shape: { source: code, episodeIds: ids, sessionIds: ids },
});
export const measurementRecorded = contract({
  type: "fit.measurement_recorded",
  source: "fit",
  entity: "professional",
  shape: { professionalId: id, measuredOn: day },
});
export const configurationPublished = contract({
  type: "fit.configuration_published",
  source: "fit",
  entity: "fit_configuration",
  shape: { version: z.number().int().positive() },
});

/** In catalogue order. */
export const fitEvents = [
  episodeOpened,
  episodeClosed,
  sessionRecorded,
  sessionsImported,
  measurementRecorded,
  configurationPublished,
] as const;
