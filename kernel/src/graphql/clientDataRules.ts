import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type FieldDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import type { AccessGuard } from "../access/AccessGuard";
import { ACCESS_LOG_CATEGORY, DataCategory, type AccessCategory } from "../access/types";
import { forbidden } from "../errors";

/** The SDL directive that declares the access rule of a field returning a client's data (docs/access.md). */
export const CLIENT_DATA_DIRECTIVE = "clientData";

/** A field's `@clientData(category:, clientId:, serviceTask:)`, read from its SDL. */
export interface ClientDataRule {
  /** A category of the client's data, or `access_log` (the log of its use, decided by its own rule). */
  category: AccessCategory;
  /** The parent's field holding the client's id. */
  clientId: string;
  /**
   * The field holding the service task the data belongs to: of each record, when the field returns a
   * list of records (decided per task); otherwise of the parent.
   */
  serviceTask?: string;
  /**
   * The parent's field holding a family's id, for a record that may be a family's instead of one
   * client's (a concern, a service plan): when its client id is null and this is set, the field is left
   * to the resolver that reached the record, which decided for every member (`subjectAccess`).
   */
  familyId?: string;
  /**
   * The parent's field naming the professional a record is answered to as their own notice (a child
   * welfare notice, Child Welfare Act 417/2007 25 §): set only by the resolver that raised it after
   * deciding `notify`. For that viewer the field is decided for `notify`, the one right a notice gives.
   */
  noticeRaisedBy?: string;
}

const categories = new Set<string>([...Object.values(DataCategory), ACCESS_LOG_CATEGORY]);

/** The `@clientData` rule of a field, or undefined when it declares none. Throws on a malformed one. */
export function clientDataRuleOf(node: FieldDefinitionNode | null | undefined): ClientDataRule | undefined {
  const directive = node?.directives?.find((candidate) => candidate.name.value === CLIENT_DATA_DIRECTIVE);
  if (!directive) return undefined;
  const values = new Map<string, string>();
  for (const argument of directive.arguments ?? []) {
    if (argument.value.kind === Kind.ENUM || argument.value.kind === Kind.STRING)
      values.set(argument.name.value, argument.value.value);
  }
  const category = values.get("category");
  // A rule the kernel cannot read must not quietly become no rule: the subgraph refuses to start.
  if (!category || !categories.has(category))
    throw new Error(`@${CLIENT_DATA_DIRECTIVE} of ${node!.name.value} names no known category (${category ?? "none"}).`);
  const rule: ClientDataRule = { category: category as AccessCategory, clientId: values.get("clientId") ?? "id" };
  const serviceTask = values.get("serviceTask");
  if (serviceTask) rule.serviceTask = serviceTask;
  const familyId = values.get("familyId");
  if (familyId) rule.familyId = familyId;
  const noticeRaisedBy = values.get("noticeRaisedBy");
  if (noticeRaisedBy) rule.noticeRaisedBy = noticeRaisedBy;
  return rule;
}

/** What the wrapped resolvers need of the request context: its access guard. */
interface GuardedContext {
  access: AccessGuard;
  viewer?: { id: string };
}

/**
 * The one mechanism behind `@clientData`: wraps the resolver of every field that declares a rule so
 * the viewer's basis for that category of the parent's client is decided and logged (the request's
 * `AccessGuard`) before the field resolves; without one the field is null with FORBIDDEN. A parent
 * without the client id fails closed. A hand-written assert of the same question in the resolver
 * costs nothing more: the guard answers each (client, category, action, task) once per request.
 * With `serviceTask`, a field returning a list of records has the resolved list filtered per task of
 * its records instead (a ban of one service task's data hides only its records); any other field is
 * decided for the parent's service task. With `familyId`, a parent that is a family's record (client id
 * null, family id set) is left to the resolver that reached it (decided per member); with `noticeRaisedBy`,
 * the raiser a record was answered to as their own notice is decided for `notify`. Wraps the resolvers of `schema` in place and returns it.
 */
export function enforceClientDataRules(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = clientDataRuleOf(field.astNode);
      if (!rule) continue;
      const listOfRecords = isListType(getNullableType(field.type)) && isDecidedPerTask(getNamedType(field.type), rule);
      const records = listOfRecords ? undefined : recordRuleOf(getNamedType(field.type));
      field.resolve = guarded(rule, listOfRecords, `${type.name}.${field.name}`, field.resolve ?? defaultFieldResolver, records);
    }
  }
  return schema;
}

function guarded(
  rule: ClientDataRule,
  listOfRecords: boolean,
  where: string,
  resolve: GraphQLFieldResolver<unknown, unknown>,
  records?: ClientDataRule,
): GraphQLFieldResolver<unknown, GuardedContext> {
  const { category, serviceTask } = rule;
  const decidedFirst = guardedInTurn(rule, listOfRecords, where, resolve, records);
  // A field decided before it resolves (not one resolved first to be decided with its records, nor a
  // list filtered per task) whose decision this request already made and allowed resolves at once: the
  // guard would answer from its cache anyway, and a promise per field of every client of a list (three
  // of them for each of a caseload's 79 clients) is most of what its fields cost. Anything else, and
  // every refusal, takes the path below, unchanged.
  if ((records && !rule.noticeRaisedBy) || (serviceTask && listOfRecords)) return decidedFirst;
  return (source, args, context, info) => {
    const clientId = (source as Record<string, unknown> | null)?.[rule.clientId];
    if (typeof clientId === "string" && clientId !== "" && !isWrittenRecord(info)) {
      const action = rule.noticeRaisedBy !== undefined && isOwnNotice(source, rule.noticeRaisedBy, context) ? "notify" : "read";
      if (context.access.allowedAlready(clientId, category, action, serviceTask ? taskOf(source, serviceTask) : undefined)) {
        try {
          return resolve(source, args, context, info);
        } catch (error) {
          // As it failed before: a rejection of the field's promise.
          return Promise.reject(error as Error);
        }
      }
    }
    return decidedFirst(source, args, context, info);
  };
}

/** The guard of one field as every field was guarded: decide (and log), then resolve; or resolve, then decide. */
function guardedInTurn(
  rule: ClientDataRule,
  listOfRecords: boolean,
  where: string,
  resolve: GraphQLFieldResolver<unknown, unknown>,
  records?: ClientDataRule,
): GraphQLFieldResolver<unknown, GuardedContext> {
  const { category, serviceTask } = rule;
  return async (source, args, context, info) => {
    // The record a mutation answers with is the one its caller just wrote, under the write rule the
    // mutation decided and logged: its own fields need no read decision (the access projection may
    // not know the new fact yet). Not so a `Client` (updateClient): its fields span categories the
    // write did not decide (contact data under a non-disclosure order). Anything nested is decided too.
    if (isWrittenRecord(info)) return resolve(source, args, context, info);
    const clientId = (source as Record<string, unknown> | null)?.[rule.clientId];
    // A family's record was decided for each member on the way in; only a record of neither fails.
    if ((clientId === null || clientId === undefined) && rule.familyId && isId(source, rule.familyId))
      return resolve(source, args, context, info);
    if (typeof clientId !== "string" || clientId === "")
      throw forbidden(`${where} belongs to no client the hub can decide access for.`, { category, reason: "no_client_id" });
    if (records && !rule.noticeRaisedBy) {
      // The records answered carry their own rule (a measurement, for its service task): resolved first,
      // then decided in one batch with the parent, so a request logs one entry per client, not one per tick.
      const parentTask = serviceTask ? taskOf(source, serviceTask) : undefined;
      let value: unknown;
      try {
        value = await resolve(source, args, context, info);
      } catch (error) {
        // Still decided and logged, and a refusal answers before the resolver's own error would.
        await context.access.assert(clientId, category, "read", parentTask);
        throw error;
      }
      const recordRequests = recordsOf(value).flatMap((record) => {
        const recordClient = (record as Record<string, unknown> | null)?.[records.clientId];
        if (typeof recordClient !== "string" || recordClient === "") return [];
        return [{ clientId: recordClient, category: records.category, serviceTask: taskOf(record, records.serviceTask!) }];
      });
      await context.access.assertWith(clientId, category, parentTask, recordRequests);
      return value;
    }
    if (!serviceTask || !listOfRecords) {
      const ownNotice = rule.noticeRaisedBy !== undefined && isOwnNotice(source, rule.noticeRaisedBy, context);
      const action = ownNotice ? "notify" : "read";
      await context.access.assert(clientId, category, action, serviceTask ? taskOf(source, serviceTask) : undefined);
      return resolve(source, args, context, info);
    }
    const value: unknown = await resolve(source, args, context, info);
    if (!Array.isArray(value)) {
      // Null (or a failed resolver): still decided, so the answer itself is a lawful one.
      await context.access.assert(clientId, category);
      return value;
    }
    return context.access.filterByServiceTask(clientId, category, value, (row) => taskOf(row, serviceTask));
  };
}

/**
 * A list is filtered record by record, per each record's service task, only when its records are
 * themselves the client's records of a task (their type declares the same per-task rule, as a
 * client's concerns do); a list of other things (the professionals and clients who attended a
 * concern's meeting) is decided once, for the parent's task.
 */
function isDecidedPerTask(type: GraphQLNamedType, rule: ClientDataRule): boolean {
  if (!rule.serviceTask || !isObjectType(type)) return false;
  return Object.values(type.getFields()).some((field) => clientDataRuleOf(field.astNode)?.serviceTask === rule.serviceTask);
}

/**
 * The per-task rule the fields of a record type carry (a measurement's: category, client and service
 * task of the record itself), when it has one: a field answering such records is decided with them.
 * Only a rule on a field of one value counts: a list's per-task rule (`Client.concerns`) is about the
 * records in the list, not about the type that holds it.
 */
function recordRuleOf(type: GraphQLNamedType): ClientDataRule | undefined {
  if (!isObjectType(type)) return undefined;
  for (const field of Object.values(type.getFields())) {
    if (isListType(getNullableType(field.type))) continue;
    const rule = clientDataRuleOf(field.astNode);
    if (rule?.serviceTask && !rule.familyId && !rule.noticeRaisedBy) return rule;
  }
  return undefined;
}

function recordsOf(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function isWrittenRecord(info: GraphQLResolveInfo): boolean {
  const mutationAnswer =
    info.operation.operation === "mutation" && info.path.prev !== undefined && info.path.prev.prev === undefined;
  return mutationAnswer && info.parentType.name !== "Client";
}

function isOwnNotice(record: unknown, field: string, context: GuardedContext): boolean {
  const raisedBy = (record as Record<string, unknown> | null)?.[field];
  return typeof raisedBy === "string" && raisedBy !== "" && raisedBy === context.viewer?.id;
}

function isId(record: unknown, field: string): boolean {
  const id = (record as Record<string, unknown> | null)?.[field];
  return typeof id === "string" && id !== "";
}

function taskOf(record: unknown, field: string): string | null {
  const task = (record as Record<string, unknown> | null)?.[field];
  return typeof task === "string" ? task : null;
}

/** Every field of `schema` that declares `@clientData`, as `Type.field` → its rule, sorted by name. */
export function clientDataRules(schema: GraphQLSchema): Map<string, ClientDataRule> {
  const rules = new Map<string, ClientDataRule>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = clientDataRuleOf(field.astNode);
      if (rule) rules.set(`${type.name}.${field.name}`, rule);
    }
  }
  return new Map([...rules].sort(([a], [b]) => a.localeCompare(b)));
}
