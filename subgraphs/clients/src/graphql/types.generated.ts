import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import { ClientMapper, OrganizationMapper } from "./clients.mappers";
import { ClientsContext } from "../context";
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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

/**
 * A client of the county's family, social or disability services (asiakas). Owned by the clients
 * subgraph; the other subgraphs add the client's team, consents and FIT measurements.
 */
export type Client = {
  __typename?: "Client";
  /** Derived from the identity code when the client has one. */
  birthDate: Maybe<Scalars["Date"]["output"]>;
  /** The organisation that is the controller (rekisterinpitäjä) of the client record. */
  controllerOrganization: Organization;
  firstName: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  /** ISO 639-1 code of the language of service, e.g. `fi`, `sv`, `se`. */
  language: Scalars["String"]["output"];
  lastName: Scalars["String"]["output"];
};

export type Organization = {
  __typename?: "Organization";
  id: Scalars["ID"]["output"];
};

export type Query = {
  __typename?: "Query";
  /** One client, or null when there is none with that id. Reading is checked and logged. */
  client: Maybe<Client>;
};

export type QueryclientArgs = {
  id: Scalars["ID"]["input"];
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
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Client: ClientMapper;
  String: Scalars["String"]["output"];
  ID: Scalars["ID"]["output"];
  Date: Scalars["Date"]["output"];
  Organization: OrganizationMapper;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars["Boolean"]["output"];
};

export type ClientResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Client"] = ResolversParentTypes["Client"],
  FederationReferenceType extends FederationReferenceTypes["Client"] = FederationReferenceTypes["Client"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Client"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  birthDate?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
  controllerOrganization?: Resolver<ResolversTypes["Organization"], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  language?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export type OrganizationResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Organization"] = ResolversParentTypes["Organization"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = {
  client?: Resolver<Maybe<ResolversTypes["Client"]>, ParentType, ContextType, RequireFields<QueryclientArgs, "id">>;
};

export type Resolvers<ContextType = ClientsContext> = {
  Client?: ClientResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Organization?: OrganizationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};
