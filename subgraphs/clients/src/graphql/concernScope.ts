import { badUserInput } from "@silta/kernel";
import type { ConcernScope } from "../data/concernStore";
import { optionalUuid } from "../domain/inputRules";

/** The filter of the due-soon and overdue lists: at least one of professional, team, organisation. */
export function concernScope(filter: {
  responsibleProfessionalId?: string | null;
  teamId?: string | null;
  organizationId?: string | null;
}): ConcernScope {
  const scope = {
    responsibleProfessionalId: optionalUuid("filter.responsibleProfessionalId", filter.responsibleProfessionalId),
    teamId: optionalUuid("filter.teamId", filter.teamId),
    organizationId: optionalUuid("filter.organizationId", filter.organizationId),
  };
  if (!scope.responsibleProfessionalId && !scope.teamId && !scope.organizationId)
    throw badUserInput("filter", "criteria_required", "filter needs a responsibleProfessionalId, a teamId or an organizationId.");
  return scope;
}
