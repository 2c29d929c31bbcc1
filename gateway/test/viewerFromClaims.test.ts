import type { JWTPayload } from "jose";
import { viewerFromClaims } from "../src";

function refusalOf(claims: JWTPayload, purpose?: string): Record<string, unknown> | "accepted" {
  try {
    viewerFromClaims(claims, { purpose });
    return "accepted";
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
}

const professional = { sub: "p1", silta_kind: "professional", silta_org: "org1", roles: ["social_worker"] };

describe("viewerFromClaims", () => {
  it("maps a professional's subject, organisation, roles, scopes and stated purpose to the viewer", () => {
    expect(
      viewerFromClaims({ ...professional, scope: "clients:read  teams:read" }, { purpose: " child welfare assessment " }),
    ).toEqual({
      id: "p1",
      kind: "professional",
      organizationId: "org1",
      roles: ["social_worker"],
      scopes: ["clients:read", "teams:read"],
      purpose: "child welfare assessment",
    });
  });

  it("maps a client, who belongs to no organisation, with no roles or scopes", () => {
    expect(viewerFromClaims({ sub: "c1", silta_kind: "client" })).toEqual({ id: "c1", kind: "client", roles: [], scopes: [] });
  });

  it("treats a token with client_id and no silta_kind as a system client", () => {
    expect(viewerFromClaims({ sub: "cis", client_id: "cis", scope: "clients:read" })).toEqual({
      id: "cis",
      kind: "system",
      roles: [],
      scopes: ["clients:read"],
    });
  });

  it("leaves out a blank purpose", () => {
    expect(viewerFromClaims(professional, { purpose: "   " })).not.toHaveProperty("purpose");
  });

  it.each([
    ["no subject", { ...professional, sub: undefined }, "sub"],
    ["an empty subject", { ...professional, sub: " " }, "sub"],
    ["an unknown kind", { ...professional, silta_kind: "robot" }, "silta_kind"],
    ["no kind and no client_id", { sub: "x", roles: [] }, "silta_kind"],
    ["a professional without an organisation", { sub: "p1", silta_kind: "professional" }, "silta_org"],
    ["a client naming an organisation", { sub: "c1", silta_kind: "client", silta_org: "org1" }, "silta_org"],
    ["an organisation that is not a string", { ...professional, silta_org: 42 }, "silta_org"],
    ["roles that are not an array of names", { ...professional, roles: "social_worker" }, "roles"],
    ["an empty role name", { ...professional, roles: [""] }, "roles"],
    ["a scope that is not a string", { ...professional, scope: ["clients:read"] }, "scope"],
  ])("refuses %s as UNAUTHENTICATED claims_invalid naming the claim", (_, claims, claim) => {
    expect(refusalOf(claims as JWTPayload)).toMatchObject({
      code: "UNAUTHENTICATED",
      reason: "claims_invalid",
      claim,
      http: { status: 401 },
    });
  });

  it("refuses a purpose longer than 200 characters as BAD_USER_INPUT with HTTP 400", () => {
    expect(refusalOf(professional, "x".repeat(200))).toBe("accepted");
    expect(refusalOf(professional, "x".repeat(201))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "x-silta-purpose",
      rule: "max_length",
      http: { status: 400 },
    });
  });
});
