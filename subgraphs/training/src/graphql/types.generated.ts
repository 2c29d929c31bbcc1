import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import { CourseMapper, ProfessionalMapper, TrainingCompletionMapper } from "./training.mappers";
import { TrainingContext } from "../context";
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date, ISO 8601 (`2026-11-23`). */
  Date: { input: Date | string; output: Date | string };
  _FieldSet: { input: unknown; output: unknown };
};

export type Course = {
  __typename?: "Course";
  id: Scalars["ID"]["output"];
  level: FitTrainingLevel;
  name: Scalars["String"]["output"];
  /** Who gives the course: the county's own trainers or a bought provider. */
  provider: Scalars["String"]["output"];
};

/** Levels of FIT training, lowest first. */
export type FitTrainingLevel = "ADVANCED" | "BASIC" | "MANAGEMENT_BRIEFING" | "TRAINER";

export type Professional = {
  __typename?: "Professional";
  /** The highest FIT training level completed, or null when none. */
  fitTrainingLevel: Maybe<FitTrainingLevel>;
  id: Scalars["ID"]["output"];
  trainings: Array<TrainingCompletion>;
};

/** A professional's completed training (koulutus suoritettu). */
export type TrainingCompletion = {
  __typename?: "TrainingCompletion";
  completedOn: Scalars["Date"]["output"];
  course: Course;
  id: Scalars["ID"]["output"];
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
  Course: ResolverTypeWrapper<CourseMapper>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  FitTrainingLevel: ResolverTypeWrapper<"MANAGEMENT_BRIEFING" | "BASIC" | "ADVANCED" | "TRAINER">;
  Professional: ResolverTypeWrapper<ProfessionalMapper>;
  TrainingCompletion: ResolverTypeWrapper<TrainingCompletionMapper>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Course: CourseMapper;
  ID: Scalars["ID"]["output"];
  String: Scalars["String"]["output"];
  Date: Scalars["Date"]["output"];
  Professional: ProfessionalMapper;
  TrainingCompletion: TrainingCompletionMapper;
  Boolean: Scalars["Boolean"]["output"];
};

export type CourseResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["Course"] = ResolversParentTypes["Course"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  level?: Resolver<ResolversTypes["FitTrainingLevel"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export type FitTrainingLevelResolvers = EnumResolverSignature<
  { ADVANCED?: any; BASIC?: any; MANAGEMENT_BRIEFING?: any; TRAINER?: any },
  ResolversTypes["FitTrainingLevel"]
>;

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
  trainings?: Resolver<Array<ResolversTypes["TrainingCompletion"]>, ParentType, ContextType>;
};

export type TrainingCompletionResolvers<
  ContextType = TrainingContext,
  ParentType extends ResolversParentTypes["TrainingCompletion"] = ResolversParentTypes["TrainingCompletion"],
> = {
  completedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  course?: Resolver<ResolversTypes["Course"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type Resolvers<ContextType = TrainingContext> = {
  Course?: CourseResolvers<ContextType>;
  Date?: GraphQLScalarType;
  FitTrainingLevel?: FitTrainingLevelResolvers;
  Professional?: ProfessionalResolvers<ContextType>;
  TrainingCompletion?: TrainingCompletionResolvers<ContextType>;
};
