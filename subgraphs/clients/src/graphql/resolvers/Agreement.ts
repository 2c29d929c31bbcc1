import { isoDay } from "../../domain/inputRules";
import type { AgreementResolvers } from "./../types.generated";

export const Agreement: AgreementResolvers = {
  responsible: (parent) => parent,
  isOverdue: (parent, _arg, ctx) => parent.status === "OPEN" && isoDay(parent.dueOn) < ctx.today,
};
