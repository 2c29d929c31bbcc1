import { DeadlineRules, deadlineOf } from "@silta/clients/deadlineRules";
import type { Professional } from "./county";
import { dayOf, isoDay, isoTimestamp, officeSeconds } from "./days";
import type { Random } from "./random";
import type { RowSink } from "./tables";

/** What a family's casework is about: who works with it, and since when. */
export interface Casework {
  /** The family, or the client when the household is one person. */
  subject: { familyId: string | null; clientId: string | null };
  organizationId: string;
  teamId: string | null;
  responsible: Professional;
  team: readonly Professional[];
  service: string;
  start: number;
  today: number;
  clientTeam: boolean;
}

/** A concern (huoli) for about one family in twenty; a service plan for about half of the client-team families. */
const CONCERN_SHARE = 0.05;
const PLAN_SHARE = 0.5;

const rules = DeadlineRules.load();

/**
 * Concerns and service plans, kept few and cheap: generic texts that say nothing of a real person,
 * deadlines by the clients subgraph's own rules, statuses that fit the deadline and today.
 */
export function writeCasework(work: Casework, random: Random, ids: Random, sink: RowSink): void {
  const { subject, responsible, today } = work;
  if (random.chance(CONCERN_SHARE)) {
    const raisedOn = random.int(Math.max(work.start, today - 180), today);
    const rule = rules.forService(work.service);
    const deadline = deadlineOf(rule, isoDay(raisedOn));
    const raiser = random.pick(work.team);
    const raisedAt = isoTimestamp(raisedOn, officeSeconds(random.next()));
    // Most concerns past their deadline were reacted to in time; some of those are closed.
    const reacted = dayOf(deadline) < today ? random.chance(0.9) : random.chance(0.3);
    const reactedOn = reacted ? Math.min(today, random.int(raisedOn, dayOf(deadline))) : null;
    const closed = reactedOn !== null && reactedOn + 14 < today && random.chance(0.5);
    sink.add("concern", [
      ids.uuid(),
      subject.clientId,
      subject.familyId,
      random.pick(concernTexts),
      raiser.id,
      raiser.id,
      raisedAt,
      isoDay(raisedOn),
      work.service,
      rule.code,
      deadline,
      work.organizationId,
      work.teamId,
      responsible.id,
      closed ? "CLOSED" : reacted ? "REACTED" : "RAISED",
      reactedOn === null ? null : responsible.id,
      reactedOn === null ? null : isoTimestamp(reactedOn, officeSeconds(random.next())),
      closed ? responsible.id : null,
      closed ? isoTimestamp(random.int((reactedOn as number) + 14, today), officeSeconds(random.next())) : null,
    ]);
  }
  if (!work.clientTeam || !random.chance(PLAN_SHARE)) return;
  const planId = ids.uuid();
  const created = Math.min(today, work.start + random.int(7, 30));
  const createdAt = isoTimestamp(created, officeSeconds(random.next()));
  const goals = random.sample(planGoals, random.int(1, 3));
  sink.add("service_plan", [
    planId,
    subject.clientId,
    subject.familyId,
    `{${goals.map((goal) => `"${goal}"`).join(",")}}`,
    responsible.id,
    createdAt,
    createdAt,
  ]);
  for (const [concern, action] of random.sample(agreements, random.int(1, 2))) {
    const due = created + random.int(14, 120);
    const owner = random.pick(work.team);
    sink.add("agreement", [
      ids.uuid(),
      planId,
      concern,
      action,
      owner.id,
      "The team agrees on another way at the next meeting.",
      "Checked at the plan review.",
      isoDay(due),
      due < today ? (random.chance(0.7) ? "DONE" : "NOT_DONE") : "OPEN",
      createdAt,
    ]);
  }
}

const concernTexts = [
  "Repeated absences from school or day care.",
  "The family's income does not cover rent and food.",
  "A parent is exhausted and asks for help at home.",
  "Worry about substance use in the household.",
  "The client has not come to agreed appointments.",
  "Conflicts at home reported by a professional.",
];

const planGoals = [
  "Regular daily rhythm at home",
  "Steady attendance at school or day care",
  "A stable income and housing",
  "A hobby or peer group",
  "Support for the parents' wellbeing",
];

const agreements: readonly (readonly [string, string])[] = [
  ["Mornings are hard and school is missed.", "A family worker helps in the mornings twice a week."],
  ["Rent arrears.", "The social worker applies for social assistance with the family."],
  ["The parent's exhaustion.", "The family centre offers respite and a parents' group."],
  ["No hobby or friends outside school.", "The NGO's hobby guide helps to find a group with a fee waiver."],
];
