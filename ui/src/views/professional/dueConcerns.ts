import type { CaseloadQuery } from "../../graphql/operations.generated";

export type DueConcern = CaseloadQuery["overdueConcerns"][number];

/** How urgent a concern's reaction is: past its deadline, due today, or due later. */
export type Urgency = "overdue" | "today" | "soon";

export function urgencyOf(concern: Pick<DueConcern, "isOverdue" | "daysLeft">): Urgency {
  if (concern.isOverdue || (concern.daysLeft !== null && concern.daysLeft < 0)) return "overdue";
  return concern.daysLeft === 0 ? "today" : "soon";
}

const order: Record<Urgency, number> = { overdue: 0, today: 1, soon: 2 };

/**
 * The overdue and the soon-due concerns as one list, each once: overdue first (the longest overdue
 * at the top), then due today, then by deadline.
 */
export function orderDueConcerns(overdue: readonly DueConcern[], dueSoon: readonly DueConcern[]): DueConcern[] {
  const byId = new Map<string, DueConcern>();
  for (const concern of [...overdue, ...dueSoon]) if (!byId.has(concern.id)) byId.set(concern.id, concern);
  return [...byId.values()].sort(
    (a, b) => order[urgencyOf(a)] - order[urgencyOf(b)] || a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id),
  );
}
