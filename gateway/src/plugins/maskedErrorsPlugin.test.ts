import { GraphQLError } from "graphql";
import type { GatewayContext } from "../GatewayContext";
import { SUBGRAPH_UNAVAILABLE } from "../subgraphs/partialAnswer";
import { formatGatewayError, maskedErrorsPlugin } from "./maskedErrorsPlugin";

/** The plugin's didEncounterErrors for one request, with a log that records what it was told. */
async function encounter(errors: GraphQLError[]): Promise<string[]> {
  const logged: string[] = [];
  const log = { error: (_detail: unknown, message: string) => logged.push(message) };
  const listener = await maskedErrorsPlugin().requestDidStart!({} as never);
  await listener!.didEncounterErrors!({
    errors,
    contextValue: { log } as unknown as GatewayContext,
    operationName: "Q",
  } as never);
  return logged;
}

describe("maskedErrorsPlugin", () => {
  it("logs an error the caller sees masked, with the request's log", async () => {
    const internal = new GraphQLError("connection reset by db-3", { path: ["client", "name"] });
    expect(formatGatewayError(internal.toJSON(), internal).extensions?.["code"]).toBe("INTERNAL_SERVER_ERROR");
    await expect(encounter([internal])).resolves.toEqual(["request failed; the caller sees INTERNAL_SERVER_ERROR"]);
  });

  it("does not log as masked the gateway's own codes, which the caller sees as they are", async () => {
    const missing = Array.from(
      { length: 3 },
      (_, index) =>
        new GraphQLError("Part of the answer is missing", {
          path: ["clients", index, "name"],
          extensions: { code: SUBGRAPH_UNAVAILABLE, reason: "timeout" },
        }),
    );
    expect(formatGatewayError(missing[0]!.toJSON(), missing[0]).extensions).toMatchObject({
      code: SUBGRAPH_UNAVAILABLE,
      reason: "timeout",
    });
    await expect(encounter(missing)).resolves.toEqual([]);
    const internal = new GraphQLError("boom");
    await expect(encounter([...missing, internal])).resolves.toHaveLength(1);
  });
});
