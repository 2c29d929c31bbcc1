import type { Viewer } from "@silta/kernel";
import { mayManageDirectory } from "./writePermission";

const viewer = (overrides: Partial<Viewer>): Viewer => ({ id: "v", kind: "professional", roles: [], scopes: [], ...overrides });

describe("who may keep the register of organisations, professionals and teams", () => {
  it.each([
    ["a manager", viewer({ roles: ["manager"] }), true],
    ["an administrator", viewer({ roles: ["administrator"] }), true],
    ["a social worker", viewer({ roles: ["social_worker"] }), false],
    ["an integration with teams:write", viewer({ kind: "system", scopes: ["teams:write"] }), true],
    ["an integration without it", viewer({ kind: "system", scopes: ["clients:write"] }), false],
    ["a system client with a manager role but no scope", viewer({ kind: "system", roles: ["manager"] }), false],
    ["a client", viewer({ kind: "client", roles: ["manager"] }), false],
  ])("%s: %p", (_who, who, allowed) => {
    expect(mayManageDirectory(who)).toBe(allowed);
  });
});
