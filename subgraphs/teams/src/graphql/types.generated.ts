import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import { ClientMapper, OrganizationMapper, ProfessionalMapper, TeamMapper, TeamMemberMapper } from "./teams.mappers";
import { TeamsContext } from "../context";
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
  Date: { input: Date | string; output: Date | string };
  _FieldSet: { input: unknown; output: unknown };
};

export type Client = {
  __typename?: "Client";
  id: Scalars["ID"]["output"];
  /** The teams that work with this client. */
  teams: Array<Team>;
};

/**
 * An organisation whose professionals work with clients: the county's own service units, and the
 * partners outside it (the city's education services, employment services, Kela, parishes, NGOs).
 */
export type Organization = {
  __typename?: "Organization";
  /** Business id (y-tunnus), when the organisation has one. */
  businessId: Maybe<Scalars["String"]["output"]>;
  id: Scalars["ID"]["output"];
  /**
   * True for the county's own organisations (the controller of client records). Sharing with an
   * organisation outside the county is a disclosure that needs the client's consent.
   */
  isCountyOrganization: Scalars["Boolean"]["output"];
  name: Scalars["String"]["output"];
  type: OrganizationType;
};

export type OrganizationType =
  | "COUNTY_HEALTH_CARE"
  | "COUNTY_SOCIAL_SERVICES"
  | "EARLY_CHILDHOOD_EDUCATION"
  | "EMPLOYMENT_SERVICES"
  | "KELA"
  | "MUNICIPAL_EDUCATION"
  | "NGO"
  | "PARISH";

/** A professional who works with clients (ammattilainen). */
export type Professional = {
  __typename?: "Professional";
  active: Scalars["Boolean"]["output"];
  firstName: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  lastName: Scalars["String"]["output"];
  organization: Organization;
  /** E.g. social worker, school curator, psychologist. */
  profession: Scalars["String"]["output"];
};

export type Query = {
  __typename?: "Query";
  organization: Maybe<Organization>;
  organizations: Array<Organization>;
  professional: Maybe<Professional>;
  team: Maybe<Team>;
  teams: Array<Team>;
};

export type QueryorganizationArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryprofessionalArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryteamArgs = {
  id: Scalars["ID"]["input"];
};

/**
 * A team of professionals: a client's multidisciplinary team (MOTI team), an area team (aluetiimi),
 * a family centre team, or a group steering the rollout.
 */
export type Team = {
  __typename?: "Team";
  /** The clients this team works with; only those the viewer may see. */
  clients: Array<Client>;
  id: Scalars["ID"]["output"];
  kind: TeamKind;
  members: Array<TeamMember>;
  name: Scalars["String"]["output"];
};

export type TeamKind = "AREA_TEAM" | "CLIENT_TEAM" | "FAMILY_CENTRE_TEAM" | "STEERING_GROUP";

export type TeamMember = {
  __typename?: "TeamMember";
  professional: Professional;
  role: Scalars["String"]["output"];
  since: Scalars["Date"]["output"];
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
  Organization: Organization;
  Professional: Professional;
  Team: Team;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client: { __typename: "Client" } & GraphQLRecursivePick<FederationTypes["Client"], { id: true }>;
  Organization: { __typename: "Organization" } & GraphQLRecursivePick<FederationTypes["Organization"], { id: true }>;
  Professional: { __typename: "Professional" } & GraphQLRecursivePick<FederationTypes["Professional"], { id: true }>;
  Team: { __typename: "Team" } & GraphQLRecursivePick<FederationTypes["Team"], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Client: ResolverTypeWrapper<ClientMapper>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  OrganizationType: ResolverTypeWrapper<
    | "COUNTY_SOCIAL_SERVICES"
    | "COUNTY_HEALTH_CARE"
    | "MUNICIPAL_EDUCATION"
    | "EARLY_CHILDHOOD_EDUCATION"
    | "EMPLOYMENT_SERVICES"
    | "KELA"
    | "PARISH"
    | "NGO"
  >;
  Professional: ResolverTypeWrapper<ProfessionalMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Team: ResolverTypeWrapper<TeamMapper>;
  TeamKind: ResolverTypeWrapper<"CLIENT_TEAM" | "AREA_TEAM" | "FAMILY_CENTRE_TEAM" | "STEERING_GROUP">;
  TeamMember: ResolverTypeWrapper<TeamMemberMapper>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Client: ClientMapper;
  ID: Scalars["ID"]["output"];
  Date: Scalars["Date"]["output"];
  Organization: OrganizationMapper;
  String: Scalars["String"]["output"];
  Boolean: Scalars["Boolean"]["output"];
  Professional: ProfessionalMapper;
  Query: Record<PropertyKey, never>;
  Team: TeamMapper;
  TeamMember: TeamMemberMapper;
};

export type ClientResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Client"] = ResolversParentTypes["Client"],
  FederationReferenceType extends FederationReferenceTypes["Client"] = FederationReferenceTypes["Client"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Client"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes["Team"]>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export type OrganizationResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Organization"] = ResolversParentTypes["Organization"],
  FederationReferenceType extends FederationReferenceTypes["Organization"] = FederationReferenceTypes["Organization"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Organization"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  businessId?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isCountyOrganization?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  type?: Resolver<ResolversTypes["OrganizationType"], ParentType, ContextType>;
};

export type OrganizationTypeResolvers = EnumResolverSignature<
  {
    COUNTY_HEALTH_CARE?: any;
    COUNTY_SOCIAL_SERVICES?: any;
    EARLY_CHILDHOOD_EDUCATION?: any;
    EMPLOYMENT_SERVICES?: any;
    KELA?: any;
    MUNICIPAL_EDUCATION?: any;
    NGO?: any;
    PARISH?: any;
  },
  ResolversTypes["OrganizationType"]
>;

export type ProfessionalResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Professional"] = ResolversParentTypes["Professional"],
  FederationReferenceType extends FederationReferenceTypes["Professional"] = FederationReferenceTypes["Professional"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Professional"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  active?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes["Organization"], ParentType, ContextType>;
  profession?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = {
  organization?: Resolver<
    Maybe<ResolversTypes["Organization"]>,
    ParentType,
    ContextType,
    RequireFields<QueryorganizationArgs, "id">
  >;
  organizations?: Resolver<Array<ResolversTypes["Organization"]>, ParentType, ContextType>;
  professional?: Resolver<
    Maybe<ResolversTypes["Professional"]>,
    ParentType,
    ContextType,
    RequireFields<QueryprofessionalArgs, "id">
  >;
  team?: Resolver<Maybe<ResolversTypes["Team"]>, ParentType, ContextType, RequireFields<QueryteamArgs, "id">>;
  teams?: Resolver<Array<ResolversTypes["Team"]>, ParentType, ContextType>;
};

export type TeamResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Team"] = ResolversParentTypes["Team"],
  FederationReferenceType extends FederationReferenceTypes["Team"] = FederationReferenceTypes["Team"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Team"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  clients?: Resolver<Array<ResolversTypes["Client"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["TeamKind"], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes["TeamMember"]>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type TeamKindResolvers = EnumResolverSignature<
  { AREA_TEAM?: any; CLIENT_TEAM?: any; FAMILY_CENTRE_TEAM?: any; STEERING_GROUP?: any },
  ResolversTypes["TeamKind"]
>;

export type TeamMemberResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["TeamMember"] = ResolversParentTypes["TeamMember"],
> = {
  professional?: Resolver<ResolversTypes["Professional"], ParentType, ContextType>;
  role?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  since?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
};

export type Resolvers<ContextType = TeamsContext> = {
  Client?: ClientResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationType?: OrganizationTypeResolvers;
  Professional?: ProfessionalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamKind?: TeamKindResolvers;
  TeamMember?: TeamMemberResolvers<ContextType>;
};
