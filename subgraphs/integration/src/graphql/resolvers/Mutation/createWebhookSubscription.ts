import { randomUUID } from "node:crypto";
import { badUserInput } from "@silta/kernel";
import { assertWebhookManager } from "../../../context";
import { createSubscription } from "../../../data/subscriptionStore";
import { eventTypeProblem } from "../../../domain/eventTypes";
import { newSecret } from "../../../domain/signature";
import { urlProblem } from "../../../domain/webhookUrl";
import type { MutationResolvers } from "./../../types.generated";

export const createWebhookSubscription: NonNullable<MutationResolvers["createWebhookSubscription"]> = async (
  _parent,
  { input },
  ctx,
) => {
  const ownerId = assertWebhookManager(ctx);
  const problem = urlProblem(input.url, ctx.settings.allowInsecureLoopback);
  if (problem) throw badUserInput("input.url", problem, `input.url must be an https URL (${problem}).`);
  const eventTypes = [...new Set(input.eventTypes)];
  if (eventTypes.length === 0)
    throw badUserInput("input.eventTypes", "not_empty", "input.eventTypes must name at least one event type.");
  const typeProblem = eventTypeProblem(ctx.viewer, eventTypes);
  if (typeProblem)
    throw badUserInput(
      "input.eventTypes",
      typeProblem.rule,
      typeProblem.rule === "known_type"
        ? `input.eventTypes: ${typeProblem.eventType} is not an event type of the catalogue.`
        : `input.eventTypes: ${typeProblem.eventType} needs the read scope of the subgraph that publishes it.`,
    );
  const secret = newSecret();
  const subscription = await createSubscription(ctx.prisma, { id: randomUUID(), ownerId, url: input.url, eventTypes, secret });
  return { subscription, secret };
};
