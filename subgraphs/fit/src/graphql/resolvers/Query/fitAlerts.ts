import { DataCategory, forbidden, isPermitted } from "@silta/kernel";
import { alertsOfProfessional } from "../../../data/alertStore";
import { optionalUuid } from "../../inputs";
import type { QueryResolvers } from "./../../types.generated";

/**
 * A professional's own alerts; a manager may ask for another professional's. Each client's fit data
 * is then filtered through the guard (one batched decision, logged), so a row without a lawful basis is left out.
 */
export const fitAlerts: NonNullable<QueryResolvers["fitAlerts"]> = async (_parent, { professionalId }, ctx) => {
  const asked = optionalUuid("professionalId", professionalId) ?? ctx.viewer.id;
  const own = ctx.viewer.kind === "professional" && asked === ctx.viewer.id;
  if (!own && !isPermitted(ctx.viewer, { roles: ["manager"] }))
    throw forbidden("Only the professional themself, or their manager, may list a professional's FIT alerts.");
  const rows = await alertsOfProfessional(ctx.sql, asked);
  const allowed = await ctx.access.filterAllowed([...new Set(rows.map((row) => row.clientId))], DataCategory.Fit);
  return rows.filter((row) => allowed.has(row.clientId));
};
