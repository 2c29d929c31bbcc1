import type { ConcernClosureResolvers } from "./../types.generated";

export const ConcernClosure: ConcernClosureResolvers = {
  closedBy: (parent) => parent.closedBy!,
  closedAt: (parent) => parent.closedAt!,
  note: (parent) => parent.closingNote,
};
