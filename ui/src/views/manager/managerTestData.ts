import { testToken } from "../../../test/renderApp";
import type { Session } from "../../auth/AuthContext";
import { viewerFromToken } from "../../auth/viewerFromToken";

export const countyId = "0a000000-0000-4000-8000-000000000001";
export const familyCentreId = "0a000000-0000-4000-8000-000000000003";

export function managerSession(): Session {
  const token = testToken({
    sub: "0b000000-0000-4000-8000-000000000003",
    silta_kind: "professional",
    silta_org: countyId,
    roles: ["manager"],
  });
  return { token, label: "unitManager", viewer: viewerFromToken(token) };
}
