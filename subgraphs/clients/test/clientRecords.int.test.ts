import { randomUUID } from "node:crypto";
import { clientViewer, professional, TEST_IDENTITY_CODE_HASH_KEY } from "@silta/testkit";
import { generateTestIdentityCode, hashIdentityCode } from "../src/domain/identityCode";
import { startClientsWorld, type ClientsWorld } from "./support";

const create = `mutation ($input: CreateClientInput!) {
  createClient(input: $input) { created client { id firstName lastName birthDate language identityCode hasIdentityCode hasNonDisclosureOrder } }
}`;
const read = `query ($id: ID!, $unmasked: Boolean) {
  client(id: $id) { id identityCode(unmasked: $unmasked) contact { streetAddress postalCode municipalityCode phone email } }
}`;
const search = `query ($search: ClientSearch!, $first: Int, $after: String) {
  clients(search: $search, first: $first, after: $after) { edges { cursor node { id firstName lastName } } pageInfo { hasNextPage endCursor } }
}`;

describe("client records", () => {
  let world: ClientsWorld;
  beforeAll(async () => {
    world = await startClientsWorld("client_records");
  });
  afterAll(() => world?.stop());

  const input = (fields: Record<string, unknown> = {}) => ({
    identityCode: "131052-308T",
    firstName: "Aino",
    lastName: "Virtanen",
    controllerOrganizationId: world.county,
    ...fields,
  });

  describe("creating", () => {
    it("stores a client with the birth date derived from the identity code, and the code only masked on reading", async () => {
      const data = await world.ok(create, { input: input({ identityCode: " 010594y9032 ", language: "SV" }) });
      expect(data.createClient).toEqual({
        created: true,
        client: expect.objectContaining({
          firstName: "Aino",
          birthDate: "1994-05-01",
          language: "sv",
          identityCode: "010594Y****",
          hasIdentityCode: true,
          hasNonDisclosureOrder: false,
        }),
      });
      const row = await world.prisma.client.findUniqueOrThrow({ where: { id: data.createClient.client.id } });
      // The whole code and its individual part with the check character: a bare "9032" could turn up in a hash or UUID.
      expect(JSON.stringify(row)).not.toMatch(/010594Y9032|Y9032|0105949032/);
      expect(row.identityCodeHash).toBe(hashIdentityCode("010594Y9032", TEST_IDENTITY_CODE_HASH_KEY));
      const [event] = (await world.events("client.created")).filter((e) => e.aggregateId === row.id);
      expect(event?.data).toEqual({ clientId: row.id, controllerOrganizationId: world.county, hasNonDisclosureOrder: false });
      expect(JSON.stringify(await world.events())).not.toMatch(/Y9032|010594|Aino|Virtanen/);
    });

    it("returns the existing client instead of a duplicate when the identity code is already on record", async () => {
      const first = await world.ok(create, { input: input({ identityCode: "020516C903K", firstName: "Eetu" }) });
      const again = await world.ok(create, { input: input({ identityCode: "020516C903K", firstName: "Eetu-Ville" }) });
      expect(again.createClient.created).toBe(false);
      expect(again.createClient.client.id).toBe(first.createClient.client.id);
      expect(again.createClient.client.firstName).toBe("Eetu");
      expect(
        await world.prisma.client.count({
          where: { identityCodeHash: hashIdentityCode("020516C903K", TEST_IDENTITY_CODE_HASH_KEY) },
        }),
      ).toBe(1);
    });

    it("treats a retried create with the same id as the same client, and the same id with another person as a conflict", async () => {
      const id = randomUUID();
      const code = generateTestIdentityCode(new Date("1980-03-03"), 901);
      const first = await world.ok(create, { input: input({ id, identityCode: code }) });
      const retry = await world.ok(create, { input: input({ id, identityCode: code }) });
      expect(first.createClient.created).toBe(true);
      expect(retry.createClient).toMatchObject({ created: false, client: { id } });
      const other = await world.failure(create, {
        input: input({ id, identityCode: generateTestIdentityCode(new Date("1980-03-03"), 903) }),
      });
      expect(other.code).toBe("CONFLICT");
    });

    it.each([
      ["format", "131052308T"],
      ["format", "131052-30T"],
      ["century_sign", "131052G308T"],
      ["date", "300252-308T"],
      ["date", "290223A901X"],
      ["check_character", "131052-308U"],
    ])("rejects an identity code that breaks the %s rule, naming the field, without echoing the code", async (rule, code) => {
      const before = await world.prisma.client.count();
      const response = await world.run(create, { input: input({ identityCode: code }) });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.identityCode", rule });
      expect(JSON.stringify(response)).not.toContain(code);
      expect(await world.prisma.client.count()).toBe(before);
    });

    it("accepts every century sign of the 2023 reform", async () => {
      for (const [sign, year] of [
        ["Y", "1994"],
        ["X", "1994"],
        ["W", "1994"],
        ["V", "1994"],
        ["U", "1994"],
        ["B", "2005"],
        ["F", "2005"],
      ] as const) {
        const base = generateTestIdentityCode(new Date(`${year}-06-15`), 950);
        const code = `${base.slice(0, 6)}${sign}${base.slice(7)}`;
        const data = await world.ok(create, { input: input({ identityCode: code }) });
        expect(data.createClient.client.birthDate).toBe(`${year}-06-15`);
      }
    });

    it.each([
      [{ identityCode: null, temporaryIdentifier: null }, "input.identityCode", "identifier_required"],
      [{ firstName: "  " }, "input.firstName", "required"],
      [{ lastName: "" }, "input.lastName", "required"],
      [{ birthDate: "1952-10-14" }, "input.birthDate", "matches_identity_code"],
      [{ identityCode: null, temporaryIdentifier: "X1", birthDate: "2999-01-01" }, "input.birthDate", "not_after"],
      [{ language: "finnish" }, "input.language", "iso_639_1"],
      [{ controllerOrganizationId: "county" }, "input.controllerOrganizationId", "uuid"],
      [{ id: "1" }, "input.id", "uuid"],
      [{ contact: { postalCode: "1234" } }, "input.contact.postalCode", "postal_code"],
      [{ contact: { municipalityCode: "Helsinki" } }, "input.contact.municipalityCode", "municipality_code"],
      [{ contact: { email: "not-an-email" } }, "input.contact.email", "email"],
      [{ contact: { phone: "call me" } }, "input.contact.phone", "phone"],
    ])("rejects %j as bad input naming %s and writes nothing", async (fields, field, rule) => {
      const before = await world.prisma.client.count();
      const extensions = await world.failure(create, { input: input({ identityCode: "131052-308T", ...fields }) });
      expect(extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect(await world.prisma.client.count()).toBe(before);
    });

    it("creates a client without an identity code by an organisation-issued temporary identifier, once", async () => {
      const fields = { identityCode: null, temporaryIdentifier: "EKS-2026-0042", birthDate: "2019-02-01" };
      const first = await world.ok(create, { input: input(fields) });
      const again = await world.ok(create, { input: input(fields) });
      expect(first.createClient.client).toMatchObject({ identityCode: null, hasIdentityCode: false, birthDate: "2019-02-01" });
      expect(again.createClient).toMatchObject({ created: false, client: { id: first.createClient.client.id } });
    });

    it("refuses a create from a professional outside the county, logging the denied attempt", async () => {
      const outsider = professional(world.city, { id: randomUUID() });
      const extensions = await world.failure(
        create,
        { input: input({ identityCode: generateTestIdentityCode(new Date("1970-01-01"), 960) }) },
        outsider,
      );
      expect(extensions.code).toBe("FORBIDDEN");
      expect(
        world.harness.accessLog.some((e) => e.viewerId === outsider.id && e.action === "create" && e.outcome === "denied"),
      ).toBe(true);
    });
  });

  describe("the identity code", () => {
    let id: string;
    beforeAll(async () => {
      const data = await world.ok(create, {
        input: input({ identityCode: generateTestIdentityCode(new Date("1975-07-07"), 977) }),
      });
      id = data.createClient.client.id;
    });

    it("is masked by default", async () => {
      const data = await world.ok(read, { id });
      expect(data.client.identityCode).toBe("070775-****");
    });

    it("is shown in full only when asked, and that is logged as its own access with the purpose noted", async () => {
      const viewer = professional(world.county, { id: randomUUID(), purpose: "client work" });
      const data = await world.ok(read, { id, unmasked: true }, viewer);
      expect(data.client.identityCode).toBe(generateTestIdentityCode(new Date("1975-07-07"), 977));
      const entries = world.harness.accessLog.filter(
        (e) => e.viewerId === viewer.id && e.clientId === id && e.category === "basic",
      );
      expect(entries.map((e) => [e.category, e.action, e.purpose])).toEqual([
        ["basic", "read", "client work"],
        ["basic", "read", "client work [identity code shown unmasked]"],
      ]);
    });

    it("is not shown, even masked, to a viewer without the basic category", async () => {
      const response = await world.run(read, { id, unmasked: true }, professional(world.city));
      expect(response.data.client).toBeNull();
      expect(JSON.stringify(response)).not.toContain("070775");
    });
  });

  describe("non-disclosure order (turvakielto)", () => {
    let id: string;
    const responsible = randomUUID();
    beforeAll(async () => {
      const data = await world.ok(create, {
        input: input({
          identityCode: generateTestIdentityCode(new Date("1990-09-09"), 990),
          hasNonDisclosureOrder: true,
          contact: { streetAddress: "Salainen tie 1", postalCode: "00100", municipalityCode: "091", phone: "+358 40 1234567" },
        }),
      });
      id = data.createClient.client.id;
    });

    it("shows the contact details of a client without an order to a county professional", async () => {
      const other = await world.ok(create, {
        input: input({
          identityCode: generateTestIdentityCode(new Date("1991-01-09"), 990),
          contact: { streetAddress: "Avoin tie 2", municipalityCode: "049" },
        }),
      });
      const data = await world.ok(read, { id: other.createClient.client.id });
      expect(data.client.contact).toMatchObject({ streetAddress: "Avoin tie 2", municipalityCode: "049" });
    });

    it("hides address and municipality from everyone while no responsible worker is known, the client included", async () => {
      for (const viewer of [world.worker, clientViewer(id), professional(world.county, { id: responsible })]) {
        const response = await world.run(read, { id }, viewer);
        expect(response.data.client.contact).toBeNull();
        // Quoted, so that a random UUID containing 091 cannot match.
        expect(JSON.stringify(response)).not.toMatch(/Salainen|"00100"|"091"|\+358/);
      }
    });

    it("shows them to the responsible worker the teams subgraph announced, and to nobody else", async () => {
      await world.bus.publish("silta:events:teams", [
        {
          id: randomUUID(),
          type: "client.responsible_worker_assigned",
          source: "teams",
          aggregateType: "Client",
          aggregateId: id,
          occurredAt: new Date().toISOString(),
          actorId: "test",
          schemaVersion: 1,
          data: {
            clientId: id,
            professionalId: responsible,
            organizationId: world.county,
            previousProfessionalId: null,
            since: "2026-01-01",
          },
        },
      ]);
      await waitFor(async () => (await world.prisma.responsibleWorker.count({ where: { clientId: id } })) === 1);
      const own = await world.ok(read, { id }, professional(world.county, { id: responsible }));
      expect(own.client.contact).toMatchObject({ streetAddress: "Salainen tie 1", municipalityCode: "091" });
      const other = await world.ok(read, { id });
      expect(other.client.contact).toBeNull();
    });

    it("never lets an older, redelivered assignment replace a newer one", async () => {
      const later = randomUUID();
      const event = (professionalId: string, occurredAt: string) => ({
        id: randomUUID(),
        type: "client.responsible_worker_assigned",
        source: "teams",
        aggregateType: "Client",
        aggregateId: id,
        occurredAt,
        actorId: "test",
        schemaVersion: 1,
        data: { clientId: id, professionalId, organizationId: world.county, previousProfessionalId: null, since: "2026-02-01" },
      });
      await world.bus.publish("silta:events:teams", [
        event(later, "2099-01-01T00:00:00Z"),
        event(responsible, "2026-01-01T00:00:00Z"),
      ]);
      await waitFor(
        async () => (await world.prisma.responsibleWorker.findUnique({ where: { clientId: id } }))?.professionalId === later,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await world.prisma.responsibleWorker.findUnique({ where: { clientId: id } }))?.professionalId).toBe(later);
    });
  });

  describe("updating", () => {
    it("changes only the fields given and publishes client.updated with the order flag", async () => {
      const id = await world.createClient({ firstName: "Juho" });
      const data = await world.ok(
        `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { firstName lastName hasNonDisclosureOrder } }`,
        { input: { id, lastName: "Lehtonen", hasNonDisclosureOrder: true } },
      );
      expect(data.updateClient).toEqual({ firstName: "Juho", lastName: "Lehtonen", hasNonDisclosureOrder: true });
      const events = (await world.events("client.updated")).filter((e) => e.aggregateId === id);
      expect(events.map((e) => e.data.hasNonDisclosureOrder)).toEqual([true]);
      // Envelope 2: the client's second version; the changed name is named, never carried.
      const rows = await world.prisma.outboxEvent.findMany({ where: { aggregateId: id }, orderBy: { id: "asc" } });
      expect(rows.map((row) => [row.type, row.aggregateVersion, row.changedFields])).toEqual([
        ["client.created", 1, ["clientId", "controllerOrganizationId", "hasNonDisclosureOrder"]],
        ["client.updated", 2, ["lastName", "hasNonDisclosureOrder"]],
      ]);
      expect(JSON.stringify(rows.map((row) => row.data))).not.toContain("Lehtonen");
    });
  });

  it("does not let a client lift their own non-disclosure order or edit their record", async () => {
    const id = await world.createClient({ hasNonDisclosureOrder: true });
    const extensions = await world.failure(
      `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { id } }`,
      { input: { id, hasNonDisclosureOrder: false } },
      clientViewer(id),
    );
    expect(extensions).toMatchObject({ code: "FORBIDDEN", reason: "professionals_only" });
    expect((await world.prisma.client.findUniqueOrThrow({ where: { id } })).hasNonDisclosureOrder).toBe(true);
  });

  describe("searching", () => {
    const marker = `Zyx${randomUUID().slice(0, 6)}`;
    beforeAll(async () => {
      for (const first of ["Aada", "Bertta", "Cecilia", "Daniel", "Eino"])
        await world.createClient({ firstName: first, lastName: marker });
    });

    it("pages through name matches in order with cursors", async () => {
      const page1 = await world.ok(search, { search: { name: marker.toLowerCase() }, first: 2 });
      expect(page1.clients.edges.map((e: any) => e.node.firstName)).toEqual(["Aada", "Bertta"]);
      expect(page1.clients.pageInfo.hasNextPage).toBe(true);
      const page2 = await world.ok(search, { search: { name: marker }, first: 2, after: page1.clients.pageInfo.endCursor });
      expect(page2.clients.edges.map((e: any) => e.node.firstName)).toEqual(["Cecilia", "Daniel"]);
      const page3 = await world.ok(search, { search: { name: marker }, first: 2, after: page2.clients.pageInfo.endCursor });
      expect(page3.clients.edges.map((e: any) => e.node.firstName)).toEqual(["Eino"]);
      expect(page3.clients.pageInfo.hasNextPage).toBe(false);
    });

    it("matches every name word against the start of first or last name", async () => {
      const data = await world.ok(search, { search: { name: `cec ${marker.slice(0, 5)}` } });
      expect(data.clients.edges.map((e: any) => e.node.firstName)).toEqual(["Cecilia"]);
    });

    it("takes % and _ in a name word literally, and narrows a name by birth date", async () => {
      expect((await world.ok(search, { search: { name: "%%" } })).clients.edges).toEqual([]);
      expect((await world.ok(search, { search: { name: `${marker.slice(0, 3)}__` } })).clients.edges).toEqual([]);
      const surname = `Qwv${randomUUID().slice(0, 6)}`;
      await world.createClient({ firstName: "Fanny", lastName: surname, birthDate: "1999-09-08" });
      const born = await world.createClient({ firstName: "Fanny", lastName: surname, birthDate: "1999-09-09" });
      const data = await world.ok(search, { search: { name: surname, birthDate: "1999-09-09" } });
      expect(data.clients.edges.map((e: any) => e.node.id)).toEqual([born]);
    });

    it("finds a client by identity code through the keyed hash, and by birth date", async () => {
      const code = generateTestIdentityCode(new Date("1960-12-24"), 912);
      const created = await world.ok(create, { input: input({ identityCode: code }) });
      const byCode = await world.ok(search, { search: { identityCode: code } });
      expect(byCode.clients.edges.map((e: any) => e.node.id)).toEqual([created.createClient.client.id]);
      const byDate = await world.ok(search, { search: { birthDate: "1960-12-24" } });
      expect(byDate.clients.edges.map((e: any) => e.node.id)).toContain(created.createClient.client.id);
    });

    it("shows a client viewer only themself among the matches", async () => {
      const [aada] = (await world.ok(search, { search: { name: marker } })).clients.edges.map((e: any) => e.node.id);
      const data = await world.ok(search, { search: { name: marker } }, clientViewer(aada));
      expect(data.clients.edges.map((e: any) => e.node.id)).toEqual([aada]);
    });

    it.each([
      [{ search: {} }, "search", "criteria_required"],
      [{ search: { name: "a" } }, "search.name", "min_length"],
      [{ search: { identityCode: "131052-308U" } }, "search.identityCode", "check_character"],
      [{ search: { name: "aino" }, after: "forged" }, "after", "cursor"],
      [{ search: { name: "aino" }, first: 0 }, "first", "range"],
    ])("rejects %j naming the field", async (variables, field, rule) => {
      expect(await world.failure(search, variables)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    });
  });

  describe("client relationships (asiakassuhde)", () => {
    const start = `mutation ($input: StartClientRelationshipInput!) { startClientRelationship(input: $input) { id serviceTask since until isActive organization { id } } }`;
    const end = `mutation ($input: EndClientRelationshipInput!) { endClientRelationship(input: $input) { id until isActive } }`;

    it("starts and ends a relationship, idempotently, publishing the contract's events", async () => {
      const clientId = await world.createClient();
      const id = randomUUID();
      const variables = {
        input: { id, clientId, organizationId: world.county, serviceTask: "child_protection", since: "2026-01-15" },
      };
      const started = await world.ok(start, variables);
      await world.ok(start, variables);
      expect(started.startClientRelationship).toMatchObject({
        id,
        isActive: true,
        until: null,
        organization: { id: world.county },
      });
      const ended = await world.ok(end, { input: { relationshipId: id, until: "2026-02-01" } });
      await world.ok(end, { input: { relationshipId: id, until: "2026-02-01" } });
      expect(ended.endClientRelationship).toMatchObject({ until: "2026-02-01", isActive: false });
      const events = (await world.events()).filter((e) => e.aggregateId === clientId && e.type.startsWith("client.relationship"));
      expect(events).toEqual([
        {
          type: "client.relationship_started",
          aggregateId: clientId,
          data: {
            clientId,
            relationshipId: id,
            organizationId: world.county,
            serviceTask: "child_protection",
            since: "2026-01-15",
            until: null,
          },
        },
        { type: "client.relationship_ended", aggregateId: clientId, data: { clientId, relationshipId: id, until: "2026-02-01" } },
      ]);
      const listed = await world.ok(
        `query ($id: ID!) { client(id: $id) { all: relationships(includeEnded: true) { id } open: relationships { id } } }`,
        {
          id: clientId,
        },
      );
      expect(listed.client).toEqual({ all: [{ id }], open: [] });
    });

    it.each([
      [{ serviceTask: "Child Protection" }, "input.serviceTask", "code"],
      [{ until: "2025-01-01" }, "input.until", "not_before_since"],
      [{ organizationId: "x" }, "input.organizationId", "uuid"],
    ])("rejects %j", async (fields, field, rule) => {
      const clientId = await world.createClient();
      const extensions = await world.failure(start, {
        input: { clientId, organizationId: world.county, serviceTask: "family_social_work", since: "2026-01-15", ...fields },
      });
      expect(extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect(await world.prisma.clientRelationship.count({ where: { clientId } })).toBe(0);
    });
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("condition not met in time");
}
