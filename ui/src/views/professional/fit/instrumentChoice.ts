import { ageOn, instrumentFitsAge } from "@silta/fit/instrumentKinds";

/** The outcome measures the session form records (rated at the start), adult version first. */
export const outcomeInstruments = ["ORS", "CORS", "YCORS"] as const;
/** The individual session ratings (rated at the end); the group version GSRS is not for one client. */
export const ratingInstruments = ["SRS", "CSRS", "YCSRS"] as const;

/**
 * The instruments the hub accepts for this client on the session's day, by the hub's own age rule
 * (`@silta/fit/instrumentKinds`: YCORS/YCSRS under 6, CORS/CSRS 6–12, ORS/SRS from 13). Another
 * instrument is offered only when the worker asks for one and gives the `instrumentReason` the hub
 * requires for it. With the birth date unknown or not shown, the hub checks nothing and every
 * instrument is offered.
 */
export function instrumentsForAge<Instrument extends (typeof outcomeInstruments)[number] | (typeof ratingInstruments)[number]>(
  instruments: readonly Instrument[],
  birthDate: string | null | undefined,
  heldOn: string,
): Instrument[] {
  const age = heldOn ? ageOn(birthDate ?? null, heldOn) : null;
  return instruments.filter((instrument) => instrumentFitsAge(instrument, age));
}

/** What the client's age is on the session's day, when it is known (for the form's hint). */
export function ageOnSessionDay(birthDate: string | null | undefined, heldOn: string): number | null {
  return heldOn ? ageOn(birthDate ?? null, heldOn) : null;
}
