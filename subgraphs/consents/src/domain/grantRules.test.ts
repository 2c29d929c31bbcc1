import type { AccessRequest, Viewer } from "@silta/kernel";
import { decideForClient, decideForProfessional, type ClientRelationFacts, type ProfessionalFacts } from "./accessRules";

const professional = (organizationId: string, roles = ["social_worker"], id = "p1"): Viewer => ({
  id,
  kind: "professional",
  organizationId,
  roles,
  scopes: [],
});
const relation = (overrides: Partial<ClientRelationFacts> = {}): ClientRelationFacts => ({
  responsibleWorker: false,
  teamId: null,
  relationshipId: null,
  controllerOrganizationId: "county",
  known: true,
  createdBy: null,
  workedWith: true,
  ...overrides,
});
const county = (of: ClientRelationFacts | null): ProfessionalFacts => ({
  organizationIsCounty: true,
  relations: new Map(of ? [["c1", of]] : []),
  grants: new Map(),
  bans: new Map(),
});
const grant = (category: AccessRequest["category"], grantedOrganizationId?: string): AccessRequest => ({
  clientId: "c1",
  category,
  action: "grant",
  ...(grantedOrganizationId ? { grantedOrganizationId } : {}),
});

describe("who may create the facts that grant access (professionals)", () => {
  it("refuses a county professional with no basis to open a relationship with a client others work with", () => {
    expect(decideForProfessional(professional("county"), grant("basic", "county"), county(relation()))).toEqual({
      allowed: false,
      basis: "no_client_relationship",
    });
    // The old "establishing" basis for a create no longer reaches a client already on record.
    expect(
      decideForProfessional(professional("county"), { clientId: "c1", category: "basic", action: "create" }, county(relation())),
    ).toMatchObject({ allowed: false });
  });

  it("lets a professional with a basis open their own organisation's relationship, and no other organisation's", () => {
    const facts = county(relation({ relationshipId: "r1" }));
    expect(decideForProfessional(professional("county"), grant("basic", "county"), facts)).toMatchObject({
      allowed: true,
      basis: "client_relationship",
    });
    expect(decideForProfessional(professional("county"), grant("basic", "elsewhere"), facts)).toEqual({
      allowed: false,
      basis: "not_own_organization",
    });
  });

  it("lets the creator open the first relationship of a brand-new client, and nobody else", () => {
    const fresh = county(relation({ createdBy: "p1", workedWith: false }));
    expect(decideForProfessional(professional("county"), grant("basic", "county"), fresh)).toEqual({
      allowed: true,
      basis: "establishing_client_relationship",
    });
    expect(decideForProfessional(professional("county", ["social_worker"], "p2"), grant("basic", "county"), fresh)).toMatchObject(
      {
        allowed: false,
      },
    );
    const workedWith = county(relation({ createdBy: "p1", workedWith: true }));
    expect(decideForProfessional(professional("county"), grant("basic", "county"), workedWith)).toMatchObject({ allowed: false });
    // Not on record at all: the create itself, or the moment before the projection learns of it.
    expect(decideForProfessional(professional("county"), grant("basic", "county"), county(null))).toMatchObject({
      allowed: true,
    });
  });

  it("lets an intake worker of the client's controller open a relationship, and not one of another organisation", () => {
    const facts = county(relation({ controllerOrganizationId: "county" }));
    expect(decideForProfessional(professional("county", ["intake"]), grant("basic", "county"), facts)).toEqual({
      allowed: true,
      basis: "intake",
    });
    expect(decideForProfessional(professional("centre", ["intake"]), grant("basic", "centre"), facts)).toMatchObject({
      allowed: false,
    });
  });

  it("refuses every grant from an organisation outside the county, whatever consents it holds", () => {
    const outside: ProfessionalFacts = {
      ...county(relation({ teamId: "t1" })),
      organizationIsCounty: false,
      grants: new Map([["c1", [{ kind: "consent", id: "k1", categories: ["consents", "team", "basic"] }]]]),
    };
    for (const category of ["basic", "team", "consents"] as const)
      expect(decideForProfessional(professional("city"), grant(category), outside)).toEqual({
        allowed: false,
        basis: "outside_controller",
      });
  });

  it("lets a team member change the team but not the client's consents, bans or statutory bases", () => {
    const member = county(relation({ teamId: "t1" }));
    expect(decideForProfessional(professional("county"), grant("team"), member)).toMatchObject({
      allowed: true,
      basis: "team_member",
    });
    expect(decideForProfessional(professional("county"), grant("consents"), member)).toEqual({
      allowed: false,
      basis: "team_member_only",
    });
    expect(
      decideForProfessional(professional("county"), grant("consents"), county(relation({ responsibleWorker: true }))),
    ).toMatchObject({
      allowed: true,
      basis: "responsible_worker",
    });
  });

  it("refuses a manager, who sees aggregates only", () => {
    expect(
      decideForProfessional(professional("county", ["manager"]), grant("basic"), county(relation({ responsibleWorker: true }))),
    ).toMatchObject({ allowed: false, basis: "aggregates_only" });
  });
});

describe("who may create the facts that grant access (clients)", () => {
  it("lets a guardian act for their ward but not an agent hand on access", () => {
    const viewer: Viewer = { id: "g1", kind: "client", roles: [], scopes: [] };
    const facts = {
      wards: new Set(["child"]),
      authorisations: new Map([["c1", [{ kind: "consent" as const, id: "a1", categories: ["consents"] }]]]),
    };
    expect(decideForClient(viewer, { clientId: "child", category: "consents", action: "grant" }, facts)).toMatchObject({
      allowed: true,
      basis: "guardian",
    });
    expect(decideForClient(viewer, { clientId: "c1", category: "consents", action: "grant" }, facts)).toEqual({
      allowed: false,
      basis: "not_own_data",
    });
  });
});

describe("a child welfare notice (lastensuojeluilmoitus)", () => {
  it("is open to any professional, even with no relationship, for concerns only, and to no client", () => {
    const none = county(null);
    const notify = (category: AccessRequest["category"]): AccessRequest => ({ clientId: "c1", category, action: "notify" });
    expect(
      decideForProfessional(professional("city", ["school_curator"]), notify("concerns"), {
        ...none,
        organizationIsCounty: false,
      }),
    ).toEqual({
      allowed: true,
      basis: "child_welfare_notice",
    });
    expect(decideForProfessional(professional("city"), notify("basic"), none)).toMatchObject({ allowed: false });
    const client: Viewer = { id: "c2", kind: "client", roles: [], scopes: [] };
    expect(decideForClient(client, notify("concerns"), { wards: new Set(), authorisations: new Map() })).toMatchObject({
      allowed: false,
    });
  });
});
