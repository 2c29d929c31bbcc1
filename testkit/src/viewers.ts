import { signViewer, VIEWER_HEADER, viewerKey, type Viewer } from "@silta/kernel";

/** The signing secret every test hub and subgraph shares; never used outside tests. */
export const TEST_VIEWER_SECRET = "test-only-viewer-signing-secret-0123456789";
export const testViewerKey = viewerKey(TEST_VIEWER_SECRET);

export function professional(organizationId: string, overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: "00000000-0000-4000-8000-0000000000a1",
    kind: "professional",
    organizationId,
    roles: ["social_worker"],
    scopes: [],
    ...overrides,
  };
}

export function clientViewer(clientId: string): Viewer {
  return { id: clientId, kind: "client", roles: [], scopes: [] };
}

/** The headers the gateway would add for this viewer on its way to `subgraph`. */
export async function signedViewerHeaders(viewer: Viewer, subgraph: string): Promise<Record<string, string>> {
  return { [VIEWER_HEADER]: await signViewer(viewer, testViewerKey, subgraph) };
}
