import type { ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import type { GatewayContext } from "../GatewayContext";
import { costLimitPlugin } from "../limits/limitsPlugin";
import type { OperationLimits } from "../limits/operationLimits";
import type { GatewayMetrics } from "../observability/gatewayMetrics";
import { metricsPlugin } from "../observability/metricsPlugin";
import type { BoundedRedis } from "../redis/boundedRedis";
import { CUSTOM_SCALARS } from "../scalars/customScalars";
import { scalarInputsPlugin } from "../scalars/scalarInputsPlugin";
import { maskedErrorsPlugin } from "./maskedErrorsPlugin";
import { operationShapePlugin } from "./operationShapePlugin";
import { responseCachePlugin } from "./responseCachePlugin";

export interface GatewayPluginsOptions {
  limits: OperationLimits;
  /** Undefined when metrics are off. */
  metrics?: GatewayMetrics;
  /** Whole responses cached in Redis when every subgraph marked them public. */
  responseCache?: { redis: BoundedRedis; keyPrefix: string };
}

/**
 * The Apollo plugins of each operation, in the order they hook in: masked errors, the operation's
 * shape for metrics, the cost limit, the custom scalars' input checks; Apollo's reporting and
 * landing page off whatever the environment says; then metrics and the response cache when on.
 */
export function gatewayPlugins(options: GatewayPluginsOptions): ApolloServerPlugin<GatewayContext>[] {
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    maskedErrorsPlugin(),
    operationShapePlugin(),
    costLimitPlugin(options.limits),
    scalarInputsPlugin(CUSTOM_SCALARS),
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
  ];
  if (options.metrics) plugins.push(metricsPlugin(options.metrics));
  if (options.responseCache) plugins.push(responseCachePlugin(options.responseCache));
  return plugins;
}
