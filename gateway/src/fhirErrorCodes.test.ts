import { GATEWAY_ERROR_CODES } from "@silta/fhir";
import { OPERATION_LIMIT_CODE } from "./limits/operationLimits";
import { RATE_LIMITED } from "./rateLimit/rateLimitRefusal";
import { SUBGRAPH_UNAVAILABLE } from "./subgraphs/partialAnswer";

describe("the FHIR view's copy of the gateway's error codes", () => {
  it("matches the codes the gateway answers with", () => {
    expect(GATEWAY_ERROR_CODES).toEqual({
      operationLimit: OPERATION_LIMIT_CODE,
      rateLimited: RATE_LIMITED,
      subgraphUnavailable: SUBGRAPH_UNAVAILABLE,
    });
  });
});
