import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { MemoryRouter } from "react-router";
import { countyId, socialWorkerId, testToken } from "../test/renderApp";
import { AppProviders, createQueryClient } from "./App";
import { createI18n } from "./i18n/i18n";
import { AppRoutes } from "./routes";

const token = testToken({ sub: socialWorkerId, silta_kind: "professional", silta_org: countyId, roles: ["social_worker"] });
const idePage = `<!doctype html><html><body><script type="application/json" id="silta-ide-settings">${JSON.stringify({
  graphqlPath: "/graphql",
  tokens: [{ user: "socialWorker", description: "social worker of the county", token }],
})}</script></body></html>`;
const emptyCaseload = {
  data: {
    professional: {
      id: socialWorkerId,
      firstName: "Sari",
      lastName: "Laine",
      unit: null,
      organization: { id: countyId, name: "County" },
      teams: [],
      clients: { edges: [] },
    },
    overdueConcerns: [],
    concernsDueSoon: [],
    clientsWithoutResponsibleWorker: { edges: [] },
  },
};

function serve({ tokenRefused = false } = {}) {
  const calls: { url: string; authorization?: string }[] = [];
  globalThis.fetch = jest.fn(async (url: unknown, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({ url: String(url), ...(headers["authorization"] ? { authorization: headers["authorization"] } : {}) });
    if (url === "/ide") return { ok: true, status: 200, text: async () => idePage } as Response;
    if (tokenRefused)
      return {
        ok: false,
        status: 401,
        json: async () => ({ errors: [{ message: "expired", extensions: { code: "UNAUTHENTICATED" } }] }),
      } as Response;
    return { ok: true, status: 200, json: async () => emptyCaseload } as Response;
  }) as typeof fetch;
  return calls;
}

function renderApp(path = "/", queryClient = createQueryClient({ gcTime: Infinity })) {
  return render(
    <AppProviders i18n={createI18n("fi")} queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe("the app", () => {
  it("sends a visitor without a session to sign-in, and after it to the page they asked for", async () => {
    const calls = serve();
    renderApp("/clients/0d000000-0000-4000-8000-000000000001");
    await userEvent.click(await screen.findByRole("button", { name: "Kirjaudu: socialWorker" }));
    // The client's page asked for the client (this fake gateway has none to give), not the caseload.
    expect(await screen.findByRole("alert")).toHaveTextContent("Tietoa ei löytynyt tai se ei näy sinulle.");
    expect(screen.queryByRole("heading", { name: "Asiakkaani", level: 1 })).not.toBeInTheDocument();
    expect(calls.filter((call) => call.url === "/graphql")).toHaveLength(1);
  });

  it("signs a worker in as a demo user, lands on the caseload, keeps the token in memory only, and forgets all on sign-out", async () => {
    const calls = serve();
    const queryClient = createQueryClient({ gcTime: Infinity });
    renderApp("/", queryClient);
    await userEvent.click(await screen.findByRole("button", { name: "Kirjaudu: socialWorker" }));
    expect(await screen.findByRole("heading", { name: "Asiakkaani", level: 1 })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Asiakkaani" })).toHaveAttribute("aria-current", "page");
    expect(calls.find((call) => call.url === "/graphql")?.authorization).toBe(`Bearer ${token}`);
    expect([localStorage.length, sessionStorage.length, document.cookie]).toEqual([0, 0, ""]);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(1);
    await userEvent.click(screen.getByRole("button", { name: "Kirjaudu ulos" }));
    expect(await screen.findByRole("heading", { name: "Kirjaudu Siltaan" })).toBeInTheDocument();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it("offers to sign in again when the gateway no longer accepts the token", async () => {
    serve({ tokenRefused: true });
    renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Kirjaudu: socialWorker" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Kirjautuminen on vanhentunut. Kirjaudu uudelleen.");
    await userEvent.click(screen.getByRole("button", { name: "Kirjaudu uudelleen" }));
    expect(await screen.findByRole("heading", { name: "Kirjaudu Siltaan" })).toBeInTheDocument();
  });

  it("switches language, and tells the browser", async () => {
    serve();
    renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Kirjaudu: socialWorker" }));
    await userEvent.click(await screen.findByRole("button", { name: "Svenska" }));
    expect(await screen.findByRole("heading", { name: "Mina klienter", level: 1 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("sv");
    expect(screen.getByRole("button", { name: "Svenska" })).toHaveAttribute("aria-pressed", "true");
  });

  it("refuses a pasted value that is not a token, saying so at the field", async () => {
    serve();
    renderApp("/sign-in");
    await userEvent.type(await screen.findByRole("textbox", { name: "Tunniste (JWT)" }), "not-a-token");
    await userEvent.click(screen.getByRole("button", { name: "Kirjaudu tunnisteella" }));
    expect(screen.getByRole("textbox", { name: "Tunniste (JWT)" })).toHaveAccessibleDescription(
      "Tunniste ei ole kelvollinen JWT, jossa on käyttäjä (sub).",
    );
  });

  it("has no accessibility violations axe can find on the sign-in page and in the shell", async () => {
    serve();
    const { container } = renderApp();
    await screen.findByRole("button", { name: "Kirjaudu: socialWorker" });
    expect(await axe(container)).toHaveNoViolations();
    await userEvent.click(screen.getByRole("button", { name: "Kirjaudu: socialWorker" }));
    await screen.findByRole("heading", { name: "Asiakkaani", level: 1 });
    expect(await axe(container)).toHaveNoViolations();
  });
});
