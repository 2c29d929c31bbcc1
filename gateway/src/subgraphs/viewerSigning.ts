import { signViewer, type ViewerKey } from "@silta/kernel";
import type { GatewayContext } from "../GatewayContext";

/**
 * The viewer header for one subgraph, signed for that subgraph alone (a captured header cannot be
 * replayed against another), once per subgraph and request however many fetches the plan makes to it.
 * Every header of one request carries the request's decision scope (GatewayContext.decisionScope).
 */
export function signedViewerFor(context: GatewayContext, subgraph: string, key: ViewerKey): Promise<string> {
  const cache = (context.signedViewers ??= new Map());
  let signed = cache.get(subgraph);
  if (!signed) {
    signed = signViewer(context.viewer, key, subgraph, undefined, context.decisionScope);
    cache.set(subgraph, signed);
  }
  return signed;
}
