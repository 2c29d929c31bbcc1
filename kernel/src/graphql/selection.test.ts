import { buildSchema, graphql, type GraphQLResolveInfo } from "graphql";
import { alwaysSelects, selectsOnly } from "./selection";

const schema = buildSchema(`
  interface Named { name: String }
  type Person implements Named { id: ID! name: String birth: String friend: Person }
  type Place implements Named { id: ID! name: String address: String }
  type Note { id: ID! person: Person subject: Named }
  type Query { notes: [Note!]! }
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
});
