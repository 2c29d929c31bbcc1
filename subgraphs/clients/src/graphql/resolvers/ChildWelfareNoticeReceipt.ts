import { LocalDate } from "@silta/kernel";
import type { ChildWelfareNoticeReceiptResolvers } from "./../types.generated";

/** A notice as its raiser sees it: their own words and whether child protection reacted; nothing of the child. */
export const ChildWelfareNoticeReceipt: ChildWelfareNoticeReceiptResolvers = {
  clientId: (parent) => parent.clientId!,
  acknowledged: (parent) => parent.status !== "RAISED",
  raisedOn: (parent) => LocalDate.fromDb(parent.raisedOn),
};
