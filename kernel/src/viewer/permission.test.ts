import { ErrorCode } from "../errors";
import { assertPermitted, isPermitted, type Permission } from "./permission";
import type { Viewer } from "./Viewer";

const permission: Permission = { roles: ["manager", "administrator"], scope: "teams:write" };
const viewer = (kind: Viewer["kind"], roles: string[] = [], scopes: string[] = []): Viewer => ({
  id: "v-1",
  kind,
  roles,
  scopes,
});

describe("isPermitted", () => {
  it.each([
    ["a professional with one of the roles", viewer("professional", ["social_worker", "administrator"]), true],
    ["a professional with none of them", viewer("professional", ["social_worker"]), false],
    ["a professional holding the scope but no role", viewer("professional", [], ["teams:write"]), false],
    ["a system client with the scope", viewer("system", [], ["teams:write"]), true],
    ["a system client without it", viewer("system", [], ["teams:read"]), false],
    ["a system client holding a role but not the scope", viewer("system", ["manager"]), false],
    ["a client, whatever it holds", viewer("client", ["manager"], ["teams:write"]), false],
  ])("%s: %s", (_who, who, allowed) => {
    expect(isPermitted(who, permission)).toBe(allowed);
  });

  it("lets no system client through a permission without a scope, and no professional through one without roles", () => {
    expect(isPermitted(viewer("system", [], ["anything"]), { roles: ["manager"] })).toBe(false);
    expect(isPermitted(viewer("professional", ["manager"]), { scope: "fit:reports" })).toBe(false);
  });
});

describe("assertPermitted", () => {
  it("throws FORBIDDEN with the message and extensions given, and passes the permitted", () => {
    expect(() => assertPermitted(viewer("professional", ["manager"]), permission, "unused")).not.toThrow();
    expect(() => assertPermitted(viewer("client"), permission, "Needs the manager role.", { reason: "role_missing" })).toThrow(
      expect.objectContaining({
        message: "Needs the manager role.",
        extensions: expect.objectContaining({ code: ErrorCode.Forbidden, reason: "role_missing" }),
      }),
    );
  });
});
