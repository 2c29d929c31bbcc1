import type { AccessRequest, Viewer } from "@silta/kernel";
import { decideForClient, decideForProfessional, decideForSystem, type ProfessionalFacts } from "./accessRules";

const request: AccessRequest = { clientId: "c1", category: "service_plan", action: "read" };
const professional = (organizationId: string, roles = ["social_worker"]): Viewer => ({
  id: "p1",
  kind: "professional",
  organizationId,
  roles,
  scopes: [],
});
const facts = (overrides: Partial<ProfessionalFacts> = {}): ProfessionalFacts => ({
  organizationIsCounty: false,
  relations: new Map([
    [
      "c1",
      {
        responsibleWorker: false,
        teamId: "t1",
        relationshipId: null,
        controllerOrganizationId: "county",
        known: true,
        createdBy: null,
        workedWith: true,
      },
    ],
  ]),
  grants: new Map(),
  bans: new Map(),
  ...overrides,
});

describe("the access rules for professionals", () => {
  it("let the register keeper (intake, in the county or the controller) see that a record is one of a duplicate pair, basic only, with no relationship", () => {
    const keep: AccessRequest = { clientId: "c1", category: "basic", action: "keep_register" };
    const none = facts({ relations: new Map() });
    expect(
      decideForProfessional(
        professional("county", ["intake"]),
        keep,
        facts({ organizationIsCounty: true, relations: new Map() }),
      ),
    ).toEqual({
      allowed: true,
      basis: "register_keeper",
    });
    // The controller's own intake worker, before the projection knows it is the county's.
    expect(decideForProfessional(professional("county", ["intake"]), keep, facts())).toMatchObject({ allowed: true });
    expect(decideForProfessional(professional("city", ["intake"]), keep, none)).toEqual({
      allowed: false,
      basis: "outside_controller",
    });
    expect(decideForProfessional(professional("county"), keep, facts({ organizationIsCounty: true }))).toEqual({
      allowed: false,
      basis: "not_register_keeper",
    });
    expect(
      decideForProfessional(
        professional("county", ["intake"]),
        { ...keep, category: "concerns" },
        facts({ organizationIsCounty: true }),
      ),
    ).toEqual({ allowed: false, basis: "not_register_keeper" });
    expect(
      decideForClient({ id: "c1", kind: "client", roles: [], scopes: [] }, keep, { wards: new Set(), authorisations: new Map() }),
    ).toEqual({
      allowed: false,
      basis: "professionals_only",
    });
    expect(decideForSystem({ id: "s", kind: "system", roles: [], scopes: ["clients:read"] }, keep)).toMatchObject({
      allowed: false,
    });
    expect(decideForSystem({ id: "s", kind: "system", roles: [], scopes: ["clients:write"] }, keep)).toMatchObject({
      allowed: true,
    });
  });

  it("allow a county professional with a relationship, naming the relationship", () => {
    expect(decideForProfessional(professional("county"), request, facts({ organizationIsCounty: true }))).toMatchObject({
      allowed: true,
      basis: "team_member",
      teamId: "t1",
    });
  });

  it("treat the client's controller organisation as inside even before the projection knows it is the county's", () => {
    expect(decideForProfessional(professional("county"), request, facts())).toMatchObject({ allowed: true });
  });

  it("deny anyone without a relationship, whatever consents exist", () => {
    const grants = new Map([["c1", [{ kind: "consent" as const, id: "k1", categories: ["service_plan"] }]]]);
    expect(decideForProfessional(professional("city"), request, facts({ relations: new Map(), grants }))).toEqual({
      allowed: false,
      basis: "no_client_relationship",
    });
  });

  it("let a county professional create a client's basic record before any relationship exists, and nothing more", () => {
    const none = facts({ organizationIsCounty: true, relations: new Map() });
    expect(decideForProfessional(professional("county"), { ...request, category: "basic", action: "create" }, none)).toEqual({
      allowed: true,
      basis: "establishing_client_relationship",
    });
    expect(
      decideForProfessional(professional("county"), { ...request, category: "basic", action: "update" }, none),
    ).toMatchObject({
      allowed: false,
    });
    expect(decideForProfessional(professional("county"), { ...request, category: "fit", action: "create" }, none)).toMatchObject({
      allowed: false,
    });
    expect(
      decideForProfessional(
        professional("city"),
        { ...request, category: "basic", action: "create" },
        facts({ relations: new Map() }),
      ),
    ).toMatchObject({ allowed: false });
  });

  it("need a consent covering the category from outside the county", () => {
    const other = new Map([["c1", [{ kind: "consent" as const, id: "k1", categories: ["basic"] }]]]);
    expect(decideForProfessional(professional("city"), request, facts({ grants: other }))).toEqual({
      allowed: false,
      basis: "no_consent",
    });
    const covering = new Map([["c1", [{ kind: "consent" as const, id: "k2", categories: ["service_plan"] }]]]);
    expect(decideForProfessional(professional("city"), request, facts({ grants: covering }))).toMatchObject({
      allowed: true,
      basis: "consent",
      consentId: "k2",
    });
  });

  it("let a ban beat a consent, but not a statutory basis", () => {
    const consent = { kind: "consent" as const, id: "k1", categories: ["service_plan"] };
    const bans = new Map([["c1", [{ id: "b1", categories: [], serviceTask: null }]]]);
    expect(
      decideForProfessional(professional("city"), request, facts({ grants: new Map([["c1", [consent]]]), bans })),
    ).toMatchObject({
      allowed: false,
      basis: "ban",
    });
    const statutory = { kind: "statutory_basis" as const, id: "s1", categories: ["service_plan"] };
    expect(
      decideForProfessional(professional("city"), request, facts({ grants: new Map([["c1", [statutory]]]), bans })),
    ).toMatchObject({
      allowed: true,
      basis: "statutory_basis",
      statutoryBasisId: "s1",
    });
  });

  it("ignore a ban of another category", () => {
    const consent = { kind: "consent" as const, id: "k1", categories: ["service_plan"] };
    const bans = new Map([["c1", [{ id: "b1", categories: ["concerns"], serviceTask: null }]]]);
    expect(
      decideForProfessional(professional("city"), request, facts({ grants: new Map([["c1", [consent]]]), bans })),
    ).toMatchObject({
      allowed: true,
    });
  });

  it("apply a ban of a service task's data to that task's data and to untagged data, not to another task's", () => {
    const consent = { kind: "consent" as const, id: "k1", categories: ["fit"] };
    const bans = new Map([["c1", [{ id: "b1", categories: [], serviceTask: "child_protection" }]]]);
    const decide = (serviceTask?: string) =>
      decideForProfessional(
        professional("city"),
        { clientId: "c1", category: "fit", action: "read", ...(serviceTask ? { serviceTask } : {}) },
        facts({ grants: new Map([["c1", [consent]]]), bans }),
      );
    expect(decide("child_protection")).toMatchObject({ allowed: false, basis: "ban", consentId: "k1" });
    expect(decide()).toMatchObject({ allowed: false, basis: "ban" });
    expect(decide("family_counselling")).toMatchObject({ allowed: true, basis: "consent", consentId: "k1" });
  });

  it("refuse person-level data to managers and reporting", () => {
    expect(decideForProfessional(professional("county", ["manager"]), request, facts({ organizationIsCounty: true }))).toEqual({
      allowed: false,
      basis: "aggregates_only",
    });
    expect(decideForProfessional(professional("county", ["reporting", "social_worker"]), request, facts())).toMatchObject({
      allowed: false,
    });
  });
});

describe("the access rules for clients and systems", () => {
  const client = (id: string): Viewer => ({ id, kind: "client", roles: [], scopes: [] });
  const none = { wards: new Set<string>(), authorisations: new Map() };

  it("let a client see their own data and a guardian their ward's", () => {
    expect(decideForClient(client("c1"), request, none)).toEqual({ allowed: true, basis: "self" });
    expect(decideForClient(client("g1"), request, { ...none, wards: new Set(["c1"]) })).toEqual({
      allowed: true,
      basis: "guardian",
    });
    expect(decideForClient(client("g1"), request, none)).toEqual({ allowed: false, basis: "not_own_data" });
  });

  it("let an agent see only the categories of the authorisation", () => {
    const authorisations = new Map([["c1", [{ kind: "consent" as const, id: "a1", categories: ["basic"] }]]]);
    expect(decideForClient(client("x"), request, { ...none, authorisations })).toEqual({ allowed: false, basis: "not_own_data" });
    expect(decideForClient(client("x"), { ...request, category: "basic" }, { ...none, authorisations })).toMatchObject({
      allowed: true,
      consentId: "a1",
    });
  });

  it("give a system client the categories of its scopes, reads and writes apart", () => {
    const system: Viewer = { id: "cis", kind: "system", roles: [], scopes: ["service_plan:read"] };
    expect(decideForSystem(system, request)).toEqual({ allowed: true, basis: "system_scope" });
    expect(decideForSystem(system, { ...request, action: "update" })).toEqual({ allowed: false, basis: "scope_missing" });
  });
});

describe("the rule of a client's access log (käyttöloki)", () => {
  const logRead: AccessRequest = { clientId: "c1", category: "access_log", action: "read" };
  const client = (id: string): Viewer => ({ id, kind: "client", roles: [], scopes: [] });
  const agentOf = new Map([["c1", [{ kind: "consent" as const, id: "a1", categories: ["basic", "service_plan"] }]]]);

  it("lets the client, their guardian and the data protection officer read it", () => {
    expect(decideForClient(client("c1"), logRead, { wards: new Set(), authorisations: new Map() })).toEqual({
      allowed: true,
      basis: "self",
    });
    expect(decideForClient(client("g1"), logRead, { wards: new Set(["c1"]), authorisations: new Map() })).toEqual({
      allowed: true,
      basis: "guardian",
    });
    expect(decideForProfessional(professional("county", ["data_protection_officer"]), logRead, facts())).toEqual({
      allowed: true,
      basis: "data_protection_officer",
    });
  });

  it("refuses the responsible worker, an agent acting on the client's behalf and a system with every scope", () => {
    const worker = facts({ organizationIsCounty: true });
    expect(decideForProfessional(professional("county"), logRead, worker)).toEqual({ allowed: false, basis: "not_own_data" });
    expect(decideForClient(client("a1"), logRead, { wards: new Set(), authorisations: agentOf })).toEqual({
      allowed: false,
      basis: "not_own_data",
    });
    const system: Viewer = { id: "cis", kind: "system", roles: [], scopes: ["clients:read", "access_log:read"] };
    expect(decideForSystem(system, logRead)).toEqual({ allowed: false, basis: "not_own_data" });
  });

  it("lets the data protection officer only read it", () => {
    const dpo = professional("county", ["data_protection_officer"]);
    expect(decideForProfessional(dpo, { ...logRead, action: "update" }, facts())).toMatchObject({ allowed: false });
  });
});
