import { verifyViewer, viewerKey, type Logger, type Viewer } from "@silta/kernel";
import type { GatewayContext } from "../GatewayContext";
import { signedViewerFor } from "./viewerSigning";

const key = viewerKey("a-test-secret-of-at-least-32-characters!!");
const viewer: Viewer = { id: "p1", kind: "professional", roles: ["worker"], scopes: [], organizationId: "o1" };

describe("signedViewerFor", () => {
  const context = (): GatewayContext => ({ viewer, requestId: "r1", log: undefined as unknown as Logger });

  it("signs the viewer for the named subgraph only", async () => {
    const signed = await signedViewerFor(context(), "clients", key);
    await expect(verifyViewer(signed, key, "clients")).resolves.toMatchObject({ id: "p1", kind: "professional" });
    await expect(verifyViewer(signed, key, "consents")).rejects.toThrow();
  });

  it("signs once per subgraph and request", () => {
    const request = context();
    const first = signedViewerFor(request, "clients", key);
    expect(signedViewerFor(request, "clients", key)).toBe(first);
    expect(signedViewerFor(request, "fit", key)).not.toBe(first);
    expect(signedViewerFor(context(), "clients", key)).not.toBe(first);
  });
});
