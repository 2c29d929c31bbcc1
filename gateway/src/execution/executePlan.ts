import type { GraphQLDataSource } from "@apollo/gateway";
// Apollo's own helpers, not exported by the package index: the same rewrites and merge as its executor.
import { applyRewrites } from "@apollo/gateway/dist/dataRewrites";
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import { deepMerge } from "@apollo/gateway/dist/utilities/deepMerge";
import type { FetchNode, PlanNode, QueryPlan, ResponsePath } from "@apollo/query-planner";
import { DECIDED_READS_EXTENSION, MAX_RECEIPT_LENGTH, MAX_RECEIPTS } from "@silta/kernel";
import type { GatewayExecutionResult, GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import {
  GraphQLError,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { GatewayContext } from "../GatewayContext";
import { SUBGRAPH_UNAVAILABLE } from "../subgraphs/partialAnswer";
import type { CompiledOperation } from "./compileOperation";
import { copyMerge, mergeIntoCopy } from "./copyMerge";
import { EntityBatches, type EntityCall } from "./entityBatches";
import { entityRepresentation, holdsInputs, readInputs, representationInputs } from "./entityRepresentations";
import { followUpExtensions, type FollowUpExtensions, type FollowUpReads } from "./followUpReads";
import { inSpan } from "./gatewaySpans";
import { introspect } from "./introspection";
import { shapeResponse } from "./shapeResponse";
import { errorPathsOf, subgraphError } from "./subgraphErrors";

type Data = Record<string, unknown>;

/** A place in the data fetched so far: under `@` in a path, every element of the list. */
interface Cursor {
  readonly path: ResponsePath;
  readonly data: Data | Data[];
  readonly fullResult: Data;
}

/** The caller's operation and the fragments of its document (Apollo's `OperationContext` without the schema). */
export interface OperationDocument {
  readonly operation: OperationDefinitionNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
}

export interface PlanExecution {
  readonly plan: QueryPlan;
  readonly compiled: CompiledOperation;
  /** What the plan's root fetches are told of the client data later fetches read, computed with the plan. */
  readonly followUpReads: FollowUpReads;
  readonly document: OperationDocument;
  readonly dataSources: Readonly<Record<string, GraphQLDataSource>>;
  readonly requestContext: GatewayGraphQLRequestContext;
  /** The supergraph (with @inaccessible parts): what `requires` and rewrites are read against. */
  readonly supergraphSchema: GraphQLSchema;
  /** The API schema: what the caller's answer is shaped and introspected against. */
  readonly apiSchema: GraphQLSchema;
  /** Whether an OpenTelemetry SDK records this request: then each fetch has its span. */
  readonly tracing: boolean;
}

interface Run extends PlanExecution {
  readonly errors: GraphQLError[];
  /**
   * The consents service's receipts of reads decided and logged by this request's earlier fetches
   * (a list's follow-up reads), carried to its later fetches, which answer those reads from them.
   */
  readonly decidedReads: string[];
  /** Entity fetches waiting to go to a subgraph with the others started beside them; made at the first. */
  batches?: EntityBatches;
}

/**
 * Runs a cached query plan and shapes the caller's answer: the work of Apollo's `executeQueryPlan`
 * with the same fetches, merges, error paths and result rules, without its usage-reporting trace
 * nodes (Silta turns usage reporting off), with spans only when tracing, and without rebuilding the
 * operation for every request (the shaping is compiled once per plan).
 */
export async function executePlan(execution: PlanExecution): Promise<GatewayExecutionResult> {
  const run: Run = { ...execution, errors: [], decidedReads: [] };
  // A plain object (deepMerge never sets an inherited name such as `__proto__` through the prototype).
  const fetched: Data = {};
  const root = execution.plan.node;
  if (root?.kind === "Subscription") throw new Error("Execution of subscriptions not supported by gateway");
  if (root) await executeNode(run, root, { path: [], data: fetched, fullResult: fetched });
  // Nobody reads this answer: neither shaped nor serialised, and one error says why rather than one per missing path.
  if (callerHungUp(run)) return { errors: [callerGoneError()] };

  const variables = execution.requestContext.request.variables;
  let shaped;
  try {
    shaped = shapeResponse(execution.apiSchema, execution.compiled, variables, fetched, (field) =>
      introspect(execution.apiSchema, field, execution.document.operation, execution.document.fragments, variables),
    );
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] };
    if (error instanceof Error) return { errors: [new GraphQLError(error.message, { originalError: error })] };
    execution.requestContext.logger.error(`Unexpected error during query plan execution: ${String(error)}`);
    return { errors: [new GraphQLError("Unexpected error during query plan execution")] };
  }
  // Completion errors after a failed fetch repeat that failure, so they are dropped; on their own
  // they go in extensions, where clients that relied on their absence do not trip (as Apollo does).
  if (run.errors.length === 0 && shaped.errors.length > 0)
    return { extensions: { valueCompletion: shaped.errors }, data: shaped.data };
  return run.errors.length === 0 ? { data: shaped.data } : { errors: run.errors, data: shaped.data };
}

async function executeNode(run: Run, node: PlanNode, cursor: Cursor | undefined): Promise<void> {
  // No data to continue from: an earlier fetch left this branch null.
  if (!cursor) return;
  switch (node.kind) {
    case "Sequence":
      for (const child of node.nodes) await executeNode(run, child, cursor);
      return;
    case "Parallel":
      await Promise.all(node.nodes.map((child) => executeNode(run, child, cursor)));
      return;
    case "Flatten":
      return executeNode(run, node.node, moveIntoCursor(cursor, node.path));
    case "Fetch":
      // Not sent once the caller has hung up (the data source would refuse it only after signing and serialising it).
      if (callerHungUp(run)) return;
      try {
        await inSpan(run.tracing, "fetch", { service: node.serviceName }, () => executeFetch(run, node, cursor));
      } catch (error) {
        run.errors.push(error as GraphQLError);
      }
      return;
    case "Condition": {
      const branch = conditionHolds(run, node.condition) ? node.ifClause : node.elseClause;
      if (branch) await executeNode(run, branch, cursor);
      return;
    }
    case "Defer":
      throw new Error("@defer support is not available in the gateway");
  }
}

/** A plan condition (`@skip`/`@include` on a whole fetch): the variable's value, or its default. */
function conditionHolds(run: Run, variable: string): boolean {
  const values = run.requestContext.request.variables;
  let value = values && Object.prototype.hasOwnProperty.call(values, variable) ? values[variable] : undefined;
  if (value === undefined) value = run.compiled.defaultedVariables[variable];
  if (value === undefined) throw new Error(`Missing value for variable $${variable} (and no default found)`);
  if (typeof value !== "boolean")
    throw new Error(`Invalid non-boolean value ${String(value)} for Boolean! variable $${variable}`);
  return value;
}

/** A plan condition's value, or undefined where {@link conditionHolds} refuses the variable (the branch never runs then). */
function conditionIfKnown(run: Run, variable: string): boolean | undefined {
  try {
    return conditionHolds(run, variable);
  } catch {
    return undefined;
  }
}

async function executeFetch(run: Run, fetch: FetchNode, cursor: Cursor): Promise<void> {
  const service = run.dataSources[fetch.serviceName];
  if (!service) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const entities = Array.isArray(cursor.data)
    ? cursor.data.filter((entity) => entity !== null && entity !== undefined)
    : [cursor.data];
  if (entities.length < 1) return;

  const variables = Object.create(null) as Data;
  const provided = run.requestContext.request.variables;
  for (const name of fetch.variableUsages ?? []) {
    if (provided && Object.prototype.hasOwnProperty.call(provided, name) && provided[name] !== undefined)
      variables[name] = provided[name];
  }

  if (!fetch.requires) {
    const extensions = followUpExtensions(run.followUpReads, fetch, (variable) => conditionIfKnown(run, variable));
    const received = await send(run, service, fetch, cursor, variables, undefined, extensions);
    if (received) applyRewrites(run.supergraphSchema, fetch.outputRewrites, received);
    for (const entity of entities) deepMerge(entity, received);
    return;
  }

  // Equal representations are sent once (as Apollo Router does): in a nested answer the same entity
  // recurs at many paths (here up to 96 times in one batch), and each copy cost a representation in
  // the request, an entity in the answer and its parsing. The answer is merged into every copy, and
  // an error about one representation is reported for every copy, as if each had been sent.
  const representations: Data[] = [];
  /** For each representation sent, the positions it has in the batch Apollo would send (one per copy). */
  const copies: number[][] = [];
  const representationToEntity: number[] = [];
  const sent = new Map<string, number>();
  // Often a copy is another object with the same key (here up to 96 objects of one product in one
  // batch): when the representation is read from leaf fields only (as keys are), an entity whose own
  // values there are the very ones of the entity before it has that entity's representation, not
  // built, rewritten and stringified again.
  const inputs = representationInputs(fetch.requires);
  // Otherwise a copy may be the very same object: an answer merged into every copy shares its
  // objects among them (below), so what a later fetch finds under them recurs by reference. Such an
  // object's representation is read once. (With leaf inputs the comparison above is cheaper than
  // this map, which had to hash every entity of the batch.)
  const representationOfObject = inputs ? undefined : new Map<unknown, number>();
  /** The inputs of the entity before, once read; `previousAt` is its representation's index. */
  const previousInputs: unknown[] = [];
  let previousAt: number | undefined;
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index]!;
    let at: number | undefined;
    if (inputs) {
      if (previousAt !== undefined && holdsInputs(entity, inputs, previousInputs)) {
        at = previousAt;
      } else {
        at = representationIndex(run, fetch, entity, representations, copies, sent);
        readInputs(entity, inputs, previousInputs);
        previousAt = at;
      }
    } else {
      at = representationOfObject!.get(entity);
      if (at === undefined) {
        at = representationIndex(run, fetch, entity, representations, copies, sent);
        representationOfObject!.set(entity, at);
      }
    }
    if (at < 0) continue;
    copies[at]!.push(representationToEntity.length);
    representationToEntity.push(index);
  }
  if (representations.length < 1) return;
  if ("representations" in variables) throw new Error(`Variables cannot contain key "representations"`);

  const repeats = representations.length < representationToEntity.length;
  const received = await send(run, service, fetch, cursor, { ...variables, representations }, repeats ? copies : undefined);
  if (!received) return;
  const receivedEntities = received["_entities"];
  if (!Array.isArray(receivedEntities)) throw new Error(`Expected "data._entities" in response to be an array`);
  if (receivedEntities.length !== representations.length) {
    throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
  }
  for (let index = 0; index < receivedEntities.length; index++) {
    const receivedEntity = receivedEntities[index] as Data | null;
    const positions = copies[index]!;
    const first = entities[representationToEntity[positions[0]!]!]!;
    if (receivedEntity && !receivedEntity["__typename"]) receivedEntity["__typename"] = first["__typename"];
    applyRewrites(run.supergraphSchema, fetch.outputRewrites, receivedEntity as Data);
    if (receivedEntity === null || receivedEntity === undefined) continue;
    // Copies share the objects the answer adds (as its merge shares them with the answer): later
    // fetches only add what the same representation gets, and shaping reads without writing. An
    // object that is several copies at once is given the answer again at the cost of a look at its
    // names: the merge leaves the values it already holds as they are.
    const merge = copyMerge(receivedEntity);
    for (const position of positions) mergeIntoCopy(entities[representationToEntity[position]!]!, merge);
  }
}

/**
 * The index in `representations` of the entity's representation, added if no equal one is there
 * yet; -1 when the entity has none (an input is missing, or it has no `__typename`).
 */
function representationIndex(
  run: Run,
  fetch: FetchNode,
  entity: Data,
  representations: Data[],
  copies: number[][],
  sent: Map<string, number>,
): number {
  // `requires` may name @inaccessible fields: they are read against the supergraph, and subgraphs know them.
  const representation = entityRepresentation(run.supergraphSchema, entity, fetch.requires!);
  if (!representation || !representation["__typename"]) return -1;
  applyRewrites(run.supergraphSchema, fetch.inputRewrites, representation);
  const key = JSON.stringify(representation);
  let at = sent.get(key);
  if (at === undefined) {
    at = representations.length;
    sent.set(key, at);
    representations.push(representation);
    copies.push([]);
  }
  return at;
}

/** Calls the subgraph through its data source (signing, deadline, retries, breaker); its errors join the answer's at their paths. */
async function send(
  run: Run,
  service: GraphQLDataSource,
  fetch: FetchNode,
  cursor: Cursor,
  variables: Data,
  /** For an `_entities` batch sent without repeats: the batch positions of each representation's copies. */
  copies?: readonly (readonly number[])[],
  /**
   * Only the gateway's own: the caller's `extensions` are never forwarded (they are the caller's
   * word, and a subgraph trusts what the gateway sends). Without any, the body is as it always was.
   */
  extensions?: FollowUpExtensions,
): Promise<Data | null | undefined> {
  const response = EntityBatches.batchable(fetch)
    ? await batchesOf(run).send(service, fetch, variables)
    : await call(
        run,
        service,
        { query: fetch.operation, variables, operationName: fetch.operationName, document: fetch.operationDocumentNode },
        cursor.path,
        extensions,
      );
  // An answer, or errors at every path it was to fill, for a caller who is gone: nothing to merge or report.
  if (callerHungUp(run)) return undefined;
  if (response.errors) {
    const errors = copies ? errorsForEveryCopy(response.errors, copies) : response.errors;
    const pathOf = errorPathsOf(fetch, cursor.path, cursor.fullResult);
    run.errors.push(...errors.map((error) => subgraphError(error, fetch.serviceName, pathOf)));
    if (!response.extensions?.["ftv1"]) {
      const paths = errors.map((error) => ({ subgraph: fetch.serviceName, path: error.path }));
      const metrics = run.requestContext.metrics;
      if (metrics.nonFtv1ErrorPaths) metrics.nonFtv1ErrorPaths.push(...paths);
      else metrics.nonFtv1ErrorPaths = paths;
    }
  }
  keepReceipts(run, response.extensions?.[DECIDED_READS_EXTENSION]);
  return response.data as Data | null | undefined;
}

/** The request's batches of entity fetches (`entityBatches`), made at its first entity fetch. */
function batchesOf(run: Run): EntityBatches {
  return (run.batches ??= new EntityBatches((target, request) => call(run, target, request)));
}

/** One subgraph request through its data source: signed, bounded, retried, with the gateway's own extensions. */
function call(
  run: Run,
  service: GraphQLDataSource,
  request: EntityCall,
  path?: ResponsePath,
  extensions?: FollowUpExtensions,
): ReturnType<GraphQLDataSource["process"]> {
  // A copy: the extensions of a plan without conditions are one object shared by its every request.
  const told = run.decidedReads.length
    ? { ...extensions, [DECIDED_READS_EXTENSION]: [...run.decidedReads] }
    : extensions && { ...extensions };
  const { query, variables, operationName, document } = request;
  return service.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: told ? { query, variables, operationName, extensions: told } : { query, variables, operationName },
    incomingRequestContext: run.requestContext,
    context: run.requestContext.context,
    document,
    pathInIncomingRequest: path,
  });
}

/**
 * Whether the caller hung up before its answer (the HTTP front's `callerGone`, which also aborts the
 * subgraph calls in flight): the plan then stops, its remaining fetches are never sent.
 */
function callerHungUp(run: Run): boolean {
  return (run.requestContext.context as Partial<GatewayContext> | undefined)?.callerGone?.aborted === true;
}

/** The one error of a plan stopped because its caller hung up (what each missing path would have said). */
function callerGoneError(): GraphQLError {
  return new GraphQLError("The caller hung up before the answer.", {
    extensions: { code: SUBGRAPH_UNAVAILABLE, reason: "abandoned" },
  });
}

/** Keeps a subgraph's receipts for the request's later fetches, a bounded few: they are its only use, never the caller's. */
function keepReceipts(run: Run, receipts: unknown): void {
  if (!Array.isArray(receipts)) return;
  for (const receipt of receipts)
    if (typeof receipt === "string" && receipt.length <= MAX_RECEIPT_LENGTH && run.decidedReads.length < MAX_RECEIPTS)
      run.decidedReads.push(receipt);
}

/**
 * A subgraph's errors about a batch sent without repeats, as it would have given them for the whole
 * batch: an error at `_entities.<i>` once for every copy of representation i, in batch order.
 */
function errorsForEveryCopy(
  errors: readonly GraphQLFormattedError[],
  copies: readonly (readonly number[])[],
): GraphQLFormattedError[] {
  const others: GraphQLFormattedError[] = [];
  const atEntities: { position: number; error: GraphQLFormattedError }[] = [];
  for (const error of errors) {
    const index = error.path?.[1];
    const positions = typeof index === "number" ? copies[index] : undefined;
    if (!positions) {
      others.push(error);
      continue;
    }
    for (const position of positions) {
      atEntities.push({ position, error: { ...error, path: [error.path![0]!, position, ...error.path!.slice(2)] } });
    }
  }
  // Stable: the errors of one entity keep the order the subgraph gave them in.
  atEntities.sort((a, b) => a.position - b.position);
  return [...others, ...atEntities.map(({ error }) => error)];
}

function moveIntoCursor(cursor: Cursor, pathInCursor: ResponsePath): Cursor | undefined {
  if (!pathInCursor.includes("@")) {
    const data = objectAtPath(cursor.data, pathInCursor, 0);
    return data ? { path: cursor.path.concat(pathInCursor), data, fullResult: cursor.fullResult } : undefined;
  }
  const found: Data[] = [];
  collectAtPath(cursor.data, pathInCursor, 0, found);
  return { path: cursor.path.concat(pathInCursor), data: found, fullResult: cursor.fullResult };
}

/** The value at `path` (which crosses no list) under `value`. */
function objectAtPath(value: unknown, path: ResponsePath, from: number): Data | Data[] | undefined | null {
  for (let index = from; index < path.length; index++) {
    if (value === undefined || value === null) return value;
    const current = path[index];
    if (typeof current !== "string") throw new Error(`Unexpected ${typeof current} found in path`);
    if (Array.isArray(value)) throw new Error(`Unexpected array in result for path element ${current}`);
    const object = value as Data;
    value = Object.prototype.hasOwnProperty.call(object, current) ? object[current] : undefined;
  }
  return value as Data | Data[] | undefined | null;
}

/**
 * Every object at `path` under `value`, where the path crosses lists (`@`), pushed into `found`
 * (Apollo's `flattenResultsAtPath`, without a new array per list level): missing values and nulls
 * are left out, as are nulls in the lists, and a list at the end of the path is spread.
 */
function collectAtPath(value: unknown, path: ResponsePath, from: number, found: Data[]): void {
  for (let index = from; index < path.length; index++) {
    if (value === undefined || value === null) return;
    const current = path[index];
    if (current === "@") {
      for (const element of value as unknown[]) collectAtPath(element, path, index + 1, found);
      return;
    }
    if (typeof current !== "string") throw new Error(`Unexpected ${typeof current} found in path`);
    if (Array.isArray(value)) throw new Error(`Unexpected array in result for path element ${current}`);
    const object = value as Data;
    value = Object.prototype.hasOwnProperty.call(object, current) ? object[current] : undefined;
  }
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const element of value) found.push(element as Data);
  } else {
    found.push(value as Data);
  }
}
