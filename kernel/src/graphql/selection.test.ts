import { buildSchema, graphql, type GraphQLResolveInfo } from "graphql";
import { alwaysSelects, selectsOnly, selectsOnlyAt } from "./selection";

const schema = buildSchema(`
  interface Named { name: String }
  type Person implements Named { id: ID! name: String birth: String friend: Person }
  type Place implements Named { id: ID! name: String address: String }
  type Note { id: ID! person: Person subject: Named }
  type Edge { cursor: String node: Person }
  type People { edges: [Edge!]! total: Int }
  type Query { notes: [Note!]! people: People }
`);
const LEAN = new Set(["__typename", "id", "name"]);

/** What `selectsOnly(info, "Person", LEAN)` answers for the `person` (or `subject`) of every note of `query`. */
async function answers(query: string) {
  const seen: boolean[] = [];
  const result = await graphql({
    schema,
    source: query,
    rootValue: { notes: [{ id: "n1" }, { id: "n2" }] },
    fieldResolver: (source: Record<string, unknown>, _args, _context, info: GraphQLResolveInfo) => {
      if (info.fieldName === "person" || info.fieldName === "subject") {
        seen.push(selectsOnly(info, "Person", LEAN));
        return { __typename: "Person", id: "p1", name: "Aino", birth: "2010-01-01" };
      }
      return source[info.fieldName];
    },
  });
  expect(result.errors).toBeUndefined();
  return seen;
}

/** What `alwaysSelects(info, "Note", "person")` answers at `notes` for the query. */
async function always(query: string, variables: Record<string, unknown> = {}) {
  let answer: boolean | undefined;
  await graphql({
    schema,
    source: query,
    variableValues: variables,
    rootValue: {},
    fieldResolver: (_source, _args, _context, info: GraphQLResolveInfo) => {
      if (info.fieldName === "notes") answer = alwaysSelects(info, "Note", "person");
      return info.fieldName === "notes" ? [] : null;
    },
  });
  return answer;
}

/** What `selectsOnlyAt(info, ["edges", "node"], "Person", LEAN)` answers at `people` for the query. */
async function leanNodes(query: string) {
  let answer: boolean | undefined;
  const result = await graphql({
    schema,
    source: query,
    rootValue: {},
    fieldResolver: (_source, _args, _context, info: GraphQLResolveInfo) => {
      if (info.fieldName === "people") answer = selectsOnlyAt(info, ["edges", "node"], "Person", LEAN);
      return null;
    },
  });
  expect(result.errors).toBeUndefined();
  return answer;
}

describe("what a query selects of an object", () => {
  it("answers lean only for leaf fields of the set, through fragments that may apply", async () => {
    const lean = answers;
    expect(await lean(`{ notes { person { id name } } }`)).toEqual([true, true]);
    expect(await lean(`{ notes { person { __typename ... on Named { name } ...P } } } fragment P on Person { id }`)).toEqual([
      true,
      true,
    ]);
    // A fragment on another object type selects nothing of a person; one on the person's does.
    expect(await lean(`{ notes { subject { ... on Person { id } ... on Place { address } } } }`)).toEqual([true, true]);
    expect(await lean(`{ notes { subject { ... on Person { birth } ... on Place { id } } } }`)).toEqual([false, false]);
    expect(await lean(`{ notes { person { id birth } } }`)).toEqual([false, false]);
    expect(await lean(`{ notes { person { ... on Named { ... on Person { birth } } } } }`)).toEqual([false, false]);
    expect(await lean(`{ notes { person { ...P } } } fragment P on Person { name friend { id } }`)).toEqual([false, false]);
    // A field that may be skipped still counts: a lean read must hold whatever may be asked.
    expect(await lean(`{ notes { person { id birth @skip(if: true) } } }`)).toEqual([false, false]);
  });

  it("answers that a field is surely resolved only when nothing may skip it", async () => {
    expect(await always(`{ notes { person { id } } }`)).toBe(true);
    expect(await always(`{ notes { ...N } } fragment N on Note { person { id } }`)).toBe(true);
    expect(await always(`{ notes { ... { person { id } } } }`)).toBe(true);
    expect(await always(`{ notes { id } }`)).toBe(false);
    expect(await always(`query ($x: Boolean!) { notes { person @include(if: $x) { id } } }`, { x: true })).toBe(false);
    expect(
      await always(`query ($x: Boolean!) { notes { ...N @skip(if: $x) } } fragment N on Note { person { id } }`, { x: false }),
    ).toBe(false);
    // Beside a skippable selection, a plain one still makes it sure.
    expect(await always(`query ($x: Boolean!) { notes { person @skip(if: $x) { id } person { name } } }`, { x: false })).toBe(
      true,
    );
  });

  it("answers lean for a connection's nodes only when every way to them selects lean leaves", async () => {
    expect(await leanNodes(`{ people { edges { node { id name } } } }`)).toBe(true);
    expect(await leanNodes(`{ people { total edges { cursor node { __typename ...P } } } } fragment P on Person { id }`)).toBe(
      true,
    );
    expect(await leanNodes(`{ people { edges { node { id birth } } } }`)).toBe(false);
    // Every path to the nodes counts, through fragments and aliases alike.
    expect(await leanNodes(`{ people { edges { node { id } } ... on People { edges { node { birth } } } } }`)).toBe(false);
    expect(await leanNodes(`{ people { ...E } } fragment E on People { edges { all: node { friend { id } } } }`)).toBe(false);
    expect(await leanNodes(`{ people { edges { node { id } } more: edges { node { name birth } } } }`)).toBe(false);
    // Nothing selected of the nodes: the whole rows, as before (never a lean row in doubt).
    expect(await leanNodes(`{ people { total } }`)).toBe(false);
    expect(await leanNodes(`{ people { edges { cursor } } }`)).toBe(false);
  });
});
