import { buildSchema, graphql } from "graphql";
import { enforceInputRules } from "./enforceInputRules";
import { unboundedInputs } from "./inputBounds";
import { DateScalar } from "./scalars";

const schema = enforceInputRules(
  buildSchema(`
    directive @bounded(maxLength: Int, maxItems: Int) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
    scalar Date
    input Note { text: String! @bounded(maxLength: 5), tags: [String!] @bounded(maxItems: 2, maxLength: 3) }
    type Query {
      echo(id: ID, on: Date, note: Note, names: [String!] @bounded(maxItems: 3, maxLength: 10)): String
    }
  `),
);
Object.assign(schema.getType("Date")!, { parseValue: DateScalar.parseValue, parseLiteral: DateScalar.parseLiteral });
const rootValue = { echo: () => "ran" };

async function run(args: string) {
  const result = await graphql({ schema, source: `{ echo${args} }`, rootValue });
  return result.errors ? result.errors.map((error) => error.extensions) : result.data;
}

describe("enforceInputRules", () => {
  it("lets input within the rules through to the resolver", async () => {
    expect(
      await run(
        `(id: "7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11", on: "2024-02-29", note: { text: "hi", tags: ["a"] }, names: ["Aino"])`,
      ),
    ).toEqual({ echo: "ran" });
  });

  it.each([
    [`(id: "x")`, "id", "uuid"],
    [`(on: "2026-02-30")`, "on", "date"],
    [`(names: ["Ai\\u0000no"])`, "names[0]", "no_nul_character"],
    [`(names: ["a", "b", "c", "d"])`, "names", "max_items"],
    [`(names: ["abcdefghijk"])`, "names[0]", "max_length"],
    [`(note: { text: "toolong" })`, "note.text", "max_length"],
    [`(note: { text: "ok", tags: ["abcd"] })`, "note.tags[0]", "max_length"],
  ])("refuses %s as BAD_USER_INPUT naming %s and the rule %s", async (args, field, rule) => {
    expect(await run(args)).toEqual([{ code: "BAD_USER_INPUT", field, rule }]);
  });

  it("finds every String and list without a bound", () => {
    expect(
      unboundedInputs(buildSchema(`input In { a: String, b: [Int] } type Query { f(c: String, d: ID, e: [ID!]): Int }`)),
    ).toEqual(["In.a needs maxLength", "In.b needs maxItems", "Query.f(c) needs maxLength", "Query.f(e) needs maxItems"]);
  });
});
