import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import { ClientMapper, ConsentMapper, OrganizationMapper } from "./consents.mappers";
import { ConsentsContext } from "../context";
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
  /** An instant, ISO 8601 with offset (`2026-11-23T10:15:00Z`). */
  DateTime: { input: Date | string; output: Date | string };
  _FieldSet: { input: unknown; output: unknown };
};

export type Client = {
  __typename?: "Client";
  consents: Array<Consent>;
  id: Scalars["ID"]["output"];
};

/** A client's consent (suostumus) to share their data with organisations outside the county. */
export type Consent = {
  __typename?: "Consent";
  /** The data categories the consent covers. */
  categories: Array<DataCategory>;
  id: Scalars["ID"]["output"];
  /** Valid today and not revoked. */
  isActive: Scalars["Boolean"]["output"];
  purpose: Scalars["String"]["output"];
  recipientOrganization: Organization;
  revokedAt: Maybe<Scalars["DateTime"]["output"]>;
  validFrom: Scalars["Date"]["output"];
  validUntil: Maybe<Scalars["Date"]["output"]>;
};

/** Categories of client data that access decisions and consents are made for. */
export type DataCategory = "BASIC" | "CONCERNS" | "CONSENTS" | "CONTACT" | "FIT" | "SERVICE_PLAN" | "TEAM";

export type Organization = {
  __typename?: "Organization";
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
  Client: Client;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client: { __typename: "Client" } & GraphQLRecursivePick<FederationTypes["Client"], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Client: ResolverTypeWrapper<ClientMapper>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Consent: ResolverTypeWrapper<ConsentMapper>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  DataCategory: ResolverTypeWrapper<"BASIC" | "CONTACT" | "CONCERNS" | "SERVICE_PLAN" | "TEAM" | "CONSENTS" | "FIT">;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  DateTime: ResolverTypeWrapper<Scalars["DateTime"]["output"]>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Client: ClientMapper;
  ID: Scalars["ID"]["output"];
  Consent: ConsentMapper;
  Boolean: Scalars["Boolean"]["output"];
  String: Scalars["String"]["output"];
  Date: Scalars["Date"]["output"];
  DateTime: Scalars["DateTime"]["output"];
  Organization: OrganizationMapper;
};

export type ClientResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Client"] = ResolversParentTypes["Client"],
  FederationReferenceType extends FederationReferenceTypes["Client"] = FederationReferenceTypes["Client"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Client"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  consents?: Resolver<Array<ResolversTypes["Consent"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type ConsentResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Consent"] = ResolversParentTypes["Consent"],
> = {
  categories?: Resolver<Array<ResolversTypes["DataCategory"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  recipientOrganization?: Resolver<ResolversTypes["Organization"], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes["DateTime"]>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
};

export type DataCategoryResolvers = EnumResolverSignature<
  { BASIC?: any; CONCERNS?: any; CONSENTS?: any; CONTACT?: any; FIT?: any; SERVICE_PLAN?: any; TEAM?: any },
  ResolversTypes["DataCategory"]
>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["DateTime"], any> {
  name: "DateTime";
}

export type OrganizationResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Organization"] = ResolversParentTypes["Organization"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type Resolvers<ContextType = ConsentsContext> = {
  Client?: ClientResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  DataCategory?: DataCategoryResolvers;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Organization?: OrganizationResolvers<ContextType>;
};
