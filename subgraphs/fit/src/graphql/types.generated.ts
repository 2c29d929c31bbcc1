import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import { ClientMapper, MeasurementMapper, ProfessionalMapper } from "./fit.mappers";
import { FitContext } from "../context";
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

export type Client = {
  __typename?: "Client";
  id: Scalars["ID"]["output"];
  /** The client's latest outcome score (ORS, or CORS/YCORS for children). */
  latestOutcome: Maybe<Measurement>;
  /** The client's latest session rating (SRS, CSRS, YCSRS or GSRS). */
  latestSessionRating: Maybe<Measurement>;
};

/** FIT instruments: ORS/SRS for adults, CORS/CSRS for children 6-12, YCORS/YCSRS under 6, GSRS for groups. */
export type Instrument = "CORS" | "CSRS" | "GSRS" | "ORS" | "SRS" | "YCORS" | "YCSRS";

/** One score of one FIT instrument, given in a session (mittaus). */
export type Measurement = {
  __typename?: "Measurement";
  id: Scalars["ID"]["output"];
  instrument: Instrument;
  /** The four item scores 0.0-10.0, when the rater gave items and not only the total. */
  items: Maybe<Array<Scalars["Float"]["output"]>>;
  measuredOn: Scalars["Date"]["output"];
  /** 0-40; higher is better. */
  total: Scalars["Float"]["output"];
};

export type Professional = {
  __typename?: "Professional";
  id: Scalars["ID"]["output"];
  /** How many measurements this professional has recorded since the date (default: ever). */
  measurementsRecorded: Scalars["Int"]["output"];
};

export type ProfessionalmeasurementsRecordedArgs = {
  since?: InputMaybe<Scalars["Date"]["input"]>;
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
  Client: Client;
  Professional: Professional;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client: { __typename: "Client" } & GraphQLRecursivePick<FederationTypes["Client"], { id: true }>;
  Professional: { __typename: "Professional" } & GraphQLRecursivePick<FederationTypes["Professional"], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Client: ResolverTypeWrapper<ClientMapper>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  Instrument: ResolverTypeWrapper<"ORS" | "SRS" | "CORS" | "CSRS" | "YCORS" | "YCSRS" | "GSRS">;
  Measurement: ResolverTypeWrapper<MeasurementMapper>;
  Float: ResolverTypeWrapper<Scalars["Float"]["output"]>;
  Professional: ResolverTypeWrapper<ProfessionalMapper>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Client: ClientMapper;
  ID: Scalars["ID"]["output"];
  Date: Scalars["Date"]["output"];
  Measurement: MeasurementMapper;
  Float: Scalars["Float"]["output"];
  Professional: ProfessionalMapper;
  Int: Scalars["Int"]["output"];
  Boolean: Scalars["Boolean"]["output"];
  String: Scalars["String"]["output"];
};

export type ClientResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["Client"] = ResolversParentTypes["Client"],
  FederationReferenceType extends FederationReferenceTypes["Client"] = FederationReferenceTypes["Client"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Client"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  latestOutcome?: Resolver<Maybe<ResolversTypes["Measurement"]>, ParentType, ContextType>;
  latestSessionRating?: Resolver<Maybe<ResolversTypes["Measurement"]>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export type InstrumentResolvers = EnumResolverSignature<
  { CORS?: any; CSRS?: any; GSRS?: any; ORS?: any; SRS?: any; YCORS?: any; YCSRS?: any },
  ResolversTypes["Instrument"]
>;

export type MeasurementResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["Measurement"] = ResolversParentTypes["Measurement"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes["Instrument"], ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes["Float"]>>, ParentType, ContextType>;
  measuredOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  total?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
};

export type ProfessionalResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["Professional"] = ResolversParentTypes["Professional"],
  FederationReferenceType extends FederationReferenceTypes["Professional"] = FederationReferenceTypes["Professional"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Professional"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  measurementsRecorded?: Resolver<ResolversTypes["Int"], ParentType, ContextType, Partial<ProfessionalmeasurementsRecordedArgs>>;
};

export type Resolvers<ContextType = FitContext> = {
  Client?: ClientResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Instrument?: InstrumentResolvers;
  Measurement?: MeasurementResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
};
