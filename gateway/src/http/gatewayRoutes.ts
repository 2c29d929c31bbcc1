import { createRouter, type HttpRoute, type RouteHandler, type Router } from "@silta/kernel/http";

export interface GatewayRouteHandlers {
  graphqlPath: string;
  graphql: RouteHandler;
  /** The FHIR R4 read view: its base path and the handler of it and everything under it. */
  fhir: { basePath: string; handle: RouteHandler };
  /** `/health/*` and `/metrics` ({@link operatorRoutes}). */
  operator: Record<string, RouteHandler | undefined>;
  /** `GET /`. */
  homePage: RouteHandler;
  /** The data lake export proxy (`/export/`), the IDE (`/ide`) and the web app (`/app`), each when served. */
  prefixes: readonly HttpRoute[];
}

/** Every path the gateway serves, in one place; what is not here is 404. */
export function gatewayRoutes(handlers: GatewayRouteHandlers): Router {
  return createRouter({
    paths: {
      [handlers.graphqlPath]: handlers.graphql,
      [handlers.fhir.basePath]: handlers.fhir.handle,
      ...handlers.operator,
      "/": handlers.homePage,
    },
    prefixes: [{ prefix: `${handlers.fhir.basePath}/`, handle: handlers.fhir.handle }, ...handlers.prefixes],
  });
}
