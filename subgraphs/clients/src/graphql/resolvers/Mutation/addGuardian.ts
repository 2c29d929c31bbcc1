import { assertUuid, badUserInput, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { addGuardian as add } from "../../../data/familyStore";
import { randomId } from "../../../domain/ids";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";
import { guardianshipReplay } from "../../replays";

export const addGuardian: NonNullable<MutationResolvers["addGuardian"]> = idempotentMutation(
  {
    field: "addGuardian",
    ...guardianshipReplay,
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "record guardianship");
    const childClientId = assertUuid("input.childClientId", input.childClientId);
    const guardianClientId = assertUuid("input.guardianClientId", input.guardianClientId);
    if (childClientId === guardianClientId)
      throw badUserInput("input.guardianClientId", "not_self", "A child cannot be their own guardian.");
    const since = input.since;
    const until = input.until ?? null;
    if (until && until < since)
      throw badUserInput("input.until", "not_before_since", "input.until must not be before input.since.");
    await Promise.all([
      // A guardian sees all of the child's data: recording one is a grant, by whoever carries the
      // child's case (the rule of consents, docs/access.md "Who may create access").
      ctx.access.assertMayGrant(childClientId, DataCategory.Consents),
      ctx.access.assert(guardianClientId, DataCategory.Basic, "update"),
    ]);
    return add(ctx.prisma, { childClientId, guardianClientId, since, until }, ctx.viewer, randomId(), ctx.idempotency);
  },
);
