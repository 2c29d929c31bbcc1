import type { GraphQLResolveInfo } from "graphql";
import { CONNECTION_NODES, followUpCategoriesAt, followUpReadsOf } from "./followUpReads";

/** A resolver's path as graphql-js builds it, from its response keys (numbers for list indices). */
function pathOf(...keys: (string | number)[]): Pick<GraphQLResolveInfo, "path"> {
  let path: GraphQLResolveInfo["path"] | undefined;
  for (const key of keys) path = { prev: path, key, typename: undefined };
  return { path: path! };
}

const caseload = {
  followUpReads: [{ path: ["professional", "responsibleFor", "edges", "@", "node"], categories: ["basic", "fit"] }],
};

describe("the gateway's follow-up reads", () => {
  it("give a list field the categories read of the clients at its connection's nodes", () => {
    const reads = followUpReadsOf(caseload);
    expect(followUpCategoriesAt(reads, pathOf("professional", "responsibleFor"), CONNECTION_NODES)).toEqual(["basic", "fit"]);
    // An alias is its response key, as in the gateway's plan.
    expect(followUpCategoriesAt(reads, pathOf("professional", "mine"), CONNECTION_NODES)).toEqual([]);
    expect(followUpCategoriesAt(reads, pathOf("professional", "clients"), CONNECTION_NODES)).toEqual([]);
  });

  it("match a list inside a list by its indices, written @", () => {
    const reads = followUpReadsOf({
      followUpReads: [{ path: ["teams", "@", "clients", "edges", "@", "node"], categories: ["basic"] }],
    });
    expect(followUpCategoriesAt(reads, pathOf("teams", 3, "clients"), CONNECTION_NODES)).toEqual(["basic"]);
    expect(followUpCategoriesAt(reads, pathOf("teams", "clients"), CONNECTION_NODES)).toEqual([]);
  });

  it.each([
    ["none", undefined],
    ["no follow-up reads", { other: 1 }],
    ["not a list", { followUpReads: { path: ["a"], categories: ["basic"] } }],
    ["an unknown category", { followUpReads: [{ path: ["a"], categories: ["secrets"] }] }],
    ["the access log, which no list reads ahead", { followUpReads: [{ path: ["a"], categories: ["access_log"] }] }],
    ["an empty path", { followUpReads: [{ path: [], categories: ["basic"] }] }],
    ["too many", { followUpReads: Array.from({ length: 33 }, () => ({ path: ["a"], categories: ["basic"] })) }],
  ])("are none when the request carries %s", (_, extensions) => {
    expect(followUpReadsOf(extensions as Record<string, unknown> | undefined)).toEqual([]);
  });
});
