import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "../GatewayContext";
import type { GatewayMetrics } from "./gatewayMetrics";

/**
 * Tells the HTTP front which operation a request was (for its latency histogram) and counts the
 * errors callers receive, by code, after masking.
 */
export function metricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operationName }) {
          if (contextValue.stats) contextValue.stats.operation = operationName ?? undefined;
          if (response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? []) {
            metrics.error(String(error.extensions?.["code"] ?? "INTERNAL_SERVER_ERROR"));
          }
        },
      };
    },
  };
}
