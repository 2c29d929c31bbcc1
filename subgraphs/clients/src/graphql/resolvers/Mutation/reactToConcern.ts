import { assertUuid, badUserInput, conflict, DataCategory, LocalDate } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { reactToConcern as react } from "../../../data/concernStore";
import { isFamilyOf } from "../../../data/familyStore";
import { notAfter, optionalUuid } from "../../../domain/inputRules";
import { assertSubject } from "../../subjectAccess";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";
import { concernReplay } from "../../replays";

export const reactToConcern: NonNullable<MutationResolvers["reactToConcern"]> = idempotentMutation(
  {
    field: "reactToConcern",
    ...concernReplay,
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "record joint meetings");
    const concernId = assertUuid("input.concernId", input.concernId);
    const meetingOn = input.meetingOn;
    notAfter("input.meetingOn", meetingOn, ctx.today, "today: record a meeting once it has been held");
    const professionals = [
      ...new Set(input.attendingProfessionalIds.map((id, i) => assertUuid(`input.attendingProfessionalIds.${i}`, id))),
    ];
    const clients = [...new Set(input.attendingClientIds.map((id, i) => assertUuid(`input.attendingClientIds.${i}`, id)))];
    const givenResponsible = optionalUuid("input.responsibleProfessionalId", input.responsibleProfessionalId);

    const concern = await ctx.loaders.concern.load(concernId);
    if (!concern) return ctx.access.refuseMissing(concernId, DataCategory.Concerns, "update");
    await assertSubject(ctx, concern, DataCategory.Concerns, "update");
    if (concern.status !== "RAISED") {
      // A retried reaction with the same meeting returns the concern as it is.
      if (concern.meetingOn && LocalDate.fromDb(concern.meetingOn) === meetingOn) return concern;
      throw conflict(`Concern ${concernId} has already been reacted to.`, { rule: "status" });
    }
    if (meetingOn < LocalDate.fromDb(concern.raisedOn))
      throw badUserInput("input.meetingOn", "not_before_raised", "input.meetingOn must not be before the concern was raised.");
    const responsibleProfessionalId = givenResponsible ?? concern.responsibleProfessionalId;
    if (!responsibleProfessionalId)
      throw badUserInput(
        "input.responsibleProfessionalId",
        "required",
        "The concern has no responsible worker yet: give input.responsibleProfessionalId.",
      );
    if (!professionals.includes(responsibleProfessionalId))
      throw badUserInput(
        "input.attendingProfessionalIds",
        "responsible_worker_attends",
        "A joint meeting has at least the responsible worker: include them in input.attendingProfessionalIds.",
      );
    const clientAttends = concern.clientId
      ? clients.includes(concern.clientId)
      : (await Promise.all(clients.map((id) => isFamilyOf(ctx.prisma, concern, id)))).some(Boolean);
    if (!clientAttends)
      throw badUserInput(
        "input.attendingClientIds",
        "client_attends",
        "A joint meeting has at least the client (for a family, a member): include them in input.attendingClientIds.",
      );
    return react(
      ctx.prisma,
      concern,
      { meetingOn, responsibleProfessionalId, attendingProfessionalIds: professionals, attendingClientIds: clients },
      ctx.viewer,
      ctx.idempotency,
    );
  },
);
