import { testToken } from "../../test/renderApp";
import { viewerFromToken } from "./viewerFromToken";

describe("viewerFromToken", () => {
  it("reads who the user is from the token's claims", () => {
    const token = testToken({ sub: "b1", silta_kind: "professional", silta_org: "o1", roles: ["social_worker"] });
    expect(viewerFromToken(token)).toEqual({ id: "b1", kind: "professional", organizationId: "o1", roles: ["social_worker"] });
  });

  it("decodes claims written in UTF-8", () => {
    const token = testToken({ sub: "äiti-ö", silta_kind: "client" });
    expect(viewerFromToken(token)).toMatchObject({ id: "äiti-ö", kind: "client" });
  });

  it("refuses a value that is not a JWT, or one without a subject", () => {
    expect(() => viewerFromToken("not a token")).toThrow("not_a_jwt");
    expect(() => viewerFromToken("a.bm90IGpzb24.c")).toThrow("not_a_jwt");
    expect(() => viewerFromToken(testToken({ silta_kind: "client" }))).toThrow("no_subject");
  });
});
