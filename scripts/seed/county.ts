import { publishAccessEvent } from "./accessEvents";
import { isoDay } from "./days";
import { countyName, femaleFirstNames, lastNames, maleFirstNames, municipalityNames } from "./names";
import { Random } from "./random";
import type { RowSink } from "./tables";
import { ngoNames, unitKinds, units, type UnitKind } from "./units";
import { WorkContacts } from "./workContacts";

/**
 * The standing part of a generated county: its municipalities, organisations and their
 * professionals, and the teams that exist before any client (area teams, family centre teams, the
 * regional steering group). Client teams are made per family, in families.ts.
 */
export interface Organization {
  id: string;
  name: string;
  kind: UnitKind;
  county: boolean;
}

export interface Professional {
  id: string;
  organization: Organization;
  profession: string;
  manager: boolean;
  active: boolean;
}

export interface StandingTeam {
  id: string;
  members: Professional[];
}

export interface Municipality {
  name: string;
  /** Share of the county's clients living here. */
  weight: number;
  areaTeams: StandingTeam[];
  familyCentreTeams: StandingTeam[];
}

export interface County {
  today: number;
  municipalities: Municipality[];
  professionals: Professional[];
  /** The organisations of a kind that serve a municipality: its own unit, or the county-wide ones. */
  organizations(kind: UnitKind, municipality: number): readonly Organization[];
  /** Active staff (managers excluded) of those organisations. */
  staff(kind: UnitKind, municipality: number): readonly Professional[];
}

/** Professionals per client, across all organisations (about one per 60). */
const CLIENTS_PER_PROFESSIONAL = 60;
/** One area team (aluetiimi) per this many of a municipality's clients, and one family centre team per twice as many. */
const CLIENTS_PER_AREA_TEAM = 3_000;
const CLIENTS_PER_FAMILY_CENTRE_TEAM = 6_000;
/** Municipalities share an employment area (työllisyysalue) three at a time. */
const MUNICIPALITIES_PER_EMPLOYMENT_AREA = 3;

export function buildCounty(clients: number, seed: number, today: number, sink: RowSink): County {
  const random = new Random(seed, "county");
  const ids = new Random(seed, "county ids");
  const municipalityCount = Math.min(municipalityNames.length, 1 + Math.floor(clients / 15_000));
  const rawWeights = Array.from({ length: municipalityCount }, (_, i) => 1 / (i + 1) ** 0.8);
  const weightSum = rawWeights.reduce((sum, weight) => sum + weight, 0);
  const municipalities: Municipality[] = rawWeights.map((weight, i) => ({
    name: municipalityNames[i] as string,
    weight: weight / weightSum,
    areaTeams: [],
    familyCentreTeams: [],
  }));

  // Organisations, each with the share of the professionals it employs.
  const served = new Map<string, Organization[]>();
  const plans: { organization: Organization; share: number }[] = [];
  const countyBusinessId = businessId(random);
  const municipalBusinessIds = municipalities.map(() => businessId(random));
  const addOrganization = (kind: UnitKind, name: string, businessIdValue: string, share: number, serves: number[]) => {
    const spec = units[kind];
    const organization: Organization = { id: ids.uuid(), name, kind, county: spec.county };
    sink.add("organization", [organization.id, name, spec.type, businessIdValue, spec.county]);
    publishAccessEvent(sink, {
      type: "organization.created",
      data: { organizationId: organization.id, type: spec.type, isCountyOrganization: spec.county },
    });
    plans.push({ organization, share });
    for (const municipality of serves) {
      const key = `${kind}:${municipality}`;
      served.set(key, [...(served.get(key) ?? []), organization]);
    }
  };
  const everywhere = municipalities.map((_, i) => i);
  for (const kind of unitKinds) {
    const spec = units[kind];
    if (kind === "employmentServices") {
      for (let first = 0; first < municipalityCount; first += MUNICIPALITIES_PER_EMPLOYMENT_AREA) {
        const area = everywhere.slice(first, first + MUNICIPALITIES_PER_EMPLOYMENT_AREA);
        const share = area.reduce((sum, i) => sum + (municipalities[i] as Municipality).weight, 0);
        const name = `${(municipalities[first] as Municipality).name} employment area`;
        addOrganization(kind, name, municipalBusinessIds[first] as string, spec.staffShare * share, area);
      }
    } else if (spec.local) {
      municipalities.forEach((municipality, i) => {
        const name = localName(kind, municipality.name);
        const id = spec.county ? countyBusinessId : kind === "parish" ? businessId(random) : (municipalBusinessIds[i] as string);
        addOrganization(kind, name, id, spec.staffShare * municipality.weight, [i]);
      });
    } else if (kind === "ngo") {
      const count = Math.min(ngoNames.length, 2 + Math.ceil(municipalityCount / 2));
      for (const ngo of ngoNames.slice(0, count)) {
        addOrganization(kind, `${countyName} ${ngo}`, businessId(random), spec.staffShare / count, everywhere);
      }
    } else if (kind === "kela") {
      addOrganization(kind, `Kela, ${countyName} insurance district`, "0246246-0", spec.staffShare, everywhere);
    } else {
      addOrganization(
        kind,
        `${countyName} county ${countyUnitNames[kind] ?? kind}`,
        countyBusinessId,
        spec.staffShare,
        everywhere,
      );
    }
  }

  // Professionals: a manager first, then staff in the unit's mix of professions.
  const target = Math.max(plans.length * 2, Math.round(clients / CLIENTS_PER_PROFESSIONAL));
  const professionals: Professional[] = [];
  const staffByOrganization = new Map<string, Professional[]>();
  const workContacts = new WorkContacts();
  for (const { organization, share } of plans) {
    const spec = units[organization.kind];
    const count = Math.max(2, Math.round(target * share));
    const staff: Professional[] = [];
    for (let i = 0; i < count; i += 1) {
      const manager = i === 0;
      const profession = manager ? spec.manager : random.weighted(spec.professions);
      const professional: Professional = {
        id: ids.uuid(),
        organization,
        profession,
        manager,
        active: manager || random.chance(0.95),
      };
      const firstName = random.pick(random.chance(0.75) ? femaleFirstNames : maleFirstNames);
      const lastName = random.pick(lastNames);
      const { workPhone, workEmail } = workContacts.next(firstName, lastName, organization);
      sink.add("professional", [
        professional.id,
        firstName,
        lastName,
        profession,
        organization.id,
        professional.active,
        unitOf(organization, i, count),
        workPhone,
        workEmail,
      ]);
      professionals.push(professional);
      if (!manager && professional.active) staff.push(professional);
    }
    staffByOrganization.set(organization.id, staff);
  }

  const organizations = (kind: UnitKind, municipality: number) => served.get(`${kind}:${municipality}`) ?? [];
  const staffCache = new Map<string, Professional[]>();
  const staff = (kind: UnitKind, municipality: number) => {
    const key = `${kind}:${municipality}`;
    let found = staffCache.get(key);
    if (!found) {
      found = organizations(kind, municipality).flatMap((organization) => staffByOrganization.get(organization.id) ?? []);
      staffCache.set(key, found);
    }
    return found;
  };
  const county: County = { today, municipalities, professionals, organizations, staff };

  // Standing teams.
  const addTeam = (name: string, kind: string, members: Professional[], roles: (index: number) => string): StandingTeam => {
    const team: StandingTeam = { id: ids.uuid(), members };
    sink.add("team", [team.id, name, kind]);
    members.forEach((member, index) => {
      const since = today - random.int(60, 5 * 365);
      const until = random.chance(0.08) ? isoDay(random.int(since + 30, today - 1)) : null;
      sink.add("team_membership", [ids.uuid(), team.id, member.id, roles(index), isoDay(since), until]);
      publishAccessEvent(sink, {
        type: "team.member_added",
        data: {
          teamId: team.id,
          professionalId: member.id,
          organizationId: member.organization.id,
          role: roles(index),
          since: isoDay(since),
          until,
        },
      });
    });
    return team;
  };
  municipalities.forEach((municipality, i) => {
    const areaTeams = Math.max(1, Math.round((clients * municipality.weight) / CLIENTS_PER_AREA_TEAM));
    for (let n = 0; n < areaTeams; n += 1) {
      const members = drawMembers(random, county, i, areaTeamKinds, random.int(8, 14));
      const area = areaTeams === 1 ? "" : areaTeams <= areaNames.length ? ` ${areaNames[n]}` : ` ${n + 1}`;
      const name = `${municipality.name}${area} area team`;
      municipality.areaTeams.push(addTeam(name, "AREA_TEAM", members, (index) => (index === 0 ? "coordinator" : "member")));
    }
    const familyCentreTeams = Math.max(1, Math.round((clients * municipality.weight) / CLIENTS_PER_FAMILY_CENTRE_TEAM));
    for (let n = 0; n < familyCentreTeams; n += 1) {
      const members = drawMembers(random, county, i, familyCentreTeamKinds, random.int(6, 10));
      const name = `${municipality.name} family centre team${familyCentreTeams > 1 ? ` ${n + 1}` : ""}`;
      municipality.familyCentreTeams.push(
        addTeam(name, "FAMILY_CENTRE_TEAM", members, (index) => (index === 0 ? "coordinator" : "member")),
      );
    }
  });
  const steering = professionals.filter((professional) => professional.manager && professional.organization.county).slice(0, 8);
  const outside = professionals.filter((professional) => professional.manager && !professional.organization.county);
  addTeam(
    `${countyName} steering group for multidisciplinary work`,
    "STEERING_GROUP",
    [...steering, ...outside.slice(0, 3)],
    (index) => (index === 0 ? "chair" : "member"),
  );
  return county;
}

/** Staff per unit (yksikkö) inside an organisation with many professionals. */
const STAFF_PER_UNIT = 15;

/**
 * The unit a professional works in (`professional.unit`): large organisations are split into
 * numbered units of about fifteen, the manager heading the first; small ones are a single unit.
 */
function unitOf(organization: Organization, index: number, staff: number): string {
  if (staff <= STAFF_PER_UNIT) return organization.name;
  return `${organization.name}, unit ${1 + Math.floor(index / STAFF_PER_UNIT)}`;
}

/** Distinct active professionals of the given kinds serving a municipality, `count` of them at most. */
export function drawMembers(
  random: Random,
  county: County,
  municipality: number,
  kinds: Readonly<Partial<Record<UnitKind, number>>>,
  count: number,
): Professional[] {
  const members = new Set<Professional>();
  for (let attempt = 0; attempt < count * 3 && members.size < count; attempt += 1) {
    const candidates = county.staff(random.weighted(kinds as Record<UnitKind, number>), municipality);
    if (candidates.length > 0) members.add(random.pick(candidates));
  }
  return [...members];
}

const areaTeamKinds: Partial<Record<UnitKind, number>> = {
  familySocialServices: 3,
  adultSocialWork: 3,
  childProtection: 2,
  healthCare: 2,
  mentalHealth: 2,
  disabilityServices: 1,
  familyCentre: 1,
  education: 1,
  employmentServices: 1,
  kela: 0.5,
  parish: 0.5,
  ngo: 1,
};

const familyCentreTeamKinds: Partial<Record<UnitKind, number>> = {
  familyCentre: 4,
  familySocialServices: 2,
  earlyChildhoodEducation: 2,
  parish: 1,
  ngo: 1,
};

const areaNames = ["north", "south", "east", "west", "centre", "lakeside"];

const countyUnitNames: Partial<Record<UnitKind, string>> = {
  childProtection: "child protection",
  familySocialServices: "family social services",
  adultSocialWork: "adult social work",
  disabilityServices: "disability services",
  healthCare: "health care",
  mentalHealth: "mental health and substance abuse services",
};

function localName(kind: UnitKind, municipality: string): string {
  if (kind === "familyCentre") return `${countyName} county family centre ${municipality}`;
  if (kind === "education") return `${municipality} education services`;
  if (kind === "earlyChildhoodEducation") return `${municipality} early childhood education`;
  if (kind === "parish") return `${municipality} parish`;
  return `${municipality} ${kind}`;
}

/** A business ID (Y-tunnus) with a valid check digit: seven digits weighted 7 9 10 5 8 4 2, mod 11. */
export function businessId(random: Random): string {
  for (;;) {
    const digits = String(random.int(1_000_000, 3_499_999)).padStart(7, "0");
    const remainder = [7, 9, 10, 5, 8, 4, 2].reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11;
    if (remainder === 1) continue;
    return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}
