/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { course as Query_course } from "./resolvers/Query/course";
import { courses as Query_courses } from "./resolvers/Query/courses";
import { rolloutUnits as Query_rolloutUnits } from "./resolvers/Query/rolloutUnits";
import { trainers as Query_trainers } from "./resolvers/Query/trainers";
import { trainingEvent as Query_trainingEvent } from "./resolvers/Query/trainingEvent";
import { trainingEvents as Query_trainingEvents } from "./resolvers/Query/trainingEvents";
import { trainingRollout as Query_trainingRollout } from "./resolvers/Query/trainingRollout";
import { configureRolloutUnit as Mutation_configureRolloutUnit } from "./resolvers/Mutation/configureRolloutUnit";
import { createCourse as Mutation_createCourse } from "./resolvers/Mutation/createCourse";
import { createTrainingEvent as Mutation_createTrainingEvent } from "./resolvers/Mutation/createTrainingEvent";
import { enroll as Mutation_enroll } from "./resolvers/Mutation/enroll";
import { importTrainingRecords as Mutation_importTrainingRecords } from "./resolvers/Mutation/importTrainingRecords";
import { qualifyTrainer as Mutation_qualifyTrainer } from "./resolvers/Mutation/qualifyTrainer";
import { recordCompletion as Mutation_recordCompletion } from "./resolvers/Mutation/recordCompletion";
import { Course } from "./resolvers/Course";
import { Enrollment } from "./resolvers/Enrollment";
import { Organization } from "./resolvers/Organization";
import { Professional } from "./resolvers/Professional";
import { RegionCount } from "./resolvers/RegionCount";
import { RejectedRow } from "./resolvers/RejectedRow";
import { RolloutUnit } from "./resolvers/RolloutUnit";
import { TargetUnitCoverage } from "./resolvers/TargetUnitCoverage";
import { TrainedInMonth } from "./resolvers/TrainedInMonth";
import { Trainer } from "./resolvers/Trainer";
import { TrainingCompletion } from "./resolvers/TrainingCompletion";
import { TrainingEvent } from "./resolvers/TrainingEvent";
import { TrainingImportReport } from "./resolvers/TrainingImportReport";
import { TrainingRollout } from "./resolvers/TrainingRollout";
import { UnitCount } from "./resolvers/UnitCount";
import { DateScalar } from "@silta/kernel";
export const resolvers: Resolvers = {
  Query: {
    course: Query_course,
    courses: Query_courses,
    rolloutUnits: Query_rolloutUnits,
    trainers: Query_trainers,
    trainingEvent: Query_trainingEvent,
    trainingEvents: Query_trainingEvents,
    trainingRollout: Query_trainingRollout,
  },
  Mutation: {
    configureRolloutUnit: Mutation_configureRolloutUnit,
    createCourse: Mutation_createCourse,
    createTrainingEvent: Mutation_createTrainingEvent,
    enroll: Mutation_enroll,
    importTrainingRecords: Mutation_importTrainingRecords,
    qualifyTrainer: Mutation_qualifyTrainer,
    recordCompletion: Mutation_recordCompletion,
  },

  Course: Course,
  Enrollment: Enrollment,
  Organization: Organization,
  Professional: Professional,
  RegionCount: RegionCount,
  RejectedRow: RejectedRow,
  RolloutUnit: RolloutUnit,
  TargetUnitCoverage: TargetUnitCoverage,
  TrainedInMonth: TrainedInMonth,
  Trainer: Trainer,
  TrainingCompletion: TrainingCompletion,
  TrainingEvent: TrainingEvent,
  TrainingImportReport: TrainingImportReport,
  TrainingRollout: TrainingRollout,
  UnitCount: UnitCount,
  Date: DateScalar,
};
