import type DataLoader from "dataloader";
import type { ClientsContext } from "../context";
import { CLIENT_SUMMARY_SELECT } from "../data/loaders";
import type { Client } from "../data/prisma/client";
import type { ResolverFn } from "./types.generated";

// graphql's own types, as the generated resolvers name them (this workspace does not depend on graphql).
type GraphQLResolveInfo = Parameters<ResolverFn<unknown, unknown, unknown, unknown>>[3];
type FieldNode = GraphQLResolveInfo["fieldNodes"][number];
type SelectionSetNode = NonNullable<FieldNode["selectionSet"]>;
type AbstractType = Parameters<GraphQLResolveInfo["schema"]["isSubType"]>[0];

/** The fields of `Client` that a summary row answers by itself (its columns), and `__typename`. */
const SUMMARY_FIELDS = new Set<string>(["__typename", ...Object.keys(CLIENT_SUMMARY_SELECT)]);

/** Per selection (the field nodes graphql-js hands every resolver of the same field): whether a summary answers it. */
const summaryAnswers = new WeakMap<readonly FieldNode[], boolean>();

/**
 * The loader of the rows a `Client` field (a reference, a concern's client) answers with: the summary
 * columns when the query asks nothing of the client beyond them (a caseload's or a list's names), the
 * whole row otherwise. A summary row is never handed to a field it does not hold: the selection decides,
 * and any field outside the summary, nested selection or fragment of another shape takes the whole row.
 * The access decisions do not depend on it: every field reads the client's id, which both hold.
 */
export function clientRowLoader(ctx: ClientsContext, info: GraphQLResolveInfo): DataLoader<string, Client | null> {
  let summary = summaryAnswers.get(info.fieldNodes);
  if (summary === undefined) {
    summary = info.fieldNodes.every((node) => node.selectionSet && onlySummaryFields(node.selectionSet, info));
    summaryAnswers.set(info.fieldNodes, summary);
  }
  // The summary's rows answer every field resolved of them (checked above), so they stand for the row here.
  return summary ? (ctx.loaders.clientSummary as DataLoader<string, Client | null>) : ctx.loaders.client;
}

/**
 * Whether every field selected of a `Client` (directly, or in a fragment on `Client` or without a type
 * condition) is one of the summary's. A fragment on another type (a reference of another entity in the
 * same `_entities`) selects nothing of a client.
 */
function onlySummaryFields(selectionSet: SelectionSetNode, info: GraphQLResolveInfo): boolean {
  return selectionSet.selections.every((selection) => {
    // The kinds as graphql's `Kind` spells them (its enum is not imported here).
    const node = selection as Selection;
    switch (node.kind) {
      case "Field":
        return SUMMARY_FIELDS.has(node.name!.value) && !node.selectionSet;
      case "InlineFragment":
        return !isOfClient(node.typeCondition?.name.value, info) || onlySummaryFields(node.selectionSet!, info);
      case "FragmentSpread": {
        const fragment = info.fragments[node.name!.value];
        if (!fragment) return false;
        return !isOfClient(fragment.typeCondition.name.value, info) || onlySummaryFields(fragment.selectionSet, info);
      }
      default:
        return false;
    }
  });
}

/** A field, inline fragment or fragment spread, as far as this file reads it. */
interface Selection {
  kind: string;
  name?: { value: string };
  selectionSet?: SelectionSetNode;
  typeCondition?: { name: { value: string } };
}

/**
 * Whether a fragment may select fields of a client: one without a type condition, on `Client`, on an
 * abstract type `Client` belongs to, or on a type this schema does not know (taken as a client's).
 */
function isOfClient(typeCondition: string | undefined, info: GraphQLResolveInfo): boolean {
  if (typeCondition === undefined || typeCondition === "Client") return true;
  const type = info.schema.getType(typeCondition);
  const client = info.schema.getType("Client");
  if (!type || !client) return true;
  // For a type that is not abstract (another entity) the schema knows no subtypes: false.
  return info.schema.isSubType(type as AbstractType, client as Parameters<GraphQLResolveInfo["schema"]["isSubType"]>[1]);
}
