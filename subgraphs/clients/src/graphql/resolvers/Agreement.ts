import { LocalDate } from "@silta/kernel";
import type { AgreementResolvers } from "./../types.generated";

export const Agreement: AgreementResolvers = {
  responsible: (parent) => parent,
  isOverdue: (parent, _arg, ctx) => parent.status === "OPEN" && LocalDate.fromDb(parent.dueOn) < ctx.today,
  dueOn: (parent) => LocalDate.fromDb(parent.dueOn),
};
