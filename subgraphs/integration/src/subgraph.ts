import { createSubgraphService, type SubgraphDependencies, type SubgraphService, type Subscription } from "@silta/kernel";
import { webhookSettingsFromEnv, type WebhookSettings } from "./config";
import { createIntegrationContext } from "./context";
import { createPrisma } from "./data/db";
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
  const prisma = createPrisma(deps.database);
  const dispatcher = new Dispatcher({
    prisma,
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
    createContext: (scope) => createIntegrationContext(scope, prisma, settings),
    onStop: async () => {
      await consumer?.stop();
      await dispatcher.stop();
      await prisma.$disconnect();
    },
  });
  return {
    name: service.name,
    http: service.http,
    async start(port, host) {
      consumer = await consumeEvents(deps.bus, prisma, deps.log, () => dispatcher.wake());
      dispatcher.start();
      return service.start(port, host);
    },
    stop: () => service.stop(),
  };
}
