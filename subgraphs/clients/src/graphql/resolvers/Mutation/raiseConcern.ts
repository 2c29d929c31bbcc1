import { assertUuid, badUserInput, DataCategory, forbidden, LocalDate, notFound } from "@silta/kernel";
import { CHILD_WELFARE_NOTICE, checkNoticeShape, isMinorOn } from "../../../domain/childWelfareNotice";
import { raiseConcern as raise } from "../../../data/concernStore";
import { isFamilyOf } from "../../../data/familyStore";
import { deadlineOf } from "../../../domain/deadlineRules";
import { randomId } from "../../../domain/ids";
import { code, notAfter, optionalUuid, requiredText } from "../../../domain/inputRules";
import { assertSubject } from "../../subjectAccess";
import type { MutationResolvers } from "./../../types.generated";

export const raiseConcern: NonNullable<MutationResolvers["raiseConcern"]> = async (_parent, { input }, ctx) => {
  const id = optionalUuid("input.id", input.id) ?? randomId();
  const clientId = optionalUuid("input.clientId", input.clientId);
  const familyId = optionalUuid("input.familyId", input.familyId);
  if (!clientId === !familyId)
    throw badUserInput("input.clientId", "one_subject", "Give exactly one of input.clientId and input.familyId.");
  const description = requiredText("input.description", input.description, 4000);
  const raisedOn = input.raisedOn ? input.raisedOn : ctx.today;
  notAfter("input.raisedOn", raisedOn, ctx.today, "today");
  // A client raising a concern in the app raises it as themself unless they name another family member.
  const raisedByClientId =
    optionalUuid("input.raisedByClientId", input.raisedByClientId) ?? (ctx.viewer.kind === "client" ? ctx.viewer.id : null);
  const raisedByProfessionalId = raisedByClientId ? null : ctx.viewer.kind === "professional" ? ctx.viewer.id : null;
  if (!raisedByClientId && !raisedByProfessionalId)
    throw badUserInput(
      "input.raisedByClientId",
      "raiser_required",
      "Only a professional raises a concern in their own name; otherwise give the family member in input.raisedByClientId.",
    );
  const service = code("input.service", input.service);
  const rules = ctx.services.deadlineRules;
  const rule = input.deadlineRuleCode ? rules.byCodeOrUndefined(input.deadlineRuleCode) : rules.forService(service);
  if (!rule)
    throw badUserInput(
      "input.deadlineRuleCode",
      "unknown_rule",
      `input.deadlineRuleCode names no deadline rule in force; known: ${rules.all.map((r) => r.code).join(", ")}.`,
    );
  const organizationId = assertUuid("input.organizationId", input.organizationId);
  const teamId = optionalUuid("input.teamId", input.teamId);
  const responsibleProfessionalId = optionalUuid("input.responsibleProfessionalId", input.responsibleProfessionalId);

  const subject = { clientId, familyId, service };
  const kind = input.kind ?? "CONCERN";
  if (kind === CHILD_WELFARE_NOTICE) {
    if (ctx.viewer.kind !== "professional")
      throw forbidden("A child welfare notice is raised by a professional.", { reason: "professionals_only" });
    checkNoticeShape({ ...subject, raisedByClientId: input.raisedByClientId ?? null, teamId, responsibleProfessionalId });
    // Only the child's age is looked at before the decision, and nothing of it is returned: a notice
    // about someone who is not a minor client on record (an adult, or an id nobody has: one answer,
    // one path) is refused and logged as refused (`not_a_minor`); a minor's is decided and logged
    // with the basis child_welfare_notice.
    const child = await ctx.loaders.client.load(clientId!);
    if (!child || !isMinorOn(child.birthDate ? LocalDate.fromDb(child.birthDate) : null, raisedOn)) {
      await ctx.access.refuse(clientId!, DataCategory.Concerns, "notify", "not_a_minor").catch(() => undefined);
      throw badUserInput(
        "input.clientId",
        "not_a_minor",
        "A child welfare notice is about a minor (under 18) on record; raise a concern instead.",
      );
    }
    await ctx.access.assert(clientId!, DataCategory.Concerns, "notify");
  } else {
    await assertSubject(ctx, subject, DataCategory.Concerns, "create");
  }
  if (clientId && !(await ctx.loaders.client.load(clientId))) throw notFound("Client", clientId);
  if (familyId && !(await ctx.loaders.family.load(familyId))) throw notFound("Family", familyId);
  if (raisedByClientId && !(await isFamilyOf(ctx.prisma, subject, raisedByClientId)))
    throw badUserInput(
      "input.raisedByClientId",
      "family_member",
      "input.raisedByClientId must be the client or a member of their family.",
    );
  const raised = await raise(
    ctx.prisma,
    {
      id,
      clientId,
      familyId,
      description,
      raisedByProfessionalId,
      raisedByClientId,
      raisedOn,
      service,
      deadlineRuleCode: rule.code,
      deadline: deadlineOf(rule, raisedOn),
      organizationId,
      teamId,
      responsibleProfessionalId,
      kind,
    },
    ctx.viewer,
  );
  // The raiser of a notice may have no `concerns` basis: they are answered their own notice on `notify`.
  return kind === CHILD_WELFARE_NOTICE ? { ...raised, noticeRaisedBy: ctx.viewer.id } : raised;
};
