import { loaderById, loaderGroupedBy, LocalDate, partialRowShape, readPrepared } from "@silta/kernel";
import DataLoader from "dataloader";
import type { PrismaClient } from "./db";
import { Prisma, type Client } from "./prisma/client";

/**
 * The columns of a client that its lists show (a caseload, a deadline list): what a summary row holds.
 * Reading these alone costs about half the CPU of the whole row (Prisma maps every column of every row).
 */
export const CLIENT_SUMMARY_SELECT = { id: true, firstName: true, lastName: true, birthDate: true } as const;
export type ClientSummary = Pick<Client, keyof typeof CLIENT_SUMMARY_SELECT>;

/**
 * A summary as a `Client` row, for the fields the summary holds only (clientRow.ts checks the selection):
 * a column it did not read throws when touched (partialRowShape), never answers as if empty.
 */
export const clientSummaryRow = partialRowShape<Client, keyof ClientSummary>(
  "Client",
  Object.values(Prisma.ClientScalarFieldEnum),
  Object.keys(CLIENT_SUMMARY_SELECT) as (keyof ClientSummary)[],
);

/**
 * Per-request loaders: every entity reference and every list child is fetched with one `IN` query
 * per request, however many parents the gateway asks for.
 */
export function createClientsLoaders(prisma: PrismaClient, today: LocalDate) {
  const current = { OR: [{ until: null }, { until: { gte: LocalDate.toDb(today) } }] };
  return {
    // A merged duplicate is missing: its data lives on under the client on record (mergeDuplicate).
    client: loaderById((ids) => prisma.client.findMany({ where: { id: { in: ids }, mergedIntoId: null } })),
    /**
     * The same clients as `client`, only their summary columns: for a selection of those fields alone
     * (clientRow.ts). Every caseload reads its names so: one constant statement, prepared (parsed once
     * per connection), where the model API wrote a placeholder per id, was parsed every time and cost
     * this process 0.79–1.23 ms of CPU per 79 clients against 0.48–0.78 ms (docs/benchmarks.md, "Twelfth
     * sitting"); a hot read, sent over the pool without Prisma's per-call work (ADR 0015).
     */
    clientSummary: loaderById(async (ids): Promise<Client[]> =>
      (
        await readPrepared<ClientSummary>(
          prisma,
          Prisma.sql`/* prepared */ SELECT id, first_name AS "firstName", last_name AS "lastName",
            birth_date AS "birthDate" FROM client WHERE id = ANY(${ids}::uuid[]) AND merged_into IS NULL`,
        )
      ).map(clientSummaryRow),
    ),
    responsibleWorker: loaderById(async (ids) =>
      (await prisma.responsibleWorker.findMany({ where: { clientId: { in: ids } } })).map((row) => ({
        ...row,
        id: row.clientId,
      })),
    ),
    relationshipsOfClient: loaderGroupedBy(
      (ids) =>
        prisma.clientRelationship.findMany({ where: { clientId: { in: ids } }, orderBy: [{ since: "asc" }, { id: "asc" }] }),
      (row) => row.clientId,
    ),
    family: loaderById((ids) => prisma.family.findMany({ where: { id: { in: ids } } })),
    membersOfFamily: loaderGroupedBy(
      (ids) => prisma.familyMember.findMany({ where: { familyId: { in: ids } }, orderBy: [{ clientId: "asc" }] }),
      (row) => row.familyId,
    ),
    familiesOfClient: loaderGroupedBy(
      (ids) => prisma.familyMember.findMany({ where: { clientId: { in: ids } }, orderBy: [{ familyId: "asc" }] }),
      (row) => row.clientId,
    ),
    guardiansOfChild: loaderGroupedBy(
      (ids) => prisma.guardianship.findMany({ where: { childClientId: { in: ids }, ...current }, orderBy: [{ since: "asc" }] }),
      (row) => row.childClientId,
    ),
    concern: loaderById((ids) => prisma.concern.findMany({ where: { id: { in: ids } } })),
    concernsOfClient: loaderGroupedBy(
      (ids) =>
        prisma.concern.findMany({
          where: { clientId: { in: ids } },
          orderBy: [{ raisedOn: "desc" }, { raisedAt: "desc" }, { id: "asc" }],
        }),
      (row) => row.clientId!,
    ),
    concernsOfFamily: loaderGroupedBy(
      (ids) =>
        prisma.concern.findMany({
          where: { familyId: { in: ids } },
          orderBy: [{ raisedOn: "desc" }, { raisedAt: "desc" }, { id: "asc" }],
        }),
      (row) => row.familyId!,
    ),
    plan: loaderById((ids) => prisma.servicePlan.findMany({ where: { id: { in: ids } } })),
    planOfClient: byUniqueKey(
      (ids) => prisma.servicePlan.findMany({ where: { clientId: { in: ids } } }),
      (row) => row.clientId!,
    ),
    planOfFamily: byUniqueKey(
      (ids) => prisma.servicePlan.findMany({ where: { familyId: { in: ids } } }),
      (row) => row.familyId!,
    ),
    agreementsOfPlan: loaderGroupedBy(
      (ids) => prisma.agreement.findMany({ where: { planId: { in: ids } }, orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }] }),
      (row) => row.planId,
    ),
    reviewsOfPlan: loaderGroupedBy(
      (ids) =>
        prisma.planReview.findMany({ where: { planId: { in: ids } }, orderBy: [{ reviewedOn: "desc" }, { createdAt: "desc" }] }),
      (row) => row.planId,
    ),
    changesOfPlan: loaderGroupedBy(
      (ids) => prisma.planChange.findMany({ where: { planId: { in: ids } }, orderBy: [{ id: "asc" }] }),
      (row) => row.planId,
    ),
  };
}
export type ClientsLoaders = ReturnType<typeof createClientsLoaders>;

/** One row (or null) per key of a unique column, in one query. */
function byUniqueKey<Row>(load: (keys: string[]) => Promise<Row[]>, keyOf: (row: Row) => string): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (keys) => {
    const rows = new Map((await load([...keys])).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key) ?? null);
  });
}
