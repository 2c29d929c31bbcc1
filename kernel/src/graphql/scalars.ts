import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { LocalDate } from "../time/localDate";
import { InvalidInput } from "./invalidInput";

/**
 * Years PostgreSQL and ISO 8601 agree on: PostgreSQL has no year 0 (`0000-01-01` is out of range)
 * and four digits are what the format allows.
 */
const firstYear = 1;
const lastYear = 9999;

const dateExpected = "a calendar date YYYY-MM-DD between 0001-01-01 and 9999-12-31";

/**
 * `Date`: a calendar day, parsed to a {@link LocalDate} and serialised from one. It accepts exactly what
 * graphql-scalars' `Date` accepted before (a `YYYY-MM-DD` string naming a real day) and refuses what
 * PostgreSQL would refuse, a year outside 0001-9999. A refused value becomes an {@link InvalidInput},
 * answered as BAD_USER_INPUT naming the argument. The scalar keeps its name `Date` (ADR 0017).
 */
export const DateScalar = new GraphQLScalarType<LocalDate | InvalidInput, string>({
  name: DateResolver.name,
  description: DateResolver.description,
  specifiedByURL: DateResolver.specifiedByURL,
  serialize: (value) => {
    const day = LocalDate.parse(value);
    if (day === null) throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)?.slice(0, 40)}: not a LocalDate.`);
    return day;
  },
  parseValue: parseDate,
  parseLiteral: (node: ValueNode) =>
    parseDate(node.kind === Kind.STRING ? node.value : node.kind === Kind.INT ? Number(node.value) : node.kind),
  extensions: { ...DateResolver.extensions, codegenScalarType: "LocalDate" },
});

function parseDate(value: unknown): LocalDate | InvalidInput {
  return (
    LocalDate.parse(value) ?? new InvalidInput("date", `must be ${dateExpected}; got ${JSON.stringify(value)?.slice(0, 40)}.`)
  );
}

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
