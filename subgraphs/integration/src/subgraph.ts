import { createSubgraphService, type SubgraphDependencies, type SubgraphService, type Subscription } from "@silta/kernel";
import { webhookSettingsFromEnv, type WebhookSettings } from "./config";
import { createIntegrationContext } from "./context";
import { consumeEvents } from "./delivery/consumeEvents";
import { Dispatcher } from "./delivery/dispatcher";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";

/**
 * Builds the integration subgraph: webhooks for registered systems. `start` subscribes to every
 * stream and starts the dispatcher; `settings` default to the environment's.
 */
export function createIntegrationSubgraph(
  deps: SubgraphDependencies,
  settings: WebhookSettings = webhookSettingsFromEnv(),
): SubgraphService {
  const sql = deps.database.sql;
  const dispatcher = new Dispatcher({
    sql,
    log: deps.log,
    retry: settings.retry,
    intervalMs: settings.dispatchIntervalMs,
    timeoutMs: settings.timeoutMs,
  });
  let consumer: Subscription | undefined;
  const service = createSubgraphService({
    name: "integration",
    typeDefs,
    resolvers,
    deps,
    createContext: (scope) => createIntegrationContext(scope, sql, settings),
    onStop: async () => {
      await consumer?.stop();
      await dispatcher.stop();
    },
  });
  return {
    name: service.name,
    http: service.http,
    async start(port, host) {
      consumer = await consumeEvents(deps.bus, sql, deps.log, () => dispatcher.wake());
      dispatcher.start();
      return service.start(port, host);
    },
    stop: () => service.stop(),
  };
}
