import { GraphQLResolveInfo } from "graphql";
import { WebhookDeliveryMapper, WebhookSubscriptionMapper } from "./integration.mappers";
import { IntegrationContext } from "../context";
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  _FieldSet: { input: unknown; output: unknown };
};

/** A new webhook subscription of the calling system (scope `webhooks:manage`). */
export type CreateWebhookSubscriptionInput = {
  /** Event types as in the catalogue, e.g. `client.updated`; each must be allowed by the caller's scopes. */
  eventTypes: Array<Scalars["String"]["input"]>;
  /**
   * The receiver's absolute URL: `https://`, or `http://` to a loopback address (`127.0.0.1`,
   * `localhost`, `[::1]`) outside production only; redirects are not followed.
   */
  url: Scalars["String"]["input"];
};

/** The new subscription and its signing secret, which is shown only in this answer. */
export type CreateWebhookSubscriptionPayload = {
  __typename?: "CreateWebhookSubscriptionPayload";
  /** The signing secret of this subscription's deliveries, `whsec_` + base64 (Standard Webhooks). Shown only here: keep it. */
  secret: Scalars["String"]["output"];
  /** The subscription as stored, active. */
  subscription: WebhookSubscription;
};

export type Mutation = {
  __typename?: "Mutation";
  /**
   * Subscribes `url` (https, or http on a loopback address outside production) to `eventTypes`. The answer
   * carries the signing secret once; it is never shown again.
   */
  createWebhookSubscription: CreateWebhookSubscriptionPayload;
  /** Stops a subscription: no new deliveries; those waiting are still tried. */
  deactivateWebhookSubscription: WebhookSubscription;
  /** Sends a dead-lettered delivery again, with a fresh count of attempts. */
  replayWebhookDelivery: WebhookDelivery;
};

export type MutationcreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};

export type MutationdeactivateWebhookSubscriptionArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationreplayWebhookDeliveryArgs = {
  id: Scalars["ID"]["input"];
};

/**
 * Webhooks for a registered system (a client information system): it subscribes a URL to the event types
 * it chooses and receives each such change as a signed HTTP POST of the event (docs/events.md). Only
 * system clients with the scope `webhooks:manage` use this, and each sees only its own subscriptions.
 */
export type Query = {
  __typename?: "Query";
  /** The event types the caller may subscribe to with its scopes (e.g. `clients:read` for the clients subgraph's events). */
  webhookEventTypes: Array<Scalars["String"]["output"]>;
  /** One of the caller's subscriptions; null when there is none with that id. */
  webhookSubscription: Maybe<WebhookSubscription>;
  /** The caller's webhook subscriptions, newest first. */
  webhookSubscriptions: Array<WebhookSubscription>;
};

/**
 * Webhooks for a registered system (a client information system): it subscribes a URL to the event types
 * it chooses and receives each such change as a signed HTTP POST of the event (docs/events.md). Only
 * system clients with the scope `webhooks:manage` use this, and each sees only its own subscriptions.
 */
export type QuerywebhookSubscriptionArgs = {
  id: Scalars["ID"]["input"];
};

/**
 * One event to be delivered to one subscription, with its attempts. Delivery is at least once:
 * receivers deduplicate by the `silta-event-id` header.
 */
export type WebhookDelivery = {
  __typename?: "WebhookDelivery";
  /** Attempts made so far. */
  attempts: Scalars["Int"]["output"];
  /** ISO 8601 time at which the event was queued for this subscription. */
  createdAt: Scalars["String"]["output"];
  /** ISO 8601 time at which the receiver answered 2xx; null until then. */
  deliveredAt: Maybe<Scalars["String"]["output"]>;
  /** The delivered event's id (the envelope's `id`, the `silta-event-id` header), unique per event. */
  eventId: Scalars["ID"]["output"];
  /** The delivered event's type, e.g. `client.updated` (the `silta-event-type` header). */
  eventType: Scalars["String"]["output"];
  /**
   * The delivery's id (a UUID), sent as the `silta-webhook-id` header; pass it to
   * `replayWebhookDelivery`.
   */
  id: Scalars["ID"]["output"];
  /** Why the last attempt failed (HTTP status or network error); null when none failed. */
  lastError: Maybe<Scalars["String"]["output"]>;
  /** ISO 8601 time of the next attempt while PENDING. */
  nextAttemptAt: Maybe<Scalars["String"]["output"]>;
  /** `PENDING` until the receiver answers 2xx (`DELIVERED`) or every attempt failed (`DEAD`). */
  status: WebhookDeliveryStatus;
  /** The subscription it is delivered to. */
  subscriptionId: Scalars["ID"]["output"];
};

/** Where a delivery of one event to one subscription stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed; kept for inspection and replay. */
  | "DEAD"
  /** The receiver answered 2xx. */
  | "DELIVERED"
  /** Not delivered yet: waiting for its first or next attempt. */
  | "PENDING";

/**
 * A URL of a registered system subscribed to event types. Visible only to the system that made it
 * (viewer id), with the scope `webhooks:manage`.
 */
export type WebhookSubscription = {
  __typename?: "WebhookSubscription";
  /** False once deactivated: no new deliveries are queued; those already waiting are still tried. */
  active: Scalars["Boolean"]["output"];
  /** ISO 8601 time of registration. */
  createdAt: Scalars["String"]["output"];
  /** Its deliveries, newest first, optionally of one status; at most `first` (default 50, at most 500). */
  deliveries: Array<WebhookDelivery>;
  /** The event types delivered, as in the catalogue of docs/events.md (e.g. `client.updated`). */
  eventTypes: Array<Scalars["String"]["output"]>;
  /** The subscription's id (a UUID); sent with every delivery as part of its record, not as a header. */
  id: Scalars["ID"]["output"];
  /** Where deliveries are POSTed. */
  url: Scalars["String"]["output"];
};

/**
 * A URL of a registered system subscribed to event types. Visible only to the system that made it
 * (viewer id), with the scope `webhooks:manage`.
 */
export type WebhookSubscriptiondeliveriesArgs = {
  first?: InputMaybe<Scalars["Int"]["input"]>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

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

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  CreateWebhookSubscriptionPayload: ResolverTypeWrapper<
    Omit<CreateWebhookSubscriptionPayload, "subscription"> & { subscription: ResolversTypes["WebhookSubscription"] }
  >;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryMapper>;
  WebhookDeliveryStatus: ResolverTypeWrapper<"PENDING" | "DELIVERED" | "DEAD">;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionMapper>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  String: Scalars["String"]["output"];
  CreateWebhookSubscriptionPayload: Omit<CreateWebhookSubscriptionPayload, "subscription"> & {
    subscription: ResolversParentTypes["WebhookSubscription"];
  };
  Mutation: Record<PropertyKey, never>;
  ID: Scalars["ID"]["output"];
  Query: Record<PropertyKey, never>;
  WebhookDelivery: WebhookDeliveryMapper;
  WebhookSubscription: WebhookSubscriptionMapper;
  Boolean: Scalars["Boolean"]["output"];
  Int: Scalars["Int"]["output"];
};

export type boundedDirectiveArgs = {
  maxItems?: Maybe<Scalars["Int"]["input"]>;
  maxLength?: Maybe<Scalars["Int"]["input"]>;
};

export type boundedDirectiveResolver<
  Result,
  Parent,
  ContextType = IntegrationContext,
  Args = boundedDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CreateWebhookSubscriptionPayloadResolvers<
  ContextType = IntegrationContext,
  ParentType extends ResolversParentTypes["CreateWebhookSubscriptionPayload"] =
    ResolversParentTypes["CreateWebhookSubscriptionPayload"],
> = {
  secret?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes["WebhookSubscription"], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = IntegrationContext,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = {
  createWebhookSubscription?: Resolver<
    ResolversTypes["CreateWebhookSubscriptionPayload"],
    ParentType,
    ContextType,
    RequireFields<MutationcreateWebhookSubscriptionArgs, "input">
  >;
  deactivateWebhookSubscription?: Resolver<
    ResolversTypes["WebhookSubscription"],
    ParentType,
    ContextType,
    RequireFields<MutationdeactivateWebhookSubscriptionArgs, "id">
  >;
  replayWebhookDelivery?: Resolver<
    ResolversTypes["WebhookDelivery"],
    ParentType,
    ContextType,
    RequireFields<MutationreplayWebhookDeliveryArgs, "id">
  >;
};

export type QueryResolvers<
  ContextType = IntegrationContext,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = {
  webhookEventTypes?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  webhookSubscription?: Resolver<
    Maybe<ResolversTypes["WebhookSubscription"]>,
    ParentType,
    ContextType,
    RequireFields<QuerywebhookSubscriptionArgs, "id">
  >;
  webhookSubscriptions?: Resolver<Array<ResolversTypes["WebhookSubscription"]>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<
  ContextType = IntegrationContext,
  ParentType extends ResolversParentTypes["WebhookDelivery"] = ResolversParentTypes["WebhookDelivery"],
> = {
  attempts?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes["WebhookDeliveryStatus"], ParentType, ContextType>;
  subscriptionId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type WebhookDeliveryStatusResolvers = EnumResolverSignature<
  { DEAD?: any; DELIVERED?: any; PENDING?: any },
  ResolversTypes["WebhookDeliveryStatus"]
>;

export type WebhookSubscriptionResolvers<
  ContextType = IntegrationContext,
  ParentType extends ResolversParentTypes["WebhookSubscription"] = ResolversParentTypes["WebhookSubscription"],
> = {
  active?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  deliveries?: Resolver<
    Array<ResolversTypes["WebhookDelivery"]>,
    ParentType,
    ContextType,
    Partial<WebhookSubscriptiondeliveriesArgs>
  >;
  eventTypes?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  url?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type Resolvers<ContextType = IntegrationContext> = {
  CreateWebhookSubscriptionPayload?: CreateWebhookSubscriptionPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryStatus?: WebhookDeliveryStatusResolvers;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = IntegrationContext> = {
  bounded?: boundedDirectiveResolver<any, any, ContextType>;
};
