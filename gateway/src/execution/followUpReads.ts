import type { FetchNode, PlanNode, QueryPlan } from "@apollo/query-planner";
import type { GraphQLSchema } from "graphql";
import { clientDataCategories } from "./clientDataCategories";
import { answerHoldsClientsAt, categoriesRead, fetchDocument, type FetchDocument, type PlanCondition } from "./fetchSelections";

/**
 * What a root fetch is told in its request's `extensions`: which categories of client data later
 * fetches of the plan will read of the `Client` entities at which paths of its answer ("@" for every
 * element of a list). A subgraph that decides its own category for those clients can then decide
 * these in the same call, and log one row per client, instead of each later subgraph deciding and
 * logging its own (docs/gateway.md, "Follow-up reads").
 */
export interface FollowUpExtensions {
  readonly followUpReads: readonly FollowUpRead[];
}

export interface FollowUpRead {
  readonly path: readonly string[];
  /** Sorted, each once. */
  readonly categories: readonly string[];
}

interface ConditionalRead {
  readonly path: readonly string[];
  readonly categories: ReadonlySet<string>;
  /** Those a fetch is under and its root fetch is not; all must hold for the read to happen. */
  readonly conditions: readonly PlanCondition[];
}

/** A root fetch's follow-up reads: the extensions themselves when no read depends on a variable. */
type RootFetchReads = { readonly always: FollowUpExtensions } | { readonly reads: readonly ConditionalRead[] };

/** The follow-up reads of a plan's root fetches, computed once per cached plan ({@link planFollowUpReads}). */
export type FollowUpReads = ReadonlyMap<FetchNode, RootFetchReads>;

/** The extensions to send with this fetch, or undefined (sent without). `conditionHolds` is undefined when it cannot tell. */
export function followUpExtensions(
  reads: FollowUpReads,
  fetch: FetchNode,
  conditionHolds: (variable: string) => boolean | undefined,
): FollowUpExtensions | undefined {
  const planned = reads.get(fetch);
  if (!planned) return undefined;
  if ("always" in planned) return planned.always;
  return extensionsOf(
    planned.reads.filter((read) => read.conditions.every((condition) => conditionHolds(condition.variable) === condition.value)),
  );
}

interface FetchAt {
  readonly fetch: FetchNode;
  readonly path: readonly string[];
  readonly conditions: readonly PlanCondition[];
}

const categoriesBySchema = new WeakMap<GraphQLSchema, ReadonlyMap<string, string>>();

/**
 * For each root fetch (a fetch without `requires`, at the root of the answer), the `Client` data
 * that entity fetches later in the plan surely read at paths of its own answer. Left out, as then
 * decided by the reading subgraph as before: a read under another fetch's answer, a path two root
 * fetches answer, a field under `@skip`/`@include`, a plan node Silta's executor does not run.
 */
export function planFollowUpReads(plan: QueryPlan, supergraphSchema: GraphQLSchema): FollowUpReads {
  let categories = categoriesBySchema.get(supergraphSchema);
  if (!categories) {
    categories = clientDataCategories(supergraphSchema);
    categoriesBySchema.set(supergraphSchema, categories);
  }
  const roots: FetchAt[] = [];
  const entityFetches: FetchAt[] = [];
  if (plan.node && plan.node.kind !== "Subscription") collectFetches(plan.node, [], [], roots, entityFetches);
  if (roots.length === 0 || entityFetches.length === 0 || categories.size === 0) return new Map();

  const documents = new Map<FetchNode, FetchDocument | undefined>();
  const documentOf = (fetch: FetchNode) => {
    if (!documents.has(fetch)) documents.set(fetch, fetchDocument(fetch));
    return documents.get(fetch);
  };
  const readsByRoot = new Map<FetchAt, ConditionalRead[]>();
  for (const entityFetch of entityFetches) {
    const entities = documentOf(entityFetch.fetch);
    const read = entities ? categoriesRead(entities, categories) : new Set<string>();
    if (read.size === 0) continue;
    const answering = roots.flatMap((root) => {
      const document = documentOf(root.fetch);
      const onTheWay = document && answerHoldsClientsAt(supergraphSchema, document, entityFetch.path);
      return onTheWay ? [{ root, onTheWay }] : [];
    });
    if (answering.length !== 1) continue;
    const [{ root, onTheWay }] = answering as [{ root: FetchAt; onTheWay: readonly PlanCondition[] }];
    // The root fetch's answer holds the clients only under its own `@include`/`@skip` on the way.
    const conditions = [...entityFetch.conditions.filter((condition) => !root.conditions.includes(condition)), ...onTheWay];
    let reads = readsByRoot.get(root);
    if (!reads) readsByRoot.set(root, (reads = []));
    reads.push({ path: entityFetch.path, categories: read, conditions });
  }

  const planned = new Map<FetchNode, RootFetchReads>();
  for (const [root, reads] of readsByRoot) {
    if (reads.some((read) => read.conditions.length > 0)) {
      planned.set(root.fetch, { reads });
    } else {
      const always = extensionsOf(reads);
      if (always) planned.set(root.fetch, { always });
    }
  }
  return planned;
}

/**
 * Every fetch of the plan with the response path its answer is merged at and the condition
 * branches it is under. A condition's branch is one object, shared by the fetches under it, so a
 * root fetch's own conditions can be told apart from those only its follow-up is under.
 */
function collectFetches(
  node: PlanNode,
  path: readonly string[],
  conditions: readonly PlanCondition[],
  roots: FetchAt[],
  entityFetches: FetchAt[],
): void {
  switch (node.kind) {
    case "Sequence":
    case "Parallel":
      for (const child of node.nodes) collectFetches(child, path, conditions, roots, entityFetches);
      return;
    case "Flatten":
      // Plans put only response names and "@" in paths; anything else is not a path this can follow.
      if (!node.path.every((segment) => typeof segment === "string")) return;
      collectFetches(node.node, [...path, ...(node.path as string[])], conditions, roots, entityFetches);
      return;
    case "Fetch":
      if (node.requires) entityFetches.push({ fetch: node, path, conditions });
      else if (path.length === 0) roots.push({ fetch: node, path, conditions });
      return;
    case "Condition":
      if (node.ifClause)
        collectFetches(node.ifClause, path, [...conditions, { variable: node.condition, value: true }], roots, entityFetches);
      if (node.elseClause)
        collectFetches(node.elseClause, path, [...conditions, { variable: node.condition, value: false }], roots, entityFetches);
      return;
    case "Defer":
      // Silta's executor refuses it.
      return;
  }
}

/** The reads grouped by path, in plan order, each path's categories sorted; undefined when there are none. */
function extensionsOf(reads: readonly Omit<ConditionalRead, "conditions">[]): FollowUpExtensions | undefined {
  if (reads.length === 0) return undefined;
  const byPath = new Map<string, { path: readonly string[]; categories: Set<string> }>();
  for (const read of reads) {
    const key = JSON.stringify(read.path);
    const entry = byPath.get(key);
    if (entry) for (const category of read.categories) entry.categories.add(category);
    else byPath.set(key, { path: read.path, categories: new Set(read.categories) });
  }
  return {
    followUpReads: [...byPath.values()].map(({ path, categories }) => ({ path, categories: [...categories].sort() })),
  };
}
