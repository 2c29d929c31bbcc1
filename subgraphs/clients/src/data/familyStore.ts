import { badUserInput, notFound, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { type IdempotencyClaim, sameOrConflict, withIdempotency } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import type { Family, FamilyRelation, Guardianship } from "./prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface NewFamily {
  id: string;
  name: string | null;
  members: { clientId: string; relation: FamilyRelation }[];
}

async function assertClientsExist(tx: Tx, field: string, clientIds: string[]): Promise<void> {
  const found = new Set(
    (await tx.client.findMany({ where: { id: { in: clientIds }, mergedIntoId: null }, select: { id: true } })).map((c) => c.id),
  );
  const missing = clientIds.findIndex((id) => !found.has(id));
  if (missing >= 0) throw badUserInput(field.replace("#", String(missing)), "client_exists", `No client with that id exists.`);
}

function memberEvent(tx: Tx, type: string, familyId: string, clientId: string, relation: FamilyRelation | null, viewer: Viewer) {
  return recordEvent(tx, {
    type,
    aggregateType: "Family",
    aggregateId: familyId,
    actorId: viewer.id,
    data: { familyId, clientId, relation },
  });
}

/** Creates a family with its members; the same id again returns it when the members match. */
export async function createFamily(prisma: PrismaClient, family: NewFamily, viewer: Viewer): Promise<Family> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.family.findUnique({ where: { id: family.id }, include: { members: true } });
    if (existing) {
      const members = (rows: { clientId: string; relation: string }[]) => rows.map((m) => `${m.clientId}:${m.relation}`);
      return sameOrConflict(
        "Family",
        family.id,
        existing,
        { name: existing.name, members: members(existing.members) },
        { name: family.name, members: members(family.members) },
      );
    }
    await assertClientsExist(
      tx,
      "input.members.#.clientId",
      family.members.map((m) => m.clientId),
    );
    const created = await tx.family.create({ data: { id: family.id, name: family.name } });
    await tx.familyMember.createMany({ data: family.members.map((m) => ({ ...m, familyId: family.id })) });
    await recordEvent(tx, {
      type: "family.created",
      aggregateType: "Family",
      aggregateId: family.id,
      actorId: viewer.id,
      data: { familyId: family.id },
    });
    for (const member of family.members)
      await memberEvent(tx, "family.member_added", family.id, member.clientId, member.relation, viewer);
    return created;
  });
}

/** Adds a member, or changes their relation; adding the same again changes nothing. */
export async function addFamilyMember(
  prisma: PrismaClient,
  familyId: string,
  clientId: string,
  relation: FamilyRelation,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<Family> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const family = await tx.family.findUnique({ where: { id: familyId } });
        if (!family) throw notFound("Family", familyId);
        await assertClientsExist(tx, "input.clientId", [clientId]);
        const current = await tx.familyMember.findUnique({ where: { familyId_clientId: { familyId, clientId } } });
        if (current?.relation === relation) return family;
        await tx.familyMember.upsert({
          where: { familyId_clientId: { familyId, clientId } },
          create: { familyId, clientId, relation },
          update: { relation },
        });
        await memberEvent(tx, "family.member_added", familyId, clientId, relation, viewer);
        return family;
      },
      (result) => [result.id],
    ),
  );
}

export async function removeFamilyMember(
  prisma: PrismaClient,
  familyId: string,
  clientId: string,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<Family> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const family = await tx.family.findUnique({ where: { id: familyId } });
        if (!family) throw notFound("Family", familyId);
        const removed = await tx.familyMember.deleteMany({ where: { familyId, clientId } });
        if (removed.count > 0) await memberEvent(tx, "family.member_removed", familyId, clientId, null, viewer);
        return family;
      },
      (result) => [result.id],
    ),
  );
}

/** Age in whole years on a day, from ISO days. */
function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export interface NewGuardianship {
  childClientId: string;
  guardianClientId: string;
  since: LocalDate;
  until: LocalDate | null;
}

/**
 * Guardianship (huoltajuus) is of a minor: the child must be under 18 on `since`, the guardian an
 * adult. An open guardianship of the same pair is returned as it is (a retry changes nothing).
 */
export async function addGuardian(
  prisma: PrismaClient,
  input: NewGuardianship,
  viewer: Viewer,
  newId: string,
  claim?: IdempotencyClaim,
): Promise<Guardianship> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const people = await tx.client.findMany({
          where: { id: { in: [input.childClientId, input.guardianClientId] }, mergedIntoId: null },
        });
        const child = people.find((p) => p.id === input.childClientId);
        const guardian = people.find((p) => p.id === input.guardianClientId);
        if (!child) throw badUserInput("input.childClientId", "client_exists", "No client with that id exists.");
        if (!guardian) throw badUserInput("input.guardianClientId", "client_exists", "No client with that id exists.");
        if (child.birthDate && ageOn(LocalDate.fromDb(child.birthDate), input.since) >= 18)
          throw badUserInput(
            "input.childClientId",
            "minor",
            "Guardianship is of a minor: the child is 18 or older on input.since.",
          );
        if (guardian.birthDate && ageOn(LocalDate.fromDb(guardian.birthDate), input.since) < 18)
          throw badUserInput("input.guardianClientId", "adult", "A guardian must be 18 or older on input.since.");
        const open = await tx.guardianship.findFirst({
          where: { childClientId: input.childClientId, guardianClientId: input.guardianClientId, until: null },
        });
        if (open) return open;
        const created = await tx.guardianship.create({
          data: {
            id: newId,
            childClientId: input.childClientId,
            guardianClientId: input.guardianClientId,
            since: LocalDate.toDb(input.since),
            until: input.until ? LocalDate.toDb(input.until) : null,
          },
        });
        await recordEvent(tx, {
          type: "family.guardian_added",
          aggregateType: "Client",
          aggregateId: input.childClientId,
          actorId: viewer.id,
          data: { ...input },
        });
        return created;
      },
      (result) => [result.id],
    ),
  );
}

/** Ends the open guardianship of the pair on `until`; ending an already ended one on the same day changes nothing. */
export async function removeGuardian(
  prisma: PrismaClient,
  childClientId: string,
  guardianClientId: string,
  until: LocalDate,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<Guardianship> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const open = await tx.guardianship.findFirst({ where: { childClientId, guardianClientId, until: null } });
        if (!open) {
          const ended = await tx.guardianship.findFirst({
            where: { childClientId, guardianClientId, until: LocalDate.toDb(until) },
          });
          if (ended) return ended;
          throw badUserInput(
            "input.guardianClientId",
            "guardianship_exists",
            "That client is not a current guardian of the child.",
          );
        }
        if (until < LocalDate.fromDb(open.since))
          throw badUserInput("input.until", "not_before_since", "input.until must not be before the guardianship began.");
        const ended = await tx.guardianship.update({ where: { id: open.id }, data: { until: LocalDate.toDb(until) } });
        await recordEvent(tx, {
          type: "family.guardian_removed",
          aggregateType: "Client",
          aggregateId: childClientId,
          actorId: viewer.id,
          data: { childClientId, guardianClientId, until },
        });
        return ended;
      },
      (result) => [result.id],
    ),
  );
}

/**
 * Whether `clientId` counts as family for a subject: the client themself, a member of one of the
 * client's families, or (for a family) one of its members.
 */
export async function isFamilyOf(
  prisma: PrismaClient,
  subject: { clientId: string | null; familyId: string | null },
  clientId: string,
): Promise<boolean> {
  if (subject.familyId) return (await prisma.familyMember.count({ where: { familyId: subject.familyId, clientId } })) > 0;
  if (subject.clientId === clientId) return true;
  const shared = await prisma.familyMember.count({
    where: { clientId, family: { members: { some: { clientId: subject.clientId! } } } },
  });
  return shared > 0;
}
