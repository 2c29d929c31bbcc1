import { randomUUID } from "node:crypto";
import { clientViewer } from "@silta/testkit";
import { createTeamsWorld, errorOf, type TeamsWorld } from "./world";

const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name type businessId isCountyOrganization }
}`;
const UPDATE_ORGANIZATION = `mutation ($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) { id name type businessId isCountyOrganization }
}`;
const CREATE_PROFESSIONAL = `mutation ($input: CreateProfessionalInput!) {
  createProfessional(input: $input) { id firstName lastName profession unit active organization { id } }
}`;
const UPDATE_PROFESSIONAL = `mutation ($id: ID!, $input: UpdateProfessionalInput!) {
  updateProfessional(id: $id, input: $input) { id profession unit active organization { id } }
}`;
const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id name kind } }`;

describe("the register of organisations, professionals and teams", () => {
  let world: TeamsWorld;

  beforeAll(async () => {
    world = await createTeamsWorld("teams_directory");
  });
  afterAll(async () => {
    await world?.close();
  });

  const kela = () => ({
    name: "Kela, North insurance district",
    type: "KELA",
    businessId: "0246246-0",
    isCountyOrganization: false,
  });

  describe("organisations", () => {
    it("creates an organisation with a valid business id and publishes organization.created", async () => {
      const id = randomUUID();
      const response = await world.run(CREATE_ORGANIZATION, { input: { id, ...kela() } }, world.manager);
      expect(response.errors).toBeUndefined();
      expect(response.data?.["createOrganization"]).toEqual({ id, ...kela() });
      expect(await world.events(id)).toEqual([
        {
          type: "organization.created",
          aggregateType: "Organization",
          data: { organizationId: id, type: "KELA", isCountyOrganization: false },
        },
      ]);
    });

    it("returns the same organisation when the create is retried with the same id, without a second event", async () => {
      const id = randomUUID();
      await world.run(CREATE_ORGANIZATION, { input: { id, ...kela() } }, world.manager);
      const again = await world.run(CREATE_ORGANIZATION, { input: { id, ...kela() } }, world.manager);
      expect(again.errors).toBeUndefined();
      expect(again.data?.["createOrganization"]).toMatchObject({ id });
      expect(await world.events(id)).toHaveLength(1);
    });

    it("refuses a retry with the same id but different fields as a conflict naming the fields", async () => {
      const id = randomUUID();
      await world.run(CREATE_ORGANIZATION, { input: { id, ...kela() } }, world.manager);
      const different = await world.run(CREATE_ORGANIZATION, { input: { id, ...kela(), name: "Kela, South" } }, world.manager);
      expect(errorOf(different)).toMatchObject({ code: "CONFLICT", fields: ["name"] });
    });

    it.each([
      ["a wrong check digit", { businessId: "0246246-1" }, "input.businessId", "check_digit"],
      ["a malformed business id", { businessId: "0246246" }, "input.businessId", "format"],
      ["an empty name", { name: "   " }, "input.name", "required"],
      [
        "a county service type outside the county",
        { type: "COUNTY_CHILD_PROTECTION" },
        "input.isCountyOrganization",
        "county_type",
      ],
      ["an id that is not a UUID", { id: "kela-1" }, "input.id", "uuid"],
    ])("refuses %s, naming the field and rule, and writes nothing", async (_what, change, field, rule) => {
      const before = await world.prisma.organization.count();
      const response = await world.run(CREATE_ORGANIZATION, { input: { ...kela(), ...change } }, world.manager);
      expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect(await world.prisma.organization.count()).toBe(before);
    });

    it("does not echo the business id in the error", async () => {
      const response = await world.run(CREATE_ORGANIZATION, { input: { ...kela(), businessId: "0246246-1" } }, world.manager);
      expect(JSON.stringify(response.errors)).not.toContain("0246246");
    });

    it("accepts an NGO producing a purchased service as a county organisation", async () => {
      const response = await world.run(
        CREATE_ORGANIZATION,
        { input: { name: "Purchased family work", type: "NGO", isCountyOrganization: true } },
        world.integration,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.["createOrganization"]).toMatchObject({ isCountyOrganization: true, businessId: null });
    });

    it.each([
      ["a social worker without the manager role", () => world.socialWorker()],
      ["a client", () => clientViewer(randomUUID())],
      ["an integration without teams:write", () => ({ ...world.integration, scopes: ["clients:write"] })],
    ])("refuses %s as FORBIDDEN", async (_who, viewer) => {
      const response = await world.run(CREATE_ORGANIZATION, { input: kela() }, viewer());
      expect(errorOf(response)).toMatchObject({ code: "FORBIDDEN", reason: "directory_role_missing" });
    });

    it("updates only the given fields, checks the business id and publishes organization.updated", async () => {
      const id = randomUUID();
      await world.run(CREATE_ORGANIZATION, { input: { id, ...kela() } }, world.manager);
      const updated = await world.run(
        UPDATE_ORGANIZATION,
        { id, input: { name: "Kela, North", businessId: null } },
        world.manager,
      );
      expect(updated.data?.["updateOrganization"]).toEqual({ ...kela(), id, name: "Kela, North", businessId: null });
      const wrong = await world.run(UPDATE_ORGANIZATION, { id, input: { businessId: "1234567-2" } }, world.manager);
      expect(errorOf(wrong)).toMatchObject({ field: "input.businessId", rule: "check_digit" });
      expect((await world.events(id)).map((event) => event.type)).toEqual(["organization.created", "organization.updated"]);
      // Envelope 2: versions 1 and 2, and the update names exactly the fields whose value changed.
      const rows = await world.prisma.outboxEvent.findMany({ where: { aggregateId: id }, orderBy: { id: "asc" } });
      expect(rows.map((row) => row.aggregateVersion)).toEqual([1, 2]);
      expect(rows[1]?.changedFields).toEqual(["name", "businessId"]);
    });

    it("publishes nothing for an update that changes nothing", async () => {
      const id = randomUUID();
      await world.run(CREATE_ORGANIZATION, { input: { id, ...kela() } }, world.manager);
      const same = await world.run(UPDATE_ORGANIZATION, { id, input: { name: kela().name } }, world.manager);
      expect(same.errors).toBeUndefined();
      expect(await world.events(id)).toHaveLength(1);
    });

    it("refuses an update that would put a county service type outside the county", async () => {
      const response = await world.run(
        UPDATE_ORGANIZATION,
        { id: world.county, input: { isCountyOrganization: false } },
        world.manager,
      );
      expect(errorOf(response)).toMatchObject({ field: "input.isCountyOrganization", rule: "county_type" });
      expect(await world.prisma.organization.findUnique({ where: { id: world.county } })).toMatchObject({
        isCountyOrganization: true,
      });
    });

    it("answers NOT_FOUND for an update of an unknown organisation", async () => {
      const response = await world.run(UPDATE_ORGANIZATION, { id: randomUUID(), input: { name: "X" } }, world.manager);
      expect(errorOf(response)).toMatchObject({ code: "NOT_FOUND" });
    });
  });

  describe("professionals", () => {
    const curator = (organizationId: string) => ({
      firstName: "Mikko",
      lastName: "Heikkinen",
      profession: "school curator",
      organizationId,
      unit: "Koivula school",
    });

    it("creates a professional of an organisation, active by default, and publishes professional.created", async () => {
      const id = randomUUID();
      const response = await world.run(CREATE_PROFESSIONAL, { input: { id, ...curator(world.city) } }, world.manager);
      expect(response.errors).toBeUndefined();
      expect(response.data?.["createProfessional"]).toMatchObject({
        id,
        active: true,
        unit: "Koivula school",
        organization: { id: world.city },
      });
      expect(await world.events(id)).toEqual([
        {
          type: "professional.created",
          aggregateType: "Professional",
          data: { professionalId: id, organizationId: world.city, active: true },
        },
      ]);
    });

    it("is idempotent on the client-chosen id and refuses a differing retry", async () => {
      const id = randomUUID();
      await world.run(CREATE_PROFESSIONAL, { input: { id, ...curator(world.city) } }, world.manager);
      const same = await world.run(CREATE_PROFESSIONAL, { input: { id, ...curator(world.city) } }, world.manager);
      expect(same.errors).toBeUndefined();
      const different = await world.run(CREATE_PROFESSIONAL, { input: { id, ...curator(world.county) } }, world.manager);
      expect(errorOf(different)).toMatchObject({ code: "CONFLICT", fields: ["organizationId"] });
      expect(await world.events(id)).toHaveLength(1);
    });

    it.each([
      ["an unknown organisation", { organizationId: randomUUID() }, "input.organizationId", "not_found"],
      ["an organisation id that is not a UUID", { organizationId: "city" }, "input.organizationId", "uuid"],
      ["an empty last name", { lastName: "" }, "input.lastName", "required"],
      ["an overlong profession", { profession: "x".repeat(101) }, "input.profession", "max_length"],
    ])("refuses %s and writes nothing", async (_what, change, field, rule) => {
      const id = randomUUID();
      const response = await world.run(CREATE_PROFESSIONAL, { input: { id, ...curator(world.city), ...change } }, world.manager);
      expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect(await world.prisma.professional.findUnique({ where: { id } })).toBeNull();
      expect(await world.events(id)).toEqual([]);
    });

    it("refuses a social worker without the manager role", async () => {
      const response = await world.run(CREATE_PROFESSIONAL, { input: curator(world.city) }, world.socialWorker());
      expect(errorOf(response)).toMatchObject({ code: "FORBIDDEN" });
    });

    it("deactivates a professional, moves them between organisations and publishes professional.updated", async () => {
      const id = randomUUID();
      await world.run(CREATE_PROFESSIONAL, { input: { id, ...curator(world.city) } }, world.manager);
      const moved = await world.run(
        UPDATE_PROFESSIONAL,
        { id, input: { organizationId: world.county, unit: null } },
        world.manager,
      );
      expect(moved.data?.["updateProfessional"]).toMatchObject({ unit: null, organization: { id: world.county } });
      await world.run(UPDATE_PROFESSIONAL, { id, input: { active: false } }, world.manager);
      expect((await world.events(id)).map((event) => event.data)).toEqual([
        { professionalId: id, organizationId: world.city, active: true },
        { professionalId: id, organizationId: world.county, active: true },
        { professionalId: id, organizationId: world.county, active: false },
      ]);
    });

    it.each([
      ["an unknown organisation", { organizationId: randomUUID() }, "input.organizationId", "not_found"],
      ["removing the organisation", { organizationId: null }, "input.organizationId", "required"],
      ["a null active flag", { active: null }, "input.active", "required"],
    ])("refuses an update to %s and changes nothing", async (_what, change, field, rule) => {
      const id = randomUUID();
      await world.run(CREATE_PROFESSIONAL, { input: { id, ...curator(world.city) } }, world.manager);
      const response = await world.run(UPDATE_PROFESSIONAL, { id, input: change }, world.manager);
      expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect(await world.events(id)).toHaveLength(1);
    });

    it("keeps a professional's work phone and email, changes and removes them, and refuses malformed ones", async () => {
      const id = randomUUID();
      const CONTACT = `query ($id: ID!) { professional(id: $id) { workPhone workEmail } }`;
      const created = await world.run(
        CREATE_PROFESSIONAL,
        { input: { id, ...curator(world.city), workPhone: " +358 44 300 4002 ", workEmail: "mikko.heikkinen@example.fi" } },
        world.manager,
      );
      expect(created.errors).toBeUndefined();
      // Directory data: any signed-in viewer reads it, an outside professional too.
      expect((await world.run(CONTACT, { id }, world.outsider)).data?.["professional"]).toEqual({
        workPhone: "+358 44 300 4002",
        workEmail: "mikko.heikkinen@example.fi",
      });
      await world.run(UPDATE_PROFESSIONAL, { id, input: { workPhone: "09 310 1691", workEmail: null } }, world.manager);
      expect((await world.run(CONTACT, { id }, world.manager)).data?.["professional"]).toEqual({
        workPhone: "09 310 1691",
        workEmail: null,
      });
      const badPhone = await world.run(UPDATE_PROFESSIONAL, { id, input: { workPhone: "call the school" } }, world.manager);
      expect(errorOf(badPhone)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.workPhone", rule: "phone" });
      const badEmail = await world.run(
        CREATE_PROFESSIONAL,
        { input: { ...curator(world.city), workEmail: "mikko at school" } },
        world.manager,
      );
      expect(errorOf(badEmail)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.workEmail", rule: "email" });
      expect((await world.run(CONTACT, { id }, world.manager)).data?.["professional"]).toMatchObject({
        workPhone: "09 310 1691",
      });
    });

    it("answers NOT_FOUND for an update of an unknown professional", async () => {
      const response = await world.run(UPDATE_PROFESSIONAL, { id: randomUUID(), input: { active: false } }, world.manager);
      expect(errorOf(response)).toMatchObject({ code: "NOT_FOUND" });
    });
  });

  describe("teams", () => {
    it.each(["CLIENT_TEAM", "AREA_TEAM", "FAMILY_CENTRE_TEAM", "STEERING_GROUP", "IMPLEMENTATION_GROUP", "EVALUATION_GROUP"])(
      "creates a team of kind %s and publishes team.created",
      async (kind) => {
        const id = randomUUID();
        const response = await world.run(CREATE_TEAM, { input: { id, name: `${kind} North`, kind } }, world.manager);
        expect(response.data?.["createTeam"]).toEqual({ id, name: `${kind} North`, kind });
        expect(await world.events(id)).toEqual([{ type: "team.created", aggregateType: "Team", data: { teamId: id, kind } }]);
      },
    );

    it("is idempotent on the client-chosen id and refuses a differing retry", async () => {
      const id = randomUUID();
      await world.run(CREATE_TEAM, { input: { id, name: "North area team", kind: "AREA_TEAM" } }, world.manager);
      const same = await world.run(CREATE_TEAM, { input: { id, name: "North area team", kind: "AREA_TEAM" } }, world.manager);
      expect(same.errors).toBeUndefined();
      const different = await world.run(
        CREATE_TEAM,
        { input: { id, name: "North area team", kind: "CLIENT_TEAM" } },
        world.manager,
      );
      expect(errorOf(different)).toMatchObject({ code: "CONFLICT", fields: ["kind"] });
    });

    it("refuses a team without a name, and a social worker without the manager role", async () => {
      expect(errorOf(await world.run(CREATE_TEAM, { input: { name: " ", kind: "AREA_TEAM" } }, world.manager))).toMatchObject({
        field: "input.name",
        rule: "required",
      });
      expect(
        errorOf(await world.run(CREATE_TEAM, { input: { name: "T", kind: "AREA_TEAM" } }, world.socialWorker())),
      ).toMatchObject({
        code: "FORBIDDEN",
      });
    });

    it("lists teams of one kind", async () => {
      const id = randomUUID();
      await world.run(CREATE_TEAM, { input: { id, name: "Evaluation of the model", kind: "EVALUATION_GROUP" } }, world.manager);
      const response = await world.run<{ teams: { id: string; kind: string }[] }>(
        `{ teams(kind: EVALUATION_GROUP) { id kind } }`,
        {},
        world.manager,
      );
      expect(response.data?.teams.every((team) => team.kind === "EVALUATION_GROUP")).toBe(true);
      expect(response.data?.teams.map((team) => team.id)).toContain(id);
    });
  });
});
