import { generateTestIdentityCode } from "@silta/clients/identityCode";
import { ageOn, deriveEpisode, type FitConfiguration, type ScoredInput } from "@silta/fit";
import { publishAccessEvent } from "./accessEvents";
import { writeCasework } from "./casework";
import { drawMembers, type County, type Organization, type Professional } from "./county";
import { dateOfDay, isoDay, isoTimestamp, officeSeconds } from "./days";
import { decimal, instrumentsForAge, itemsLiteral, outcomeTrajectory, sessionRatings, splitIntoItems } from "./fitScores";
import { femaleFirstNames, lastNames, maleFirstNames } from "./names";
import { Random } from "./random";
import type { RowSink } from "./tables";
import { socialServiceKinds, type UnitKind } from "./units";

/**
 * One family (1–5 clients) at a time: the clients, the team that works with them, their consents
 * to organisations outside the county, and their FIT scores over an episode of sessions.
 */
export interface FamilyOptions {
  seed: number;
  /** What is stored of an identity code: `client.identity_code_hash`. Tests pass the code through to check it. */
  hashIdentityCode(code: string): string;
  /**
   * `client.identity_code_encrypted` (the clients subgraph's cipher); without it the column stays NULL.
   * The cipher draws a random IV, so this one column differs between runs with the same seed.
   */
  encryptIdentityCode?(code: string): string;
  /**
   * The fit subgraph's scoring configuration in force: with it each measurement is written with the
   * values the hub derives (clinical, change, reliable change, SRS alert), computed by the fit
   * subgraph's own scoring while the episode is in memory; without it those columns stay NULL.
   */
  fitConfiguration?: FitConfiguration;
}

type Path = "clientTeam" | "familyCentreTeam" | "areaTeam" | "none";

interface Member {
  adult: boolean;
  female: boolean;
  /** Age in years (fractional) today. */
  age: number;
  lastName: string;
}

/** A generated client: its id and the birth day of its identity code. */
interface Written {
  id: string;
  member: Member;
  birthDay: number;
}

const DAYS_PER_YEAR = 365.25;
/** Share of families under a non-disclosure order (turvakielto). */
const NON_DISCLOSURE_SHARE = 0.005;
/** Below this age a child does not rate sessions (a parent would, as a collateral rater, not modelled here). */
const YOUNGEST_RATER = 4;

export class FamilyGenerator {
  private readonly people: Random;
  private readonly services: Random;
  private readonly consents: Random;
  private readonly fit: Random;
  /** FIT episodes and sessions, added after the first schema: their own stream, so the scores stay as they were. */
  private readonly fitEpisodes: Random;
  /** Contact details and the records added after the first schema (own streams: the older data stays as it was). */
  private readonly records: Random;
  private readonly casework: Random;
  private readonly ids: Record<
    | "client"
    | "team"
    | "membership"
    | "consent"
    | "measurement"
    | "episode"
    | "session"
    | "responsible"
    | "relationship"
    | "family"
    | "guardianship"
    | "casework",
    Random
  >;
  private readonly codes = new Set<string>();
  private readonly municipalityWeights: Record<string, number>;
  private clientTeams = 0;

  constructor(
    private readonly county: County,
    private readonly options: FamilyOptions,
    private readonly sink: RowSink,
  ) {
    const { seed } = options;
    this.people = new Random(seed, "people");
    this.services = new Random(seed, "services");
    this.consents = new Random(seed, "consents");
    this.fit = new Random(seed, "fit");
    this.fitEpisodes = new Random(seed, "fit episodes");
    this.records = new Random(seed, "records");
    this.casework = new Random(seed, "casework");
    this.ids = {
      responsible: new Random(seed, "responsible worker ids"),
      relationship: new Random(seed, "client relationship ids"),
      family: new Random(seed, "family ids"),
      guardianship: new Random(seed, "guardianship ids"),
      casework: new Random(seed, "casework ids"),
      client: new Random(seed, "client ids"),
      team: new Random(seed, "client team ids"),
      membership: new Random(seed, "client team membership ids"),
      consent: new Random(seed, "consent ids"),
      measurement: new Random(seed, "measurement ids"),
      episode: new Random(seed, "fit episode ids"),
      session: new Random(seed, "fit session ids"),
    };
    this.municipalityWeights = Object.fromEntries(
      county.municipalities.map((municipality, i) => [String(i), municipality.weight]),
    );
  }

  family(size: number): void {
    const { today } = this.county;
    const { people, services } = this;
    const municipality = Number(people.weighted(this.municipalityWeights));

    // The episode: sessions weekly to three-weekly, ending before today. Many short episodes and a
    // few long ones, 6.7 sessions on average: with missed sessions and children too young to rate,
    // about ten scores per client.
    const sessions = Math.min(30, 1 + Math.floor(-6.2 * Math.log(1 - services.next())));
    const start = services.int(today - 3 * 365, today - sessions * 21 - 1);
    const sessionDays: number[] = [start];
    for (let k = 1; k < sessions; k += 1) sessionDays.push((sessionDays[k - 1] as number) + services.int(7, 21));
    const lastSession = sessionDays[sessions - 1] as number;
    const end = services.chance(0.25) ? Math.min(today - 1, lastSession + services.int(0, 45)) : null;

    const members = this.members(size, (today - start + 30) / DAYS_PER_YEAR);
    const children = members.filter((member) => !member.adult);
    const withChildren = children.length > 0;

    // Who is responsible, and which team works with the family.
    const controllerKind: UnitKind = withChildren
      ? services.weighted({ childProtection: 0.25, familySocialServices: 0.5, familyCentre: 0.25 })
      : services.weighted({ adultSocialWork: 0.55, disabilityServices: 0.2, mentalHealth: 0.15, healthCare: 0.1 });
    const controller = services.pick(this.county.organizations(controllerKind, municipality));
    const responsibleKind = socialServiceKinds.includes(controllerKind)
      ? controllerKind
      : withChildren
        ? "familySocialServices"
        : "adultSocialWork";
    const responsible = this.anyone(this.county.staff(responsibleKind, municipality));
    const path: Path = withChildren
      ? services.weighted({ clientTeam: 0.35, familyCentreTeam: 0.35, areaTeam: 0.2, none: 0.1 })
      : services.weighted({ clientTeam: 0.15, areaTeam: 0.6, none: 0.25 });
    const since = isoDay(start);
    const until = end === null ? null : isoDay(end);

    let teamId: string | null = null;
    let team: Professional[] = [responsible];
    if (path === "clientTeam") {
      teamId = this.ids.team.uuid();
      this.clientTeams += 1;
      const kinds = withChildren ? childTeamKinds(children) : adultTeamKinds;
      team = [
        responsible,
        ...drawMembers(services, this.county, municipality, kinds, services.int(2, 4)).filter((p) => p !== responsible),
      ];
      const year = dateOfDay(start).getUTCFullYear();
      this.sink.add("team", [teamId, `Client team ${year}-${String(this.clientTeams).padStart(5, "0")}`, "CLIENT_TEAM"]);
      team.forEach((member, index) => {
        const role = index === 0 ? "responsible_worker" : "member";
        this.sink.add("team_membership", [this.ids.membership.uuid(), teamId, member.id, role, since, until]);
        publishAccessEvent(this.sink, {
          type: "team.member_added",
          data: { teamId, professionalId: member.id, organizationId: member.organization.id, role, since, until },
        });
      });
    } else if (path !== "none") {
      const { areaTeams, familyCentreTeams } = this.county.municipalities[municipality] as County["municipalities"][number];
      const standing = services.pick(path === "areaTeam" ? areaTeams : familyCentreTeams);
      teamId = standing.id;
      if (standing.members.length > 0) team = standing.members;
    }
    const rater = path === "clientTeam" || path === "none" ? responsible : services.pick(team);

    // Consent to outside organisations: most client-team families give it, fewer of the others.
    const consentChance = { clientTeam: 0.8, familyCentreTeam: 0.45, areaTeam: 0.4, none: 0.15 }[path];
    const recipients = this.consents.chance(consentChance) ? this.recipients(team, children, municipality) : [];
    const categories = this.categories();

    const language = people.weighted(languages);
    const household = this.household(municipality);
    const written: Written[] = [];
    for (const member of members) {
      const { id: clientId, birthDay } = this.client(member, controller, language, start, household);
      written.push({ id: clientId, member, birthDay });
      if (teamId) {
        this.sink.add("team_client", [teamId, clientId, since, until]);
        publishAccessEvent(this.sink, { type: "team.client_added", data: { teamId, clientId, since, until } });
      }
      const guardian = member.adult ? null : (written[0] as Written);
      for (const recipient of recipients) this.consent(clientId, recipient, categories, start, responsible, guardian);
      this.measurements(clientId, member, sessionDays, rater, team, {
        birthDay,
        teamId,
        organizationId: controller.id,
        service: serviceTasks[controllerKind] ?? "family_social_work",
        start,
        end,
      });
      this.access(clientId, controller, controllerKind, responsible, start, end, household.nonDisclosure);
    }
    const familyId = this.familyRecords(written, members[0] as Member, start);
    writeCasework(
      {
        subject: { familyId, clientId: familyId ? null : (written[0] as Written).id },
        organizationId: controller.id,
        teamId,
        responsible,
        team,
        service: serviceTasks[controllerKind] ?? "family_social_work",
        start,
        today,
        clientTeam: path === "clientTeam",
      },
      this.casework,
      this.ids.casework,
      this.sink,
    );
  }

  /** Where the household lives; a non-disclosure order (turvakielto) covers the whole household. */
  private household(municipality: number): Household {
    const { records } = this;
    const name = (this.county.municipalities[municipality] as County["municipalities"][number]).name;
    return {
      nonDisclosure: records.chance(NON_DISCLOSURE_SHARE),
      streetAddress: `${records.pick(streets)} ${records.int(1, 60)}${records.chance(0.4) ? ` ${records.pick(["A", "B", "C"])} ${records.int(1, 40)}` : ""}`,
      postalCode: String(10_000 + municipality * 2_000 + records.int(0, 40) * 10).padStart(5, "0"),
      postOffice: name,
      municipalityCode: String(100 + municipality * 17).padStart(3, "0"),
    };
  }

  /**
   * The client's relationship with the controller, its responsible worker (teams' history, the clients
   * subgraph's projection of it) and the consents subgraph's access projection of both. An ended
   * episode ends the relationship and leaves the client with no current responsible worker.
   */
  private access(
    clientId: string,
    controller: Organization,
    controllerKind: UnitKind,
    responsible: Professional,
    start: number,
    end: number | null,
    nonDisclosure: boolean,
  ): void {
    const since = isoDay(start);
    const until = end === null ? null : isoDay(end);
    const relationshipId = this.ids.relationship.uuid();
    const task = serviceTasks[controllerKind] ?? "family_social_work";
    this.sink.add("client_relationship", [relationshipId, clientId, controller.id, task, since, until]);
    publishAccessEvent(this.sink, {
      type: "client.relationship_started",
      data: { clientId, relationshipId, organizationId: controller.id, serviceTask: task, since, until },
    });
    publishAccessEvent(this.sink, {
      type: "client.created",
      data: { clientId, controllerOrganizationId: controller.id, hasNonDisclosureOrder: nonDisclosure },
    });
    this.sink.add("responsible_worker", [
      this.ids.responsible.uuid(),
      clientId,
      responsible.id,
      since,
      until,
      end === null ? true : null,
    ]);
    if (end !== null) return;
    const organizationId = responsible.organization.id;
    publishAccessEvent(this.sink, {
      type: "client.responsible_worker_assigned",
      data: { clientId, professionalId: responsible.id, organizationId, previousProfessionalId: null, since },
    });
    this.sink.add("client_responsible_worker", [
      clientId,
      responsible.id,
      organizationId,
      since,
      isoTimestamp(start, officeSeconds(this.records.next())),
      this.ids.responsible.uuid(),
    ]);
  }

  /** A household of two or more is a family; the adults of a family with children are the children's guardians. */
  private familyRecords(written: readonly Written[], first: Member, start: number): string | null {
    if (written.length < 2) return null;
    const familyId = this.ids.family.uuid();
    const created = isoTimestamp(
      Math.max(start - 60, ...written.map((client) => client.birthDay)),
      officeSeconds(this.records.next()),
    );
    this.sink.add("family", [familyId, `${first.lastName} family`, created]);
    const adults = written.filter((client) => client.member.adult);
    const children = written.filter((client) => !client.member.adult);
    for (const client of written) {
      const relation = !client.member.adult ? "CHILD" : children.length > 0 ? "GUARDIAN" : "SPOUSE";
      this.sink.add("family_member", [familyId, client.id, relation]);
    }
    for (const child of children) {
      const since = isoDay(child.birthDay);
      // A guardian decides for a minor only: the guardianship ends the day before the 18th birthday.
      const birth = dateOfDay(child.birthDay);
      const adultOn = Date.UTC(birth.getUTCFullYear() + 18, birth.getUTCMonth(), birth.getUTCDate());
      const until = isoDay(Math.round(adultOn / 86_400_000) - 1);
      for (const guardian of adults) {
        this.sink.add("guardianship", [this.ids.guardianship.uuid(), child.id, guardian.id, since, until]);
        publishAccessEvent(this.sink, {
          type: "family.guardian_added",
          data: { childClientId: child.id, guardianClientId: guardian.id, since, until },
        });
      }
    }
    return familyId;
  }

  private members(size: number, minimumChildAge: number): Member[] {
    const { people } = this;
    const familyName = people.pick(lastNames);
    const adult = (age: number, female: boolean, lastName = familyName): Member => ({ adult: true, female, age, lastName });
    if (size === 1) {
      const band = people.weighted({ young: 0.15, working: 0.65, retired: 0.2 });
      const [low, high] = ({ young: [18, 26], working: [26, 65], retired: [65, 91] } as const)[band];
      return [adult(low + people.next() * (high - low), people.chance(0.5))];
    }
    const couple = size === 2 ? people.chance(0.25) : false;
    if (couple) {
      const age = 25 + people.next() * 60;
      const female = people.chance(0.5);
      return [
        adult(age, female),
        adult(Math.max(18, age + people.normal(0, 4)), people.chance(0.9) ? !female : female, this.spouseName(familyName)),
      ];
    }
    const parents = size >= 3 && people.chance(0.7) ? 2 : 1;
    const parentAge = 22 + people.next() * 33;
    const firstFemale = parents === 1 ? people.chance(0.8) : people.chance(0.5);
    const family = [adult(parentAge, firstFemale)];
    if (parents === 2)
      family.push(adult(Math.max(20, parentAge + people.normal(1.5, 3)), !firstFemale, this.spouseName(familyName)));
    const oldestChild = Math.min(18, parentAge - 18);
    for (let i = parents; i < size; i += 1) {
      const age = minimumChildAge + people.next() * (oldestChild - minimumChildAge);
      family.push({ adult: false, female: people.chance(0.5), age, lastName: familyName });
    }
    return family;
  }

  private spouseName(familyName: string): string {
    return this.people.chance(0.25) ? this.people.pick(lastNames) : familyName;
  }

  private client(
    member: Member,
    controller: Organization,
    language: string,
    episodeStart: number,
    household: Household,
  ): { id: string; birthDay: number } {
    const { people, county } = this;
    const id = this.ids.client.uuid();
    const { code, birthDay } = this.identityCode(county.today - Math.floor(member.age * DAYS_PER_YEAR), member.female);
    const firstName = people.pick(member.female ? femaleFirstNames : maleFirstNames);
    const created = Math.max(birthDay, episodeStart - people.int(0, 60));
    const updated = people.int(created, county.today);
    this.sink.add("client", [
      id,
      firstName,
      member.lastName,
      isoDay(birthDay),
      language,
      controller.id,
      this.options.hashIdentityCode(code),
      isoTimestamp(created, officeSeconds(people.next())),
      isoTimestamp(updated, officeSeconds(people.next())),
      this.options.encryptIdentityCode?.(code) ?? null,
      household.nonDisclosure,
      household.streetAddress,
      household.postalCode,
      household.postOffice,
      household.municipalityCode,
      ...this.contact(member, firstName),
    ]);
    return { id, birthDay };
  }

  /** Phone and e-mail, for adults only (children are reached through their guardians). */
  private contact(member: Member, firstName: string): [string | null, string | null] {
    if (!member.adult) return [null, null];
    const { records } = this;
    const phone = records.chance(0.92) ? `+358 4${records.int(0, 5)} ${records.int(100, 999)} ${records.int(1000, 9999)}` : null;
    const email = records.chance(0.6) ? `${ascii(firstName)}.${ascii(member.lastName)}${records.int(1, 99)}@example.fi` : null;
    return [phone, email];
  }

  /**
   * A unique test code (individual number 900–999) for the birth day, or a neighbouring day when
   * all of that day's numbers are taken. As in real codes, an odd individual number is a man's and
   * an even one a woman's.
   */
  private identityCode(birthDay: number, female: boolean): { code: string; birthDay: number } {
    for (let day = birthDay; ; day -= 1) {
      const first = this.people.int(0, 49);
      for (let n = 0; n < 50; n += 1) {
        const individual = 900 + 2 * ((first + n) % 50) + (female ? 0 : 1);
        const code = generateTestIdentityCode(dateOfDay(day), individual);
        if (!this.codes.has(code)) {
          this.codes.add(code);
          return { code, birthDay: day };
        }
      }
    }
  }

  private recipients(team: readonly Professional[], children: readonly Member[], municipality: number): Organization[] {
    const fromTeam = [...new Set(team.map((member) => member.organization).filter((organization) => !organization.county))];
    if (fromTeam.length > 0) return fromTeam;
    const kinds: UnitKind[] =
      children.length > 0
        ? [children.some((child) => child.age >= 7) ? "education" : "earlyChildhoodEducation", "parish", "ngo"]
        : ["employmentServices", "kela", "ngo", "parish"];
    const chosen = this.consents.sample(kinds, this.consents.chance(0.6) ? 1 : 2);
    return chosen.map((kind) => this.consents.pick(this.county.organizations(kind, municipality)));
  }

  /** Categories in the enum's order, as PostgreSQL array text. */
  private categories(): string {
    const { consents } = this;
    const chosen = [
      "BASIC",
      consents.chance(0.5) ? "CONTACT" : "",
      consents.chance(0.4) ? "CONCERNS" : "",
      consents.chance(0.7) ? "SERVICE_PLAN" : "",
      "TEAM",
      consents.chance(0.3) ? "FIT" : "",
    ];
    return `{${chosen.filter(Boolean).join(",")}}`;
  }

  private consent(
    clientId: string,
    recipient: Organization,
    categories: string,
    episodeStart: number,
    recorder: Professional,
    guardian: Written | null,
  ): void {
    const { consents, county } = this;
    const from = Math.min(county.today, episodeStart + consents.int(0, 14));
    const length = consents.weighted({ year: 0.6, twoYears: 0.2, open: 0.2 });
    const lastDay = length === "open" ? null : from + (length === "year" ? 365 : 730) - 1;
    const revocableUntil = Math.min(county.today, lastDay ?? county.today);
    const revoked =
      consents.chance(0.05) && revocableUntil > from
        ? isoTimestamp(consents.int(from + 1, revocableUntil), officeSeconds(consents.next()))
        : null;
    this.sink.add("consent", [
      this.ids.consent.uuid(),
      clientId,
      recipient.id,
      categories,
      purposes[recipient.kind] ?? "Multidisciplinary client team work",
      isoDay(from),
      lastDay === null ? null : isoDay(lastDay),
      revoked,
      isoTimestamp(from, officeSeconds(consents.next())),
      recorder.id,
      `{${recipient.id}}`,
      guardian ? "GUARDIAN" : "CLIENT",
      guardian?.id ?? null,
      recorder.organization.id,
    ]);
  }

  /**
   * The client's FIT episode (one per client: reports count clients and episodes), a session on each
   * session day, and in the sessions the client attends an outcome score at the start and a session
   * rating at the end. Days before the child was old enough to rate, and missed ones, are sessions
   * without measures. Derived values and report summaries are computed afterwards by the hub's own code
   * (seedHub.ts), as for any import.
   */
  private measurements(
    clientId: string,
    member: Member,
    sessionDays: readonly number[],
    rater: Professional,
    team: readonly Professional[],
    episode: EpisodeContext,
  ): void {
    const { fit, county } = this;
    const birthDay = county.today - member.age * DAYS_PER_YEAR;
    const firstRated = sessionDays.findIndex((day) => (day - birthDay) / DAYS_PER_YEAR >= YOUNGEST_RATER);
    if (firstRated < 0) return;
    const episodeId = this.episode(clientId, rater, episode);
    const session = (day: number, professional: Professional, seconds: number) => {
      const id = this.ids.session.uuid();
      const mode = this.fitEpisodes.weighted({ FACE_TO_FACE: 0.7, HOME_VISIT: 0.15, VIDEO: 0.1, PHONE: 0.05 });
      this.sink.add("fit_session", [id, episodeId, isoDay(day), mode, professional.id, isoTimestamp(day, seconds)]);
      return id;
    };
    for (let k = 0; k < firstRated; k += 1) session(sessionDays[k] as number, rater, officeSeconds(0.5));
    const instruments = instrumentsForAge(((sessionDays[firstRated] as number) - birthDay) / DAYS_PER_YEAR);
    const outcome = outcomeTrajectory(fit, instruments.outcome);
    const rating = sessionRatings(fit);
    const scored: (ScoredInput & { professionalId: string; items: string; sessionId: string })[] = [];
    const birthDate = isoDay(episode.birthDay);
    for (let k = firstRated; k < sessionDays.length; k += 1) {
      const day = sessionDays[k] as number;
      if (fit.chance(0.1)) {
        session(day, rater, officeSeconds(0.5)); // held, but no scores given
        continue;
      }
      const professional = fit.chance(0.8) ? rater : fit.pick(team);
      const startsAt = officeSeconds(fit.next() * 0.9);
      const sessionId = session(day, professional, startsAt);
      for (const [instrument, total, offset] of [
        [instruments.outcome, outcome(k - firstRated), 0],
        [instruments.session, rating(k - firstRated), 50 * 60],
      ] as const) {
        const heldOn = isoDay(day);
        scored.push({
          id: this.ids.measurement.uuid(),
          instrument,
          rater: "CLIENT",
          raterRelation: null,
          heldOn,
          total: total / 10,
          age: ageOn(birthDate, heldOn),
          // ISO timestamps of one format sort as the times do: the recording order scoring breaks ties by.
          order: isoTimestamp(day, startsAt + offset),
          professionalId: professional.id,
          items: itemsLiteral(splitIntoItems(fit, total)),
          sessionId,
        });
      }
    }
    const configuration = this.options.fitConfiguration;
    const derived = configuration ? deriveEpisode(scored, configuration) : [];
    scored.forEach((measurement, i) => {
      const values = derived[i];
      this.sink.add("measurement", [
        measurement.id,
        clientId,
        measurement.professionalId,
        measurement.instrument,
        measurement.heldOn,
        decimal(Math.round((measurement.total as number) * 10)),
        measurement.items,
        measurement.order,
        measurement.sessionId,
        episodeId,
        values?.clinical ?? null,
        values?.cutoff ?? null,
        values?.changeFromIntake ?? null,
        values?.reliableChange ?? null,
        values?.srsAlert ?? null,
        values?.configVersion ?? null,
      ]);
    });
  }

  /** One client's episode: the family's episode dates, team and service; a closed one a dropout one time in four. */
  private episode(clientId: string, owner: Professional, episode: EpisodeContext): string {
    const id = this.ids.episode.uuid();
    const closure = episode.end === null ? null : this.fitEpisodes.chance(0.25) ? "UNPLANNED" : "PLANNED";
    this.sink.add("episode", [
      id,
      clientId,
      isoDay(episode.birthDay),
      "INDIVIDUAL",
      owner.id,
      episode.teamId,
      owner.organization.id,
      episode.organizationId,
      episode.service,
      isoDay(episode.start),
      episode.end === null ? null : isoDay(episode.end),
      closure,
      isoTimestamp(episode.start, officeSeconds(0.1)),
    ]);
    return id;
  }

  /** Someone from the list; an empty unit (all staff inactive) falls back to any active professional. */
  private anyone(candidates: readonly Professional[]): Professional {
    if (candidates.length > 0) return this.services.pick(candidates);
    return this.services.pick(this.county.professionals.filter((professional) => professional.active));
  }
}

/** What a client's FIT episode takes from the family's episode of work. */
interface EpisodeContext {
  /** The birth day of the client's identity code (the episode stores it for the age rules). */
  birthDay: number;
  teamId: string | null;
  /** The controlling organisation; the unit is the owner's. */
  organizationId: string;
  service: string;
  start: number;
  end: number | null;
}

interface Household {
  nonDisclosure: boolean;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
  municipalityCode: string;
}

/** The service task (palvelutehtävä) of the controller's client relationship, by the controlling unit. */
const serviceTasks: Partial<Record<UnitKind, string>> = {
  childProtection: "child_protection",
  familySocialServices: "family_social_work",
  familyCentre: "family_centre",
  adultSocialWork: "adult_social_work",
  disabilityServices: "disability_services",
  mentalHealth: "mental_health_services",
  healthCare: "health_care",
};

const streets = ["Koivukuja", "Rantatie", "Kirkkokatu", "Myllytie", "Pihlajapolku", "Kauppakatu", "Mäntyrinne", "Koulukatu"];

/** `Mäkelä` → `makela`, for e-mail addresses. */
function ascii(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
}

const languages = { fi: 0.88, sv: 0.06, en: 0.02, ru: 0.015, et: 0.01, ar: 0.01, so: 0.005 };

const adultTeamKinds: Partial<Record<UnitKind, number>> = {
  employmentServices: 3,
  kela: 1.5,
  healthCare: 1.5,
  mentalHealth: 2,
  ngo: 1.5,
  parish: 0.5,
  disabilityServices: 1,
};

function childTeamKinds(children: readonly Member[]): Partial<Record<UnitKind, number>> {
  return {
    education: children.some((child) => child.age >= 7) ? 3 : 0,
    earlyChildhoodEducation: children.some((child) => child.age < 7) ? 2 : 0,
    familyCentre: 2,
    mentalHealth: 1,
    ngo: 1,
    parish: 0.5,
    healthCare: 0.5,
  };
}

const purposes: Partial<Record<UnitKind, string>> = {
  education: "Support at school, agreed with the guardians",
  earlyChildhoodEducation: "Support in early childhood education, agreed with the guardians",
  employmentServices: "Employment and rehabilitation planning",
  kela: "Rehabilitation and benefits that support the service plan",
  parish: "Parish family and diaconal work",
  ngo: "Family support and peer support",
};
