import { assertUuid, badUserInput } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { addTeamMember as add } from "../../../data/teamStore";
import { requireRoleCode } from "../../../domain/inputRules";
import { idOrNew } from "../../inputs";
import { assertMayGrantMembership } from "../../teamGrants";

export const addTeamMember: NonNullable<MutationResolvers["addTeamMember"]> = async (_parent, { input }, ctx) => {
  const membership = {
    id: idOrNew("input.id", input.id),
    teamId: assertUuid("input.teamId", input.teamId),
    professionalId: assertUuid("input.professionalId", input.professionalId),
    role: requireRoleCode("input.role", input.role),
    since: input.since,
    until: input.until ?? null,
  };
  if (membership.until !== null && membership.until < membership.since)
    throw badUserInput("input.until", "until_before_since", "input.until must not be before input.since.");
  await assertMayGrantMembership(ctx, membership.teamId, membership.professionalId);
  return add(ctx.prisma, ctx.viewer, membership, ctx.today);
};
