import type { GraphQLResolveInfo } from "graphql";
import { z } from "zod";
import { DataCategory } from "./types";

/**
 * What the gateway tells a subgraph's root fetch about the rest of its plan: the client data the later
 * fetches will read of the clients this fetch answers at `path` (relative to its answer's data, `@`
 * for any element of a list), by category: a caseload's `professional.responsibleFor.edges.@.node`
 * is read as `basic` by the clients subgraph and as `fit` by the fit subgraph. A list that shows those
 * clients decides and logs these reads with its page (`ListRow.pageReads`), in its one decision call;
 * the later fetches' calls are then answered from those decisions within the request's scope
 * (docs/access.md, "Follow-up reads"). Carried in the GraphQL request's `extensions`.
 */
export interface FollowUpRead {
  path: readonly string[];
  categories: readonly DataCategory[];
}

/** A list field as its resolver sees itself: where in the answer it is (`info`). */
export type ListField = Pick<GraphQLResolveInfo, "path">;

/** The key of the subgraph request's `extensions` that carries them. */
export const FOLLOW_UP_READS_EXTENSION = "followUpReads";

const category = z.enum(Object.values(DataCategory) as [DataCategory, ...DataCategory[]]);
const followUpReadsSchema = z
  .array(z.object({ path: z.array(z.string().min(1).max(200)).min(1).max(32), categories: z.array(category).max(8) }))
  .max(32);

/**
 * The follow-up reads a subgraph request's `extensions` carry; none when it carries none or a
 * malformed list. They only spare decision calls: a hint ignored is decided later, as without it.
 */
export function followUpReadsOf(extensions: Record<string, unknown> | undefined): readonly FollowUpRead[] {
  const reads = extensions?.[FOLLOW_UP_READS_EXTENSION];
  if (reads === undefined) return [];
  const parsed = followUpReadsSchema.safeParse(reads);
  return parsed.success ? parsed.data : [];
}

/**
 * The categories later fetches read of the clients a list field answers at `rowsAt` under its own
 * response path (a connection's `["edges", "@", "node"]`): the list's page reads of each shown client.
 */
export function followUpCategoriesAt(
  reads: readonly FollowUpRead[],
  field: ListField,
  rowsAt: readonly string[],
): readonly DataCategory[] {
  if (reads.length === 0) return [];
  const path = responsePathOf(field.path);
  path.push(...rowsAt);
  for (const read of reads) {
    if (read.path.length === path.length && read.path.every((key, at) => key === path[at])) return read.categories;
  }
  return [];
}

/** A resolver's response path as the gateway's plans write it: response keys, `@` for a list's index. */
function responsePathOf(path: GraphQLResolveInfo["path"] | undefined): string[] {
  const keys: string[] = [];
  for (let at = path; at; at = at.prev) keys.push(typeof at.key === "number" ? "@" : at.key);
  return keys.reverse();
}

/** Where a connection's clients are under its own response path. */
export const CONNECTION_NODES: readonly string[] = ["edges", "@", "node"];
