import { LocalDate } from "@silta/kernel";
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import {
  CourseMapper,
  EnrollmentMapper,
  ProfessionalMapper,
  RolloutUnitMapper,
  TargetUnitCoverageMapper,
  TrainerMapper,
  TrainingCompletionMapper,
  TrainingEventMapper,
  TrainingRolloutMapper,
} from "./training.mappers";
import { TrainingContext } from "../context";
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date, ISO 8601 (`2026-11-23`). */
  Date: { input: LocalDate; output: LocalDate };
  _FieldSet: { input: unknown; output: unknown };
};

/** How the rollout counts a unit. */
export type ConfigureRolloutUnitInput = {
  /** True when the unit's whole active staff should be trained. */
  isTarget: Scalars["Boolean"]["input"];
  /** Region code, the same form, e.g. `north`. */
  region: Scalars["String"]["input"];
  /** Service code: lowercase letters, digits and `_`, e.g. `child_protection`. */
  service: Scalars["String"]["input"];
  /** The unit's (or organisation's) id. */
  unitId: Scalars["ID"]["input"];
};

/** A FIT course (koulutus). */
export type Course = {
  __typename?: "Course";
  /** The course's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** What kind of course: briefing, basic, advanced, trainer training or booster. */
  kind: CourseKind;
  /** The level completing it gives; null for booster and supervision sessions. */
  level: Maybe<FitTrainingLevel>;
  /** The course's name, e.g. "FIT basic training, spring 2026". */
  name: Scalars["String"]["output"];
  /** The provider's name, e.g. "County FIT trainers" or the bought provider's company name. */
  provider: Scalars["String"]["output"];
  /** In-house or purchased. */
  providerKind: ProviderKind;
};

/** What kind of FIT course this is. */
export type CourseKind =
  /** Advanced training (jatkokoulutus); level ADVANCED. */
  | "ADVANCED"
  /** Basic training (peruskoulutus); level BASIC. */
  | "BASIC"
  /** Booster or supervision session (tehostus, työnohjaus); keeps skills up, gives no level. */
  | "BOOSTER"
  /** FIT briefing for managers and supervisors (esihenkilöperehdytys); level MANAGEMENT_BRIEFING. */
  | "MANAGEMENT_BRIEFING"
  /** Training of in-house FIT trainers (kouluttajakoulutus); level TRAINER. */
  | "TRAINER_TRAINING";

/**
 * A new FIT course. Training records are kept by the roles `training_admin` and `manager`, or a system
 * with `training:write`.
 */
export type CreateCourseInput = {
  /** Client-chosen UUID: sending the same create again returns the same course. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** What kind of course; it decides the level completing it gives. */
  kind: CourseKind;
  /** The course's name, 1 to 200 characters. */
  name: Scalars["String"]["input"];
  /** The provider's name, 1 to 200 characters. */
  provider: Scalars["String"]["input"];
  /** In-house or purchased. */
  providerKind: ProviderKind;
};

/** A session of a course on a date. */
export type CreateTrainingEventInput = {
  /** How many professionals may enrol, 1 to 500. */
  capacity: Scalars["Int"]["input"];
  /** The course's id; the course must exist. */
  courseId: Scalars["ID"]["input"];
  /** The day it is held. */
  date: Scalars["Date"]["input"];
  /** Client-chosen UUID: sending the same create again returns the same event. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** True when it can be attended online; default false. */
  online?: Scalars["Boolean"]["input"];
  /** Where it is held, at most 200 characters; required unless `online` is true. */
  place?: InputMaybe<Scalars["String"]["input"]>;
  /** Professional ids of the trainers; each must be a qualified trainer on the date. In-house courses need one. */
  trainerIds?: Array<Scalars["ID"]["input"]>;
};

/** A professional's enrolment in a training event. */
export type EnrollInput = {
  /** The event's id. */
  eventId: Scalars["ID"]["input"];
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** The professional's id. */
  professionalId: Scalars["ID"]["input"];
};

/** A professional's enrolment in a training event (ilmoittautuminen). */
export type Enrollment = {
  __typename?: "Enrollment";
  /** The training event. */
  event: TrainingEvent;
  /** The enrolment's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** The enrolled professional. */
  professional: Professional;
};

/** Levels of FIT training, lowest first (koulutustaso). A booster or supervision session gives no level. */
export type FitTrainingLevel =
  /** Advanced training (jatkokoulutus). */
  | "ADVANCED"
  /** Basic training (peruskoulutus): counts as trained in the rollout figures. */
  | "BASIC"
  /** The FIT briefing for managers and supervisors (esihenkilöperehdytys). */
  | "MANAGEMENT_BRIEFING"
  /** Trained as an in-house FIT trainer (kouluttajakoulutus). */
  | "TRAINER";

export type Mutation = {
  __typename?: "Mutation";
  /** Sets (or changes) how the rollout counts a unit. */
  configureRolloutUnit: RolloutUnit;
  /** Creates a course (roles `training_admin`, `manager`, or scope `training:write`). */
  createCourse: Course;
  /** Schedules a session of a course (roles `training_admin`, `manager`, or scope `training:write`). */
  createTrainingEvent: TrainingEvent;
  /** Enrols within the event's capacity; enrolling again returns the same enrolment. */
  enroll: Enrollment;
  /**
   * Imports past training records from CSV text (docs/training-import.md), at most 1,000 rows; larger
   * files go through `npx tsx subgraphs/training/src/import/main.ts <file>`. Re-importing changes nothing.
   */
  importTrainingRecords: TrainingImportReport;
  /** Records (or updates the dates of) a professional's in-house trainer qualification. */
  qualifyTrainer: Trainer;
  /**
   * Records that a professional attended or completed a training; the highest completed level becomes
   * their `fitTrainingLevel`.
   */
  recordCompletion: TrainingCompletion;
};

export type MutationconfigureRolloutUnitArgs = {
  input: ConfigureRolloutUnitInput;
};

export type MutationcreateCourseArgs = {
  input: CreateCourseInput;
};

export type MutationcreateTrainingEventArgs = {
  input: CreateTrainingEventInput;
};

export type MutationenrollArgs = {
  input: EnrollInput;
};

export type MutationimportTrainingRecordsArgs = {
  csv: Scalars["String"]["input"];
};

export type MutationqualifyTrainerArgs = {
  input: QualifyTrainerInput;
};

export type MutationrecordCompletionArgs = {
  input: RecordCompletionInput;
};

/** An organisation (teams subgraph), when a rollout unit is one. */
export type Organization = {
  __typename?: "Organization";
  /** The organisation's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
};

/**
 * A professional (teams subgraph), with their FIT training here. Training data is for the county's
 * staff and systems, never for clients.
 */
export type Professional = {
  __typename?: "Professional";
  /** The highest FIT training level completed, or null when none. */
  fitTrainingLevel: Maybe<FitTrainingLevel>;
  /** The professional's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
  /** True when the professional is a qualified in-house FIT trainer today. */
  isFitTrainer: Scalars["Boolean"]["output"];
  /** The professional's completed trainings, oldest first. */
  trainings: Array<TrainingCompletion>;
};

/** Who gives a course: the county's own FIT trainers or a bought provider (ostopalvelu). */
export type ProviderKind =
  /** The county's own FIT trainers; an event needs at least one qualified trainer. */
  | "IN_HOUSE"
  /** A bought training provider (ostopalvelu). */
  | "PURCHASED";

/** A professional's qualification as an in-house FIT trainer. */
export type QualifyTrainerInput = {
  /** The professional's id. */
  professionalId: Scalars["ID"]["input"];
  /** The first day of the qualification. */
  qualifiedSince: Scalars["Date"]["input"];
  /** The last valid day, not before `qualifiedSince`; omitted while it lasts. */
  qualifiedUntil?: InputMaybe<Scalars["Date"]["input"]>;
};

export type Query = {
  __typename?: "Query";
  /** One course by id; null when there is none. Training data is for staff and systems, not clients. */
  course: Maybe<Course>;
  /** Every course. */
  courses: Array<Course>;
  /** Every unit configured for the rollout figures. */
  rolloutUnits: Array<RolloutUnit>;
  /** The in-house FIT trainers qualified on the date. */
  trainers: Array<Trainer>;
  /** One training event by id; null when there is none. */
  trainingEvent: Maybe<TrainingEvent>;
  /** Training events from the date (default today), soonest first. */
  trainingEvents: Array<TrainingEvent>;
  /**
   * The rollout figures (koulutusten kattavuus) for knowledge-based management; each is computed when
   * asked for.
   */
  trainingRollout: TrainingRollout;
};

export type QuerycourseArgs = {
  id: Scalars["ID"]["input"];
};

export type QuerytrainersArgs = {
  on?: InputMaybe<Scalars["Date"]["input"]>;
};

export type QuerytrainingEventArgs = {
  id: Scalars["ID"]["input"];
};

export type QuerytrainingEventsArgs = {
  from?: InputMaybe<Scalars["Date"]["input"]>;
};

/**
 * Record a training: of an event (`eventId`, the professional enrolled) or of a course taken elsewhere
 * (`courseId` and `completedOn`).
 */
export type RecordCompletionInput = {
  /** True when the professional attended. */
  attended: Scalars["Boolean"]["input"];
  /** Certificate number or reference, at most 100 characters; only for a completed training. */
  certificate?: InputMaybe<Scalars["String"]["input"]>;
  /** True when completed; needs `attended`. */
  completed: Scalars["Boolean"]["input"];
  /** Default: the event's date. */
  completedOn?: InputMaybe<Scalars["Date"]["input"]>;
  /**
   * The course, for a training taken elsewhere; with `eventId` it must be the event's course or be
   * left out.
   */
  courseId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The training event, when it was one of the county's (the professional enrolled in it). */
  eventId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Client-chosen UUID: recording the same again returns the same record. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** The professional's id. */
  professionalId: Scalars["ID"]["input"];
};

/** A count for one region. */
export type RegionCount = {
  __typename?: "RegionCount";
  /** How many qualified in-house trainers. */
  count: Scalars["Int"]["output"];
  /** `unassigned` for units without a rollout configuration. */
  region: Scalars["String"]["output"];
};

/** A row that was not imported: its line in the file (1 = header), the column and the rule it broke. */
export type RejectedRow = {
  __typename?: "RejectedRow";
  /** The column that broke a rule. */
  field: Scalars["String"]["output"];
  /** The line in the file; 1 is the header. */
  line: Scalars["Int"]["output"];
  /** What was wrong, in English. */
  message: Scalars["String"]["output"];
  /** A short code of the rule, e.g. `required`, `date`, `not_found`. */
  rule: Scalars["String"]["output"];
};

/**
 * How the rollout counts a unit: its service, region, and whether it is a target unit. A unit is the
 * professional's unit when teams tells one, otherwise their organisation.
 */
export type RolloutUnit = {
  __typename?: "RolloutUnit";
  /** Target units are those whose whole active staff should be trained. */
  isTarget: Scalars["Boolean"]["output"];
  /** The organisation, when the unit is one (resolved by the teams subgraph). */
  organization: Maybe<Organization>;
  /** Region code (alue), e.g. `north`. */
  region: Scalars["String"]["output"];
  /** Service code, e.g. `child_protection`, `family_centre`, `adult_social_work`. */
  service: Scalars["String"]["output"];
  /** The unit's id: the organisation's id, or the unit's id from the teams subgraph. */
  unitId: Scalars["ID"]["output"];
};

/** The share of a target unit's active staff that is trained. */
export type TargetUnitCoverage = {
  __typename?: "TargetUnitCoverage";
  /** Active professionals of the unit on the date. */
  activeStaff: Scalars["Int"]["output"];
  /** trained / activeStaff, 0..1; 0 when the unit has no active staff. */
  share: Scalars["Float"]["output"];
  /** Of them, those with basic training or higher completed by the date. */
  trained: Scalars["Int"]["output"];
  /** The target unit. */
  unit: RolloutUnit;
};

/** How the rollout's monthly figures are grouped. */
export type TrainedGrouping =
  /** One row per service and month, units added up. */
  | "SERVICE"
  /** One row per unit and month. */
  | "UNIT";

/** Trained professionals (basic training or higher) of one unit or service in one month. */
export type TrainedInMonth = {
  __typename?: "TrainedInMonth";
  /** Trained by the end of the month, counting everyone trained before it (kumulatiivinen). */
  cumulative: Scalars["Int"]["output"];
  /** `YYYY-MM`. */
  month: Scalars["String"]["output"];
  /** First trained in this month. */
  newlyTrained: Scalars["Int"]["output"];
  /** Null when the unit has no rollout configuration. */
  service: Maybe<Scalars["String"]["output"]>;
  /** Null when grouped by service, or for professionals whose unit is not known yet. */
  unitId: Maybe<Scalars["ID"]["output"]>;
};

/** A professional qualified as an in-house FIT trainer (sisäinen FIT-kouluttaja). */
export type Trainer = {
  __typename?: "Trainer";
  /** The trainer. */
  professional: Professional;
  /** The first day of the qualification. */
  qualifiedSince: Scalars["Date"]["output"];
  /** The last day the qualification was valid; null while it is. */
  qualifiedUntil: Maybe<Scalars["Date"]["output"]>;
};

/**
 * A professional's training record (koulutussuoritus): attended, completed, certificate. A completion
 * needs attendance. Either of a training event, or of a course taken elsewhere (past records).
 */
export type TrainingCompletion = {
  __typename?: "TrainingCompletion";
  /** True when the professional attended. */
  attended: Scalars["Boolean"]["output"];
  /** Certificate number or reference, when one was issued. */
  certificate: Maybe<Scalars["String"]["output"]>;
  /** True when the training was completed; only a completed training gives its level. */
  completed: Scalars["Boolean"]["output"];
  /** The day of the training (the event's date, or the day given for a course taken elsewhere). */
  completedOn: Scalars["Date"]["output"];
  /** The course trained. */
  course: Course;
  /** The training event, when the training was one of the county's events. */
  event: Maybe<TrainingEvent>;
  /** The record's id (a UUID). */
  id: Scalars["ID"]["output"];
};

/** One session of a course (koulutustilaisuus) on a date, at a place or online, with a capacity. */
export type TrainingEvent = {
  __typename?: "TrainingEvent";
  /** How many professionals may enrol. */
  capacity: Scalars["Int"]["output"];
  /** The course it is a session of. */
  course: Course;
  /** The day it is held. */
  date: Scalars["Date"]["output"];
  /** How many have enrolled so far. */
  enrolledCount: Scalars["Int"]["output"];
  /** Every enrolment, in the order made. */
  enrollments: Array<Enrollment>;
  /** The event's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** True when it can be attended online. */
  online: Scalars["Boolean"]["output"];
  /** Where it is held; null when only online. */
  place: Maybe<Scalars["String"]["output"]>;
  /** The in-house trainers who give it (each a qualified trainer on its date). */
  trainers: Array<Professional>;
};

/** Result of a bulk import: what was written, what already existed, what was rejected. */
export type TrainingImportReport = {
  __typename?: "TrainingImportReport";
  /** Records written by this import. */
  created: Scalars["Int"]["output"];
  /**
   * Rows not imported, each with its line, column and rule; every other row is written, each in its
   * own transaction.
   */
  rejected: Array<RejectedRow>;
  /** Rows already recorded, left as they were. */
  unchanged: Scalars["Int"]["output"];
};

/**
 * The figures of the FIT rollout the county reports. Counted in SQL over training records and the
 * local projection of staff (from teams' events) and FIT activity (from fit's events).
 */
export type TrainingRollout = {
  __typename?: "TrainingRollout";
  /** Qualified in-house FIT trainers on the date (default today), per region. */
  inHouseTrainersByRegion: Array<RegionCount>;
  /** Professionals who completed the management briefing, per unit. */
  managersBriefed: Array<UnitCount>;
  /** Professionals who recorded FIT measurements in the `days` (default 60) days up to `on` without any basic training. */
  measuringWithoutTraining: Array<Professional>;
  /** For each target unit: its active staff and how many of them are trained, on the date (default today). */
  targetUnitCoverage: Array<TargetUnitCoverage>;
  /** Trained professionals per unit (or per service) and month, cumulative, months `from`..`to` (YYYY-MM). */
  trainedByMonth: Array<TrainedInMonth>;
  /** Active trained professionals who recorded no FIT measurement in the `days` (default 60) days up to `on`. */
  trainedWithoutRecentMeasurements: Array<Professional>;
};

/**
 * The figures of the FIT rollout the county reports. Counted in SQL over training records and the
 * local projection of staff (from teams' events) and FIT activity (from fit's events).
 */
export type TrainingRolloutinHouseTrainersByRegionArgs = {
  on?: InputMaybe<Scalars["Date"]["input"]>;
};

/**
 * The figures of the FIT rollout the county reports. Counted in SQL over training records and the
 * local projection of staff (from teams' events) and FIT activity (from fit's events).
 */
export type TrainingRolloutmanagersBriefedArgs = {
  on?: InputMaybe<Scalars["Date"]["input"]>;
};

/**
 * The figures of the FIT rollout the county reports. Counted in SQL over training records and the
 * local projection of staff (from teams' events) and FIT activity (from fit's events).
 */
export type TrainingRolloutmeasuringWithoutTrainingArgs = {
  days?: InputMaybe<Scalars["Int"]["input"]>;
  on?: InputMaybe<Scalars["Date"]["input"]>;
};

/**
 * The figures of the FIT rollout the county reports. Counted in SQL over training records and the
 * local projection of staff (from teams' events) and FIT activity (from fit's events).
 */
export type TrainingRollouttargetUnitCoverageArgs = {
  on?: InputMaybe<Scalars["Date"]["input"]>;
};

/**
 * The figures of the FIT rollout the county reports. Counted in SQL over training records and the
 * local projection of staff (from teams' events) and FIT activity (from fit's events).
 */
export type TrainingRollouttrainedByMonthArgs = {
  from: Scalars["String"]["input"];
  groupBy?: TrainedGrouping;
  to: Scalars["String"]["input"];
};

/**
 * The figures of the FIT rollout the county reports. Counted in SQL over training records and the
 * local projection of staff (from teams' events) and FIT activity (from fit's events).
 */
export type TrainingRollouttrainedWithoutRecentMeasurementsArgs = {
  days?: InputMaybe<Scalars["Int"]["input"]>;
  on?: InputMaybe<Scalars["Date"]["input"]>;
};

/** A count of professionals for one unit. */
export type UnitCount = {
  __typename?: "UnitCount";
  /** How many professionals. */
  count: Scalars["Int"]["output"];
  /** Null for professionals whose unit is not known yet. */
  unitId: Maybe<Scalars["ID"]["output"]>;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
  reference: TReference,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Professional: Professional;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Professional: { __typename: "Professional" } & GraphQLRecursivePick<FederationTypes["Professional"], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ConfigureRolloutUnitInput: ConfigureRolloutUnitInput;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Course: ResolverTypeWrapper<CourseMapper>;
  CourseKind: ResolverTypeWrapper<"MANAGEMENT_BRIEFING" | "BASIC" | "ADVANCED" | "TRAINER_TRAINING" | "BOOSTER">;
  CreateCourseInput: CreateCourseInput;
  CreateTrainingEventInput: CreateTrainingEventInput;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  EnrollInput: EnrollInput;
  Enrollment: ResolverTypeWrapper<EnrollmentMapper>;
  FitTrainingLevel: ResolverTypeWrapper<"MANAGEMENT_BRIEFING" | "BASIC" | "ADVANCED" | "TRAINER">;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<Organization>;
  Professional: ResolverTypeWrapper<ProfessionalMapper>;
  ProviderKind: ResolverTypeWrapper<"IN_HOUSE" | "PURCHASED">;
  QualifyTrainerInput: QualifyTrainerInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCompletionInput: RecordCompletionInput;
  RegionCount: ResolverTypeWrapper<RegionCount>;
  RejectedRow: ResolverTypeWrapper<RejectedRow>;
  RolloutUnit: ResolverTypeWrapper<RolloutUnitMapper>;
  TargetUnitCoverage: ResolverTypeWrapper<TargetUnitCoverageMapper>;
  Float: ResolverTypeWrapper<Scalars["Float"]["output"]>;
  TrainedGrouping: ResolverTypeWrapper<"UNIT" | "SERVICE">;
  TrainedInMonth: ResolverTypeWrapper<TrainedInMonth>;
  Trainer: ResolverTypeWrapper<TrainerMapper>;
  TrainingCompletion: ResolverTypeWrapper<TrainingCompletionMapper>;
  TrainingEvent: ResolverTypeWrapper<TrainingEventMapper>;
  TrainingImportReport: ResolverTypeWrapper<TrainingImportReport>;
  TrainingRollout: ResolverTypeWrapper<TrainingRolloutMapper>;
  UnitCount: ResolverTypeWrapper<UnitCount>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ConfigureRolloutUnitInput: ConfigureRolloutUnitInput;
  Boolean: Scalars["Boolean"]["output"];
  String: Scalars["String"]["output"];
  ID: Scalars["ID"]["output"];
  Course: CourseMapper;
  CreateCourseInput: CreateCourseInput;
  CreateTrainingEventInput: CreateTrainingEventInput;
  Date: Scalars["Date"]["output"];
  EnrollInput: EnrollInput;
  Enrollment: EnrollmentMapper;
  Mutation: Record<PropertyKey, never>;
  Organization: Organization;
  Professional: ProfessionalMapper;
  QualifyTrainerInput: QualifyTrainerInput;
  Query: Record<PropertyKey, never>;
  RecordCompletionInput: RecordCompletionInput;
  RegionCount: RegionCount;
  RejectedRow: RejectedRow;
  RolloutUnit: RolloutUnitMapper;
  TargetUnitCoverage: TargetUnitCoverageMapper;
  Float: Scalars["Float"]["output"];
  TrainedInMonth: TrainedInMonth;
  Trainer: TrainerMapper;
  TrainingCompletion: TrainingCompletionMapper;
  TrainingEvent: TrainingEventMapper;
  TrainingImportReport: TrainingImportReport;
  TrainingRollout: TrainingRolloutMapper;
  UnitCount: UnitCount;
  Int: Scalars["Int"]["output"];
};

export type boundedDirectiveArgs = {
  maxItems?: Maybe<Scalars["Int"]["input"]>;
  maxLength?: Maybe<Scalars["Int"]["input"]>;
};

export type boundedDirectiveResolver<
  Result,
  Parent,
  ContextType = TrainingContext,
  Args = boundedDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CourseResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["Course"] = ResolversParentTypes["Course"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["CourseKind"], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes["FitTrainingLevel"]>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  providerKind?: Resolver<ResolversTypes["ProviderKind"], ParentType, ContextType>;
};

export type CourseKindResolvers = EnumResolverSignature<
  { ADVANCED?: any; BASIC?: any; BOOSTER?: any; MANAGEMENT_BRIEFING?: any; TRAINER_TRAINING?: any },
  ResolversTypes["CourseKind"]
>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export type EnrollmentResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["Enrollment"] = ResolversParentTypes["Enrollment"],
> = {
  event?: Resolver<ResolversTypes["TrainingEvent"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  professional?: Resolver<ResolversTypes["Professional"], ParentType, ContextType>;
};

export type FitTrainingLevelResolvers = EnumResolverSignature<
  { ADVANCED?: any; BASIC?: any; MANAGEMENT_BRIEFING?: any; TRAINER?: any },
  ResolversTypes["FitTrainingLevel"]
>;

export type MutationResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = {
  configureRolloutUnit?: Resolver<
    ResolversTypes["RolloutUnit"],
    ParentType,
    ContextType,
    RequireFields<MutationconfigureRolloutUnitArgs, "input">
  >;
  createCourse?: Resolver<ResolversTypes["Course"], ParentType, ContextType, RequireFields<MutationcreateCourseArgs, "input">>;
  createTrainingEvent?: Resolver<
    ResolversTypes["TrainingEvent"],
    ParentType,
    ContextType,
    RequireFields<MutationcreateTrainingEventArgs, "input">
  >;
  enroll?: Resolver<ResolversTypes["Enrollment"], ParentType, ContextType, RequireFields<MutationenrollArgs, "input">>;
  importTrainingRecords?: Resolver<
    ResolversTypes["TrainingImportReport"],
    ParentType,
    ContextType,
    RequireFields<MutationimportTrainingRecordsArgs, "csv">
  >;
  qualifyTrainer?: Resolver<
    ResolversTypes["Trainer"],
    ParentType,
    ContextType,
    RequireFields<MutationqualifyTrainerArgs, "input">
  >;
  recordCompletion?: Resolver<
    ResolversTypes["TrainingCompletion"],
    ParentType,
    ContextType,
    RequireFields<MutationrecordCompletionArgs, "input">
  >;
};

export type OrganizationResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["Organization"] = ResolversParentTypes["Organization"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type ProfessionalResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["Professional"] = ResolversParentTypes["Professional"],
  FederationReferenceType extends FederationReferenceTypes["Professional"] = FederationReferenceTypes["Professional"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Professional"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  fitTrainingLevel?: Resolver<Maybe<ResolversTypes["FitTrainingLevel"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isFitTrainer?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes["TrainingCompletion"]>, ParentType, ContextType>;
};

export type ProviderKindResolvers = EnumResolverSignature<{ IN_HOUSE?: any; PURCHASED?: any }, ResolversTypes["ProviderKind"]>;

export type QueryResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = {
  course?: Resolver<Maybe<ResolversTypes["Course"]>, ParentType, ContextType, RequireFields<QuerycourseArgs, "id">>;
  courses?: Resolver<Array<ResolversTypes["Course"]>, ParentType, ContextType>;
  rolloutUnits?: Resolver<Array<ResolversTypes["RolloutUnit"]>, ParentType, ContextType>;
  trainers?: Resolver<Array<ResolversTypes["Trainer"]>, ParentType, ContextType, Partial<QuerytrainersArgs>>;
  trainingEvent?: Resolver<
    Maybe<ResolversTypes["TrainingEvent"]>,
    ParentType,
    ContextType,
    RequireFields<QuerytrainingEventArgs, "id">
  >;
  trainingEvents?: Resolver<Array<ResolversTypes["TrainingEvent"]>, ParentType, ContextType, Partial<QuerytrainingEventsArgs>>;
  trainingRollout?: Resolver<ResolversTypes["TrainingRollout"], ParentType, ContextType>;
};

export type RegionCountResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["RegionCount"] = ResolversParentTypes["RegionCount"],
> = {
  count?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  region?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type RejectedRowResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["RejectedRow"] = ResolversParentTypes["RejectedRow"],
> = {
  field?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  line?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  message?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type RolloutUnitResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["RolloutUnit"] = ResolversParentTypes["RolloutUnit"],
> = {
  isTarget?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes["Organization"]>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  service?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type TargetUnitCoverageResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["TargetUnitCoverage"] = ResolversParentTypes["TargetUnitCoverage"],
> = {
  activeStaff?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  share?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  trained?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes["RolloutUnit"], ParentType, ContextType>;
};

export type TrainedGroupingResolvers = EnumResolverSignature<{ SERVICE?: any; UNIT?: any }, ResolversTypes["TrainedGrouping"]>;

export type TrainedInMonthResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["TrainedInMonth"] = ResolversParentTypes["TrainedInMonth"],
> = {
  cumulative?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  month?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  newlyTrained?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
};

export type TrainerResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["Trainer"] = ResolversParentTypes["Trainer"],
> = {
  professional?: Resolver<ResolversTypes["Professional"], ParentType, ContextType>;
  qualifiedSince?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  qualifiedUntil?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
};

export type TrainingCompletionResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["TrainingCompletion"] = ResolversParentTypes["TrainingCompletion"],
> = {
  attended?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  completed?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  completedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  course?: Resolver<ResolversTypes["Course"], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes["TrainingEvent"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type TrainingEventResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["TrainingEvent"] = ResolversParentTypes["TrainingEvent"],
> = {
  capacity?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  course?: Resolver<ResolversTypes["Course"], ParentType, ContextType>;
  date?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  enrollments?: Resolver<Array<ResolversTypes["Enrollment"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  online?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  trainers?: Resolver<Array<ResolversTypes["Professional"]>, ParentType, ContextType>;
};

export type TrainingImportReportResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["TrainingImportReport"] = ResolversParentTypes["TrainingImportReport"],
> = {
  created?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes["RejectedRow"]>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type TrainingRolloutResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["TrainingRollout"] = ResolversParentTypes["TrainingRollout"],
> = {
  inHouseTrainersByRegion?: Resolver<
    Array<ResolversTypes["RegionCount"]>,
    ParentType,
    ContextType,
    Partial<TrainingRolloutinHouseTrainersByRegionArgs>
  >;
  managersBriefed?: Resolver<
    Array<ResolversTypes["UnitCount"]>,
    ParentType,
    ContextType,
    Partial<TrainingRolloutmanagersBriefedArgs>
  >;
  measuringWithoutTraining?: Resolver<
    Array<ResolversTypes["Professional"]>,
    ParentType,
    ContextType,
    RequireFields<TrainingRolloutmeasuringWithoutTrainingArgs, "days">
  >;
  targetUnitCoverage?: Resolver<
    Array<ResolversTypes["TargetUnitCoverage"]>,
    ParentType,
    ContextType,
    Partial<TrainingRollouttargetUnitCoverageArgs>
  >;
  trainedByMonth?: Resolver<
    Array<ResolversTypes["TrainedInMonth"]>,
    ParentType,
    ContextType,
    RequireFields<TrainingRollouttrainedByMonthArgs, "from" | "groupBy" | "to">
  >;
  trainedWithoutRecentMeasurements?: Resolver<
    Array<ResolversTypes["Professional"]>,
    ParentType,
    ContextType,
    RequireFields<TrainingRollouttrainedWithoutRecentMeasurementsArgs, "days">
  >;
};

export type UnitCountResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["UnitCount"] = ResolversParentTypes["UnitCount"],
> = {
  count?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
};

export type Resolvers<ContextType = TrainingContext> = {
  Course?: CourseResolvers<ContextType>;
  CourseKind?: CourseKindResolvers;
  Date?: GraphQLScalarType;
  Enrollment?: EnrollmentResolvers<ContextType>;
  FitTrainingLevel?: FitTrainingLevelResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  ProviderKind?: ProviderKindResolvers;
  Query?: QueryResolvers<ContextType>;
  RegionCount?: RegionCountResolvers<ContextType>;
  RejectedRow?: RejectedRowResolvers<ContextType>;
  RolloutUnit?: RolloutUnitResolvers<ContextType>;
  TargetUnitCoverage?: TargetUnitCoverageResolvers<ContextType>;
  TrainedGrouping?: TrainedGroupingResolvers;
  TrainedInMonth?: TrainedInMonthResolvers<ContextType>;
  Trainer?: TrainerResolvers<ContextType>;
  TrainingCompletion?: TrainingCompletionResolvers<ContextType>;
  TrainingEvent?: TrainingEventResolvers<ContextType>;
  TrainingImportReport?: TrainingImportReportResolvers<ContextType>;
  TrainingRollout?: TrainingRolloutResolvers<ContextType>;
  UnitCount?: UnitCountResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = TrainingContext> = {
  bounded?: boundedDirectiveResolver<any, any, ContextType>;
};
