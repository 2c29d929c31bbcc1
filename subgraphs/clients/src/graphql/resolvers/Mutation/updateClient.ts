import { assertUuid, DataCategory, notFound } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { updateClient as update } from "../../../data/clientStore";
import { language, personName } from "../../../domain/clientInput";
import { contactFields } from "../../../domain/contactRules";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

/** Idempotent with an Idempotency-Key: a retried update changes nothing again and returns the client. */
export const updateClient: NonNullable<MutationResolvers["updateClient"]> = idempotentMutation(
  {
    field: "updateClient",
    idsOf: (client) => [client.id],
    replay: async ([id], ctx) => {
      await ctx.access.assert(id!, DataCategory.Basic, "read");
      const client = await ctx.loaders.client.load(id!);
      if (!client) throw notFound("Client", id!);
      return client;
    },
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "change client records");
    const id = assertUuid("input.id", input.id);
    const changes = {
      ...(input.firstName != null ? { firstName: personName("input.firstName", input.firstName) } : {}),
      ...(input.lastName != null ? { lastName: personName("input.lastName", input.lastName) } : {}),
      ...(input.language != null ? { language: language("input.language", input.language) } : {}),
      ...(input.hasNonDisclosureOrder != null ? { hasNonDisclosureOrder: input.hasNonDisclosureOrder } : {}),
      ...(input.contact != null ? { contact: contactFields("input.contact", input.contact) } : {}),
    };
    await ctx.access.assert(id, DataCategory.Basic, "update");
    if (changes.contact) await ctx.access.assert(id, DataCategory.Contact, "update");
    return update(ctx.prisma, id, changes, ctx.viewer, ctx.idempotency);
  },
);
