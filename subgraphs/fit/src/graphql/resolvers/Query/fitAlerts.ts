import { DataCategory, forbidden, isPermitted, standInId } from "@silta/kernel";
import { alertsOfProfessional } from "../../../data/alertStore";
import { optionalUuid } from "../../inputs";
import type { QueryResolvers } from "./../../types.generated";

/**
 * A professional's own alerts; a manager may ask for another professional's. The rows are then
 * narrowed to the clients whose fit data the viewer may read, in one decision that logs the rows shown
 * (all that are visible: the list has no pages), so a row without a lawful basis is left out and
 * leaves no log entry (filter, then page, docs/decisions/0013). A professional without alerts is asked
 * about a stand-in id nobody has, so that alerts only of clients hidden from a manager cost the same
 * call as no alerts at all.
 */
export const fitAlerts: NonNullable<QueryResolvers["fitAlerts"]> = async (_parent, { professionalId }, ctx) => {
  const asked = optionalUuid("professionalId", professionalId) ?? ctx.viewer.id;
  const own = ctx.viewer.kind === "professional" && asked === ctx.viewer.id;
  if (!own && !isPermitted(ctx.viewer, { roles: ["manager"] }))
    throw forbidden("Only the professional themself, or their manager, may list a professional's FIT alerts.");
  const rows = await alertsOfProfessional(ctx.prisma, asked);
  const window = rows.length
    ? rows.map((row) => ({ clientIds: [row.clientId] }))
    : [{ clientIds: [standInId(`fitAlerts:${asked}`)] }];
  const visible = await ctx.access.visibleAmong(window, DataCategory.Fit, rows.length);
  return rows.filter((_, index) => visible[index]);
};
