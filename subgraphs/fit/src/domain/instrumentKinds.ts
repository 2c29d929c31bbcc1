import type { Instrument } from "../data/prisma/enums";

/** Outcome measures (ORS and its child versions), rated at the start of a session: how life is going. */
export const outcomeInstruments: readonly Instrument[] = ["ORS", "CORS", "YCORS"];

/** Session ratings (SRS, its child versions and the group version), rated at the end: how the session went. */
export const sessionRatingInstruments: readonly Instrument[] = ["SRS", "CSRS", "YCSRS", "GSRS"];
