import type { County } from "./county";
import { isoDay, isoTimestamp } from "./days";
import { Random } from "./random";
import type { RowSink } from "./tables";
import { units } from "./units";

/**
 * FIT training: the county's courses and who completed them. About six in ten professionals are
 * trained (more in social and health services, fewer at school or Kela); some go on to the advanced
 * course and a few become in-house FIT trainers; most managers take the management briefing. Also
 * the training subgraph's projection of teams' professionals (`staff_member`), normally from events.
 */
export function generateTraining(county: County, seed: number, sink: RowSink): void {
  const random = new Random(seed, "training");
  const ids = new Random(seed, "training ids");
  // The county's own trainers give the in-house courses; the rest are bought.
  const course = (name: string, level: string, provider: string) => {
    const id = ids.uuid();
    sink.add("course", [id, name, level, provider, provider === inHouse ? "IN_HOUSE" : "PURCHASED"]);
    return id;
  };
  const inHouse = "County FIT trainers";
  const briefing = course("FIT for managers and supervisors", "MANAGEMENT_BRIEFING", "County FIT trainers");
  const basic = course("FIT basic training", "BASIC", "County FIT trainers");
  const basicOnline = course("FIT basic training, online", "BASIC", "ICCE");
  const advanced = course("FIT advanced training", "ADVANCED", "ICCE-certified provider");
  const trainer = course("FIT trainer training", "TRAINER", "ICCE");

  const { today } = county;
  const completed = (professionalId: string, courseId: string, day: number) =>
    sink.add("training_completion", [ids.uuid(), professionalId, courseId, isoDay(day)]);

  const asOf = isoTimestamp(today, 0);
  for (const professional of county.professionals) {
    // unit_id stays NULL: teams' units are names, not ids, so the rollout figures count by organisation.
    sink.add("staff_member", [professional.id, professional.organization.id, null, professional.active, asOf]);
    if (professional.manager) {
      if (random.chance(0.85)) completed(professional.id, briefing, today - random.int(14, 4 * 365));
      continue;
    }
    if (!random.chance(units[professional.organization.kind].fitTraining)) continue;
    const basicDay = today - random.int(30, 4 * 365);
    completed(professional.id, random.chance(0.7) ? basic : basicOnline, basicDay);
    if (basicDay + 90 >= today || !random.chance(0.25)) continue;
    const advancedDay = random.int(basicDay + 90, today - 1);
    completed(professional.id, advanced, advancedDay);
    if (advancedDay + 60 >= today || !random.chance(0.15)) continue;
    const trainerDay = random.int(advancedDay + 60, today - 1);
    completed(professional.id, trainer, trainerDay);
    sink.add("trainer", [professional.id, isoDay(trainerDay), null]);
  }
}
