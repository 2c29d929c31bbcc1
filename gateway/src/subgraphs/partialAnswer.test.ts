import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayContext } from "../GatewayContext";
import { errorsAt, SUBGRAPH_UNAVAILABLE, unavailable } from "./partialAnswer";

const health = (query: string, variables?: Record<string, unknown>) =>
  ({
    kind: "HEALTH_CHECK",
    request: { query, variables },
    context: {},
  }) as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;

describe("partial answers", () => {
  it("puts the error at each root field the call should have filled", () => {
    const answer = unavailable(health("{ client(id: 1) { id } teams { id } }"), "timeout");
    expect(answer.errors?.map((error) => error.path)).toEqual([["client"], ["teams"]]);
    expect(answer.errors?.[0]?.extensions).toEqual({ code: SUBGRAPH_UNAVAILABLE, reason: "timeout" });
    expect(answer.errors?.[0]?.message).toMatch(/did not answer in time/);
  });

  it("says unavailable, not late, for a subgraph that is down or behind an open breaker", () => {
    expect(unavailable(health("{ a }"), "circuit_open").errors?.[0]?.message).toMatch(/is unavailable/);
  });

  it("answers one error without a path when the operation cannot be read", () => {
    const answer = errorsAt(health("{ broken"), "message", { code: "X" });
    expect(answer.errors).toEqual([{ message: "message", extensions: { code: "X" } }]);
  });
});
