import { CONNECTION_NODES, selectsOnly, selectsOnlyAt } from "@silta/kernel";
import type DataLoader from "dataloader";
import type { ClientsContext } from "../context";
import { CLIENT_SUMMARY_SELECT } from "../data/loaders";
import type { Client } from "../data/prisma/client";
import type { ResolverFn } from "./types.generated";

type GraphQLResolveInfo = Parameters<ResolverFn<unknown, unknown, unknown, unknown>>[3];

/** The fields of `Client` that a summary row answers by itself (its columns), and `__typename`. */
const SUMMARY_FIELDS = new Set<string>(["__typename", ...Object.keys(CLIENT_SUMMARY_SELECT)]);

/**
 * The loader of the rows a `Client` field (a reference, a concern's client) answers with: the summary
 * columns when the query asks nothing of the client beyond them (a caseload's or a list's names), the
 * whole row otherwise. A summary row is never handed to a field it does not hold: the selection decides,
 * and any field outside the summary, nested selection or fragment of another shape takes the whole row.
 * The access decisions do not depend on it: every field reads the client's id, which both hold.
 */
export function clientRowLoader(ctx: ClientsContext, info: GraphQLResolveInfo): DataLoader<string, Client | null> {
  // The summary's rows answer every field resolved of them (checked here), so they stand for the row.
  return selectsOnly(info, "Client", SUMMARY_FIELDS) ? ctx.loaders.clientSummary : ctx.loaders.client;
}

/** A connection's nodes as a selection path: {@link CONNECTION_NODES} without the list's index. */
const NODES_SELECTED_AT = CONNECTION_NODES.filter((key) => key !== "@");

/**
 * {@link clientRowLoader} for a connection of clients that loads its page itself (name search): the
 * summary columns when every way the query reaches the nodes asks nothing beyond them, the whole row
 * otherwise, or when in doubt.
 */
export function connectionRowLoader(ctx: ClientsContext, info: GraphQLResolveInfo): DataLoader<string, Client | null> {
  return selectsOnlyAt(info, NODES_SELECTED_AT, "Client", SUMMARY_FIELDS) ? ctx.loaders.clientSummary : ctx.loaders.client;
}
