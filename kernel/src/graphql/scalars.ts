import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { InvalidInput } from "./invalidInput";

/**
 * Years PostgreSQL and ISO 8601 agree on: PostgreSQL has no year 0 (`0000-01-01` is out of range)
 * and four digits are what the format allows.
 */
const firstYear = 1;
const lastYear = 9999;

/**
 * `Date` as graphql-scalars parses it (a JavaScript Date at UTC midnight), refusing what PostgreSQL
 * would refuse: a day that is not on the calendar (2026-02-30) or a year outside 0001-9999. A refused
 * value becomes an {@link InvalidInput}, answered as BAD_USER_INPUT naming the argument.
 */
export const DateScalar = lenientScalar(DateResolver, "date", "a calendar date YYYY-MM-DD between 0001-01-01 and 9999-12-31");

/** `DateTime` as graphql-scalars parses it (a JavaScript Date), with the same calendar and range as {@link DateScalar}. */
export const DateTimeScalar = lenientScalar(
  DateTimeResolver,
  "date_time",
  "an ISO 8601 date-time with a time zone (2026-11-23T09:30:00+02:00) between years 0001 and 9999",
);

function lenientScalar(strict: GraphQLScalarType, rule: string, expected: string): GraphQLScalarType {
  const parse = (value: unknown): Date | InvalidInput => {
    const refused = new InvalidInput(rule, `must be ${expected}; got ${JSON.stringify(value)?.slice(0, 40)}.`);
    if (typeof value !== "string") return refused;
    try {
      const parsed = strict.parseValue(value) as Date;
      const year = parsed.getUTCFullYear();
      return year >= firstYear && year <= lastYear ? parsed : refused;
    } catch {
      return refused;
    }
  };
  return new GraphQLScalarType({
    name: strict.name,
    description: strict.description,
    specifiedByURL: strict.specifiedByURL,
    serialize: (value) => strict.serialize(value),
    parseValue: parse,
    parseLiteral: (node: ValueNode) =>
      parse(node.kind === Kind.STRING ? node.value : node.kind === Kind.INT ? Number(node.value) : node.kind),
    extensions: strict.extensions,
  });
}
