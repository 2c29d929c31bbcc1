import { assertUuid } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { endTeamMembership as end } from "../../../data/teamStore";
import { dayOf } from "../../inputs";

export const endTeamMembership: NonNullable<MutationResolvers["endTeamMembership"]> = (_parent, { input }, ctx) =>
  end(
    ctx.prisma,
    ctx.viewer,
    { membershipId: assertUuid("input.membershipId", input.membershipId), until: dayOf(input.until) },
    ctx.today,
  );
