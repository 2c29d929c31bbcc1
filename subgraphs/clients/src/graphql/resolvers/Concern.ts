import { LocalDate } from "@silta/kernel";
import { DataCategory } from "@silta/kernel";
import { workingDaysBetween } from "../../domain/workingDays";
import { clientRowLoader } from "../clientRow";
import { assertSubject } from "../subjectAccess";
import type { ConcernKind, ConcernResolvers } from "./../types.generated";

const DAY_MS = 86_400_000;

// Every way to a concern (its queries, Client.concerns, Family.concerns) checked the `concerns`
// category of its subject; the people it links to are checked again for `basic`.
export const Concern: ConcernResolvers = {
  __resolveReference: async (reference, ctx) => {
    const row = await ctx.loaders.concern.load(reference.id);
    // A concern nobody has is refused as a hidden one is, after the same decision (docs/access.md).
    if (!row) return ctx.access.refuseMissing(reference.id, DataCategory.Concerns);
    await assertSubject(ctx, row, DataCategory.Concerns);
    return row;
  },
  client: async (parent, _arg, ctx, info) => {
    if (!parent.clientId) return null;
    // Read while the decision is made (each batched); nothing of the row leaves before it allows.
    // Only the summary columns when the query asks no more of the client (clientRow.ts).
    const row = clientRowLoader(ctx, info).load(parent.clientId);
    row.catch(() => undefined);
    await ctx.access.assert(parent.clientId, DataCategory.Basic);
    return row;
  },
  family: (parent, _arg, ctx) => (parent.familyId ? ctx.loaders.family.load(parent.familyId) : null),
  raisedBy: (parent) => parent,
  deadlineRule: (parent, _arg, ctx) =>
    ctx.services.deadlineRules.byCodeOrUndefined(parent.deadlineRuleCode) ?? {
      // A rule since removed from configuration: the deadline it gave stands.
      code: parent.deadlineRuleCode,
      description: "A rule no longer in force",
      days: LocalDate.daysBetween(LocalDate.fromDb(parent.raisedOn), LocalDate.fromDb(parent.deadline)),
      unit: "CALENDAR_DAYS",
      services: [],
      default: false,
    },
  isOverdue: (parent, _arg, ctx) => parent.status === "RAISED" && LocalDate.fromDb(parent.deadline) < ctx.today,
  daysLeft: (parent, _arg, ctx) =>
    // A `@db.Date` is read as its day's UTC midnight: the count of days is that of LocalDate.daysBetween,
    // without turning either day into text and back (a list asks it of every row).
    parent.status === "RAISED" ? Math.round((parent.deadline.getTime() - ctx.todayMs) / DAY_MS) : null,
  workingDaysLeft: (parent, _arg, ctx) =>
    parent.status === "RAISED" ? workingDaysBetween(ctx.today, LocalDate.fromDb(parent.deadline)) : null,
  organization: (parent) => ({ id: parent.organizationId }),
  team: (parent) => (parent.teamId ? { id: parent.teamId } : null),
  responsibleProfessional: (parent) => (parent.responsibleProfessionalId ? { id: parent.responsibleProfessionalId } : null),
  reaction: (parent) => (parent.meetingOn ? parent : null),
  closure: (parent) => (parent.closedAt ? parent : null),
  kind: (parent) => parent.kind as ConcernKind,
  deadline: (parent) => LocalDate.fromDb(parent.deadline),
  raisedOn: (parent) => LocalDate.fromDb(parent.raisedOn),
};
