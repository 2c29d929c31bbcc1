import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { useRef } from "react";
import { useSession } from "../auth/AuthContext";
import { ActionKeys } from "./actionKeys";
import { executeOperation, type OperationError, type OperationResult } from "./executeOperation";

type Document<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

/** The name of an operation (`query CaseloadOverview(…)` → `CaseloadOverview`), the first part of its cache key. */
export function operationName(document: { toString(): string }): string {
  return /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? "anonymous";
}

/**
 * A query as the signed-in user, cached per user, operation and variables. `purpose` is written to
 * the access log with every decision the read causes.
 */
export function useOperationQuery<TData, TVariables>(
  document: Document<TData, TVariables>,
  variables: TVariables,
  options: { purpose: string; enabled?: boolean },
): UseQueryResult<OperationResult<TData>, OperationError> {
  const { token, viewer } = useSession();
  return useQuery<OperationResult<TData>, OperationError>({
    queryKey: [operationName(document), viewer.id, variables],
    queryFn: ({ signal }) => executeOperation(document, variables, { token, purpose: options.purpose, signal }),
    enabled: options.enabled ?? true,
  });
}

/**
 * A mutation as the signed-in user. Resolves with data and errors (a refused field of the answer is
 * not a failed write); rejects with OperationError when nothing was written. On success every cached
 * query of the user is refetched, so lists and the graph show the change.
 *
 * Retry safety (docs/idempotency.md), one key per user action, the same when a failed action is
 * tried again with the same variables ({@link ActionKeys}): `clientChosenId: true` for the create
 * mutations (the key is sent as `input.id`), `idempotencyKey: true` for the others (sent as the
 * `Idempotency-Key` header).
 */
export function useOperationMutation<TData, TVariables>(
  document: Document<TData, TVariables>,
  options: { purpose: string; idempotencyKey?: boolean; clientChosenId?: boolean },
) {
  const { token } = useSession();
  const queryClient = useQueryClient();
  const keys = useRef(new ActionKeys()).current;
  const withClientChosenId = (variables: TVariables): TVariables => {
    const input = (variables as { input?: Record<string, unknown> }).input;
    return input ? ({ ...variables, input: { ...input, id: keys.keyFor(variables) } } as TVariables) : variables;
  };
  return useMutation<OperationResult<TData>, OperationError, TVariables>({
    mutationFn: (variables) =>
      executeOperation(document, options.clientChosenId ? withClientChosenId(variables) : variables, {
        token,
        purpose: options.purpose,
        ...(options.idempotencyKey ? { idempotencyKey: keys.keyFor(variables) } : {}),
      }),
    onSuccess: () => {
      keys.succeeded();
      return queryClient.invalidateQueries();
    },
  });
}
