import type { GraphQLDataSource } from "@apollo/gateway";
import type { FetchNode } from "@apollo/query-planner";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type SelectionNode,
  type VariableDefinitionNode,
} from "graphql";

type Data = Record<string, unknown>;

/** One subgraph request: what the data source is given to send. */
export interface EntityCall {
  readonly query: string;
  readonly operationName: string | undefined;
  /** The operation parsed, when at hand: what a failed call's errors are placed by. */
  readonly document?: DocumentNode;
  readonly variables: Data;
}

/** Sends one request to a subgraph (the plan executor's signing, extensions and data source). */
export type SendCall = (service: GraphQLDataSource, call: EntityCall) => Promise<GatewayGraphQLResponse>;

/** Whether each fetch node may share a request, worked out once per node of a cached plan. */
const batchableFetches = new WeakMap<FetchNode, boolean>();

interface Waiting {
  readonly fetch: FetchNode;
  readonly variables: Data;
  readonly resolve: (response: GatewayGraphQLResponse) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Entity fetches to one subgraph that a plan starts together (the branches of a `Parallel`, the
 * next steps of sequences whose answers came back in one request) go to it as one request: one
 * operation holding each fetch's `_entities` under an alias of its own, its representations in a
 * variable of its own and its fragments renamed, and the answer split back into each fetch's as the
 * subgraph would have given it alone. The same technique as Hive Gateway's batched execution
 * (`@graphql-tools/batch-execute`), for the plan executor's own fetch nodes. Fewer requests mean
 * less HTTP work in the gateway and the subgraph, and in Silta's subgraphs one access decision and
 * one log statement where each fetch made its own (their decisions are per request already).
 *
 * What waits is sent at the end of the event loop's turn (`setImmediate`): besides the fetches a
 * `Parallel` starts at once, it gathers those that other branches start from answers read in the
 * same turn (on the Guild benchmark under load, 16.1 requests per caller's request became 9.2–9.8;
 * gathering only the fetches started at once, a microtask, left about 13 and saved no measurable
 * CPU). No fetch waits for anyone's I/O, only for the turn to end. One per request: a caller's
 * fetches never share a request with another caller's, whose viewer is signed into its own.
 */
export class EntityBatches {
  readonly #send: SendCall;
  readonly #waiting = new Map<GraphQLDataSource, Waiting[]>();
  #flushQueued = false;

  constructor(send: SendCall) {
    this.#send = send;
  }

  /** Whether a fetch may share a request: a query's `_entities` fetch and nothing else in its operation. */
  static batchable(fetch: FetchNode): boolean {
    let batchable = batchableFetches.get(fetch);
    if (batchable === undefined) {
      batchable =
        fetch.requires !== undefined && fetch.operationKind === OperationTypeNode.QUERY && entityOperation(fetch) !== undefined;
      batchableFetches.set(fetch, batchable);
    }
    return batchable;
  }

  /** The fetch's answer, as the subgraph would have given it to the fetch's own request. */
  send(service: GraphQLDataSource, fetch: FetchNode, variables: Data): Promise<GatewayGraphQLResponse> {
    return new Promise((resolve, reject) => {
      const waiting = this.#waiting.get(service);
      const entry = { fetch, variables, resolve, reject };
      if (waiting) waiting.push(entry);
      else this.#waiting.set(service, [entry]);
      if (!this.#flushQueued) {
        this.#flushQueued = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#flushQueued = false;
    for (const [service, waiting] of this.#waiting)
      for (const batch of boundedBatches(waiting)) void this.#sendTogether(service, batch);
    this.#waiting.clear();
  }

  async #sendTogether(service: GraphQLDataSource, waiting: Waiting[]): Promise<void> {
    if (waiting.length === 1) {
      const [only] = waiting as [Waiting];
      return this.#send(service, ownCall(only.fetch, only.variables)).then(only.resolve, only.reject);
    }
    try {
      const merged = mergedOperation(waiting.map((entry) => entry.fetch));
      const answers = splitAnswer(await this.#send(service, mergedCall(merged, waiting)), waiting.length);
      for (let index = 0; index < waiting.length; index++) {
        const entry = waiting[index]!;
        // A fetch whose part of the data was lost with another's (an `_entities` that failed whole
        // nulls the whole answer) is asked again on its own, as it would have been.
        if (answers[index] === undefined)
          this.#send(service, ownCall(entry.fetch, entry.variables)).then(entry.resolve, entry.reject);
        else entry.resolve(answers[index]!);
      }
    } catch (error) {
      for (const entry of waiting) entry.reject(error);
    }
  }
}

/**
 * The most representations fetches sent together may carry, unless one fetch carries more alone. A
 * subgraph decides access for a request's clients in one call whose size the consents service
 * bounds (10,000 client and category pairs): a gathered request stays well within it (a client is
 * read in a handful of categories), so gathering never makes a request undecidable that each of its
 * fetches alone was not.
 */
export const MAX_BATCH_REPRESENTATIONS = 1_000;

/** The waiting fetches in order, cut where the next would take a batch past {@link MAX_BATCH_REPRESENTATIONS}. */
function boundedBatches(waiting: readonly Waiting[]): Waiting[][] {
  const batches: Waiting[][] = [];
  let current: Waiting[] = [];
  let carried = 0;
  for (const entry of waiting) {
    const representations = entry.variables[REPRESENTATIONS];
    const count = Array.isArray(representations) ? representations.length : 0;
    if (current.length > 0 && carried + count > MAX_BATCH_REPRESENTATIONS) {
      batches.push(current);
      current = [];
      carried = 0;
    }
    current.push(entry);
    carried += count;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function ownCall(fetch: FetchNode, variables: Data): EntityCall {
  return { query: fetch.operation, operationName: fetch.operationName, document: documentOf(fetch), variables };
}

function mergedCall(merged: MergedOperation, waiting: readonly Waiting[]): EntityCall {
  const variables = Object.create(null) as Data;
  for (let index = 0; index < waiting.length; index++) {
    // The other variables are the caller's own, the same value under the same name in every fetch.
    for (const [name, value] of Object.entries(waiting[index]!.variables))
      variables[name === REPRESENTATIONS ? renamedRepresentations(index) : name] = value;
  }
  return { query: merged.text, operationName: merged.name, document: merged.document, variables };
}

const REPRESENTATIONS = "representations";
const ENTITIES = "_entities";

/** Names in a merged operation: `_b<i>_` cannot begin another index's (digits end at the underscore). */
const prefixOf = (index: number): string => `_b${index}_`;
const aliasOf = (index: number): string => `${prefixOf(index)}entities`;
const renamedRepresentations = (index: number): string => `${prefixOf(index)}${REPRESENTATIONS}`;

/**
 * Each fetch's part of a merged answer: its `_entities` under the plain name, its errors with their
 * paths back at `_entities`, errors of the whole request given to every fetch. Undefined for a fetch
 * whose data was lost only because another's nulled the whole answer.
 */
export function splitAnswer(response: GatewayGraphQLResponse, count: number): (GatewayGraphQLResponse | undefined)[] {
  const data = response.data as Data | null | undefined;
  const errors: GraphQLFormattedError[][] = Array.from({ length: count }, () => []);
  let ownErrors = 0;
  for (const error of response.errors ?? []) {
    const index = typeof error.path?.[0] === "string" ? indexOfAlias(error.path[0], count) : undefined;
    if (index === undefined) {
      for (const part of errors) part.push(error);
    } else {
      errors[index]!.push({ ...error, path: [ENTITIES, ...error.path!.slice(1)] });
      ownErrors++;
    }
  }
  const answers: (GatewayGraphQLResponse | undefined)[] = [];
  for (let index = 0; index < count; index++) {
    // Null, not missing: the subgraph answered, and another fetch's error nulled the whole answer.
    // (A call that failed has no data at all, and its errors name every fetch's paths.)
    if (data === null && ownErrors > 0 && errors[index]!.length === 0) {
      answers.push(undefined);
      continue;
    }
    // A call that failed gives each fetch errors at its own paths (`missingPaths`); should one have
    // none, it is told of the failure without a path rather than left without data and without word.
    const first = response.errors?.[0];
    if (data === undefined && errors[index]!.length === 0 && first) {
      const { path: _path, ...pathless } = first;
      errors[index]!.push(pathless);
    }
    const part: { data?: Data | null; errors?: GraphQLFormattedError[]; extensions?: Data } = {
      data: data === null || data === undefined ? data : { [ENTITIES]: data[aliasOf(index)] },
    };
    if (errors[index]!.length > 0) part.errors = errors[index];
    // Extensions (the receipts of reads decided) belong to the request: given once, not once per fetch.
    if (index === 0 && response.extensions) part.extensions = response.extensions as Data;
    answers.push(part as GatewayGraphQLResponse);
  }
  return answers;
}

function indexOfAlias(head: string, count: number): number | undefined {
  const match = /^_b(\d+)_entities$/.exec(head);
  const index = match ? Number(match[1]) : undefined;
  return index !== undefined && index < count ? index : undefined;
}

interface MergedOperation {
  readonly name: string | undefined;
  readonly text: string;
  readonly document: DocumentNode;
}

const fetchIds = new WeakMap<FetchNode, number>();
let nextFetchId = 0;
/** Merged operations by the ids of their fetches, in order: plans repeat, so their batches do. */
const mergedByFetches = new Map<string, MergedOperation>();
/** Bounds the memo: past it, it starts afresh (plans are cached and bounded as well). */
const MAX_MERGED = 1000;

function mergedOperation(fetches: readonly FetchNode[]): MergedOperation {
  let key = "";
  for (const fetch of fetches) {
    let id = fetchIds.get(fetch);
    if (id === undefined) fetchIds.set(fetch, (id = nextFetchId++));
    key += `${id},`;
  }
  let operation = mergedByFetches.get(key);
  if (!operation) {
    operation = mergeOperations(fetches);
    if (mergedByFetches.size >= MAX_MERGED) mergedByFetches.clear();
    mergedByFetches.set(key, operation);
  }
  return operation;
}

/** One operation of several fetches' `_entities`, each renamed apart by its index (see {@link EntityBatches}). */
export function mergeOperations(fetches: readonly FetchNode[]): MergedOperation {
  const selections: SelectionNode[] = [];
  const variableDefinitions = new Map<string, VariableDefinitionNode>();
  const fragments: FragmentDefinitionNode[] = [];
  fetches.forEach((fetch, index) => {
    const prefix = prefixOf(index);
    const renamed = visit(documentOf(fetch), {
      Variable: (node) =>
        node.name.value === REPRESENTATIONS
          ? { ...node, name: { ...node.name, value: renamedRepresentations(index) } }
          : undefined,
      FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
      FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    });
    for (const definition of renamed.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.push(definition);
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const variable of definition.variableDefinitions ?? [])
        if (!variableDefinitions.has(variable.variable.name.value))
          variableDefinitions.set(variable.variable.name.value, variable);
      const entities = definition.selectionSet.selections[0] as FieldNode;
      selections.push({ ...entities, alias: { kind: Kind.NAME, value: aliasOf(index) } });
    }
  });
  const name = mergedOperationName(fetches.map((fetch) => fetch.operationName));
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: OperationTypeNode.QUERY,
    ...(name ? { name: { kind: Kind.NAME, value: name } } : {}),
    variableDefinitions: [...variableDefinitions.values()],
    selectionSet: { kind: Kind.SELECTION_SET, selections },
  };
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
  return { name, text: print(document), document };
}

/**
 * The name of a merged operation: every fetch's, so a subgraph's log of an error in the second fetch
 * names that fetch too. The planner's names differ only after their last `__` (`Q__fit__2`,
 * `Q__fit__3`), so that common part is written once (`Q__fit__2_3`); names without one are joined
 * whole. Undefined when no fetch is named.
 */
export function mergedOperationName(names: readonly (string | undefined)[]): string | undefined {
  const named = names.filter((name): name is string => name !== undefined);
  if (named.length <= 1) return named[0];
  const stem = (name: string) => name.slice(0, name.lastIndexOf("__") + 2);
  const common = stem(named[0]!);
  if (common !== "" && named.every((name) => stem(name) === common))
    return common + named.map((name) => name.slice(common.length)).join("_");
  return named.join("__");
}

const parsedOperations = new WeakMap<FetchNode, DocumentNode>();

function documentOf(fetch: FetchNode): DocumentNode {
  if (fetch.operationDocumentNode) return fetch.operationDocumentNode;
  let document = parsedOperations.get(fetch);
  if (!document) parsedOperations.set(fetch, (document = parse(fetch.operation, { noLocation: true })));
  return document;
}

/** The fetch's operation when it is one `_entities` field taking `$representations`, as the planner writes them. */
function entityOperation(fetch: FetchNode): OperationDefinitionNode | undefined {
  const operations = documentOf(fetch).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const [operation] = operations;
  if (operations.length !== 1 || !operation || operation.kind !== Kind.OPERATION_DEFINITION) return undefined;
  const [only, ...others] = operation.selectionSet.selections;
  if (others.length > 0 || only?.kind !== Kind.FIELD || only.name.value !== ENTITIES || only.alias) return undefined;
  if (operation.directives?.length) return undefined;
  const argument = only.arguments?.find((candidate) => candidate.name.value === REPRESENTATIONS);
  return argument?.value.kind === Kind.VARIABLE && argument.value.name.value === REPRESENTATIONS ? operation : undefined;
}
