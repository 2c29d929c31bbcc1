import { verifyViewer, viewerKey, type Logger, type Viewer } from "@silta/kernel";
import type { GatewayContext } from "../GatewayContext";
import { mintDecisionScope } from "../pipeline/decisionScope";
import { signedViewerFor } from "./viewerSigning";

const key = viewerKey("a-test-secret-of-at-least-32-characters!!");
const viewer: Viewer = { id: "p1", kind: "professional", roles: ["worker"], scopes: [], organizationId: "o1" };

describe("signedViewerFor", () => {
  const context = (decisionScope = mintDecisionScope()): GatewayContext => ({
    viewer,
    requestId: "r1",
    decisionScope,
    log: undefined as unknown as Logger,
  });

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

  it("carries the request's decision scope in every subgraph's header, as the claim `scp`", async () => {
    const request = context("scope-of-request-1");
    for (const subgraph of ["clients", "fit"]) {
      expect(claimsOf(await signedViewerFor(request, subgraph, key))).toMatchObject({ aud: subgraph, scp: "scope-of-request-1" });
    }
    expect(claimsOf(await signedViewerFor(context("scope-of-request-2"), "clients", key))).toMatchObject({
      scp: "scope-of-request-2",
    });
  });
});

function claimsOf(header: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(header.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
}
