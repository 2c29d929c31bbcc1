import { randomUUID } from "node:crypto";
import { clientViewer, professional } from "@silta/testkit";
import { generateTestIdentityCode } from "../src/domain/identityCode";
import { startClientsWorld, type ClientsWorld } from "./support";

const createFamily = `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id name members { relation client { id } } } }`;
const addGuardian = `mutation ($input: AddGuardianInput!) { addGuardian(input: $input) { since until guardian { id } child { id } } }`;
const removeGuardian = `mutation ($input: RemoveGuardianInput!) { removeGuardian(input: $input) { until } }`;

describe("families (perhe) and guardianship", () => {
  let world: ClientsWorld;
  let child: string, mother: string, father: string;

  beforeAll(async () => {
    world = await startClientsWorld("families");
    child = await world.createClient({
      identityCode: generateTestIdentityCode(new Date("2016-05-02"), 920),
      temporaryIdentifier: null,
    });
    mother = await world.createClient({
      identityCode: generateTestIdentityCode(new Date("1988-04-12"), 922),
      temporaryIdentifier: null,
    });
    father = await world.createClient({
      identityCode: generateTestIdentityCode(new Date("1986-01-30"), 921),
      temporaryIdentifier: null,
    });
  });
  afterAll(() => world?.stop());

  it("creates a family with its members and their relations, once per id", async () => {
    const id = randomUUID();
    const input = {
      id,
      name: "Virtanen family",
      members: [
        { clientId: child, relation: "CHILD" },
        { clientId: mother, relation: "PARENT" },
      ],
    };
    const data = await world.ok(createFamily, { input });
    await world.ok(createFamily, { input });
    expect(data.createFamily.members).toEqual(
      expect.arrayContaining([
        { relation: "CHILD", client: { id: child } },
        { relation: "PARENT", client: { id: mother } },
      ]),
    );
    expect((await world.events("family.member_added")).filter((e) => e.aggregateId === id)).toHaveLength(2);
    expect(
      (await world.failure(createFamily, { input: { ...input, members: [{ clientId: child, relation: "CHILD" }] } })).code,
    ).toBe("CONFLICT");

    const memberships = await world.ok(`query ($id: ID!) { client(id: $id) { families { relation family { id name } } } }`, {
      id: mother,
    });
    expect(memberships.client.families).toEqual([{ relation: "PARENT", family: { id, name: "Virtanen family" } }]);
  });

  it("adds and removes members", async () => {
    const id = (await world.ok(createFamily, { input: { members: [{ clientId: child, relation: "CHILD" }] } })).createFamily.id;
    await world.ok(`mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`, {
      input: { familyId: id, clientId: father, relation: "PARENT" },
    });
    const removed = await world.ok(
      `mutation ($input: RemoveFamilyMemberInput!) { removeFamilyMember(input: $input) { members { client { id } } } }`,
      {
        input: { familyId: id, clientId: child },
      },
    );
    expect(removed.removeFamilyMember.members).toEqual([{ client: { id: father } }]);
  });

  it.each([
    [{ members: [{ clientId: "x", relation: "CHILD" }] }, "input.members[0].clientId", "uuid"],
    [
      { members: [{ clientId: "00000000-0000-4000-8000-000000000000", relation: "CHILD" }] },
      "input.members.0.clientId",
      "client_exists",
    ],
  ])("rejects %j", async (input, field, rule) => {
    const before = await world.prisma.family.count();
    expect(await world.failure(createFamily, { input })).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    expect(await world.prisma.family.count()).toBe(before);
  });

  it("rejects a client listed twice", async () => {
    const input = {
      members: [
        { clientId: child, relation: "CHILD" },
        { clientId: child, relation: "SIBLING" },
      ],
    };
    expect(await world.failure(createFamily, { input })).toMatchObject({ field: "input.members.1.clientId", rule: "unique" });
  });

  it("records guardianship of a minor, publishing the contract's events, and ends it", async () => {
    const data = await world.ok(addGuardian, { input: { childClientId: child, guardianClientId: mother, since: "2016-05-02" } });
    await world.ok(addGuardian, { input: { childClientId: child, guardianClientId: mother, since: "2016-05-02" } });
    expect(data.addGuardian).toEqual({ since: "2016-05-02", until: null, guardian: { id: mother }, child: { id: child } });
    const guardians = await world.ok(`query ($id: ID!) { client(id: $id) { guardians { guardian { id } } } }`, { id: child });
    expect(guardians.client.guardians).toEqual([{ guardian: { id: mother } }]);

    await world.ok(removeGuardian, { input: { childClientId: child, guardianClientId: mother, until: "2026-01-31" } });
    await world.ok(removeGuardian, { input: { childClientId: child, guardianClientId: mother, until: "2026-01-31" } });
    const events = (await world.events()).filter((e) => e.type.startsWith("family.guardian") && e.aggregateId === child);
    expect(events).toEqual([
      {
        type: "family.guardian_added",
        aggregateId: child,
        data: { childClientId: child, guardianClientId: mother, since: "2016-05-02", until: null },
      },
      {
        type: "family.guardian_removed",
        aggregateId: child,
        data: { childClientId: child, guardianClientId: mother, until: "2026-01-31" },
      },
    ]);
  });

  it.each([
    [
      "an adult as the child",
      () => ({ childClientId: mother, guardianClientId: father, since: "2026-01-01" }),
      "input.childClientId",
      "minor",
    ],
    [
      "a minor as the guardian",
      () => ({ childClientId: father, guardianClientId: child, since: "2000-01-01" }),
      "input.guardianClientId",
      "adult",
    ],
    [
      "the child as their own guardian",
      () => ({ childClientId: child, guardianClientId: child, since: "2020-01-01" }),
      "input.guardianClientId",
      "not_self",
    ],
    [
      "an end before the start",
      () => ({ childClientId: child, guardianClientId: father, since: "2020-01-01", until: "2019-01-01" }),
      "input.until",
      "not_before_since",
    ],
  ])("refuses %s", async (_what, input, field, rule) => {
    expect(await world.failure(addGuardian, { input: input() })).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
  });

  it("shows a family only to whoever may see a member, and only those members", async () => {
    const other = await world.createClient();
    const id = (
      await world.ok(createFamily, {
        input: {
          members: [
            { clientId: child, relation: "CHILD" },
            { clientId: other, relation: "SIBLING" },
          ],
        },
      })
    ).createFamily.id;
    const asOther = await world.ok(
      `query ($id: ID!) { family(id: $id) { members { client { id } } } }`,
      { id },
      clientViewer(other),
    );
    expect(asOther.family.members).toEqual([{ client: { id: other } }]);
    const outsider = await world.run(`query ($id: ID!) { family(id: $id) { id } }`, { id }, professional(world.city));
    expect(outsider.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    // A family nobody has answers exactly so: a family id cannot be probed.
    const nobody = await world.run(`query ($id: ID!) { family(id: $id) { id } }`, { id: randomUUID() }, professional(world.city));
    const shape = (answer: typeof outsider) =>
      answer.errors?.map((error) => [error.message, error.path, { ...error.extensions, requestId: null }]);
    expect(shape(nobody)).toEqual(shape(outsider));
  });
});
