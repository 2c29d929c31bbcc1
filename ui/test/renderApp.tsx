import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import { AppProviders, createQueryClient } from "../src/App";
import type { Session } from "../src/auth/AuthContext";
import { viewerFromToken } from "../src/auth/viewerFromToken";
import type { GraphQLErrorEntry } from "../src/graphql/executeOperation";
import { createI18n, type Language } from "../src/i18n/i18n";

/** An unsigned JWT with the claims the gateway's development issuer sets. */
export function testToken(claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.signature`;
}

export const socialWorkerId = "0b000000-0000-4000-8000-000000000001";
export const countyId = "0a000000-0000-4000-8000-000000000001";

export function professionalSession(id = socialWorkerId): Session {
  const token = testToken({ sub: id, silta_kind: "professional", silta_org: countyId, roles: ["social_worker"] });
  return { token, label: "socialWorker", viewer: viewerFromToken(token) };
}

/** What the fake gateway answers to one operation, given its variables. */
export type OperationHandler = (variables: Record<string, unknown>) => { data: unknown; errors?: GraphQLErrorEntry[] };

export interface GatewayRequest {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

/**
 * Replaces fetch with a gateway that answers by operation name and records every request, so a
 * test asserts what the view asked for and with which token.
 */
export function fakeGateway(handlers: Record<string, OperationHandler>): GatewayRequest[] {
  const requests: GatewayRequest[] = [];
  globalThis.fetch = jest.fn(async (_url: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "";
    requests.push({ operationName, variables: body.variables, headers: init?.headers as Record<string, string> });
    const handler = handlers[operationName];
    const answer = handler ? handler(body.variables) : { data: null, errors: [{ message: `no handler for ${operationName}` }] };
    return { ok: true, status: 200, json: async () => answer, text: async () => JSON.stringify(answer) } as Response;
  }) as typeof fetch;
  return requests;
}

/** Renders a view at `path` (matched by `route`) with the app's providers, signed in as `session`. */
export function renderView(
  element: ReactElement,
  {
    path,
    route = path,
    session = professionalSession(),
    language = "fi",
  }: { path: string; route?: string; session?: Session; language?: Language },
): RenderResult {
  return render(
    <AppProviders i18n={createI18n(language)} queryClient={createQueryClient({ gcTime: Infinity })} initialSession={session}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={element} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}
