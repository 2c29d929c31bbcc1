import { forbidden } from "@silta/kernel";
import type { ClientsContext } from "../context";

/**
 * Client records, families, plans and the handling of concerns are kept by professionals (and the
 * client information system): a client reads their own plan and may raise a concern, but does not
 * edit the register. Checked before the access guard, which would otherwise admit them as `self`.
 */
export function assertProfessionalOrSystem(ctx: ClientsContext, what: string): void {
  if (ctx.viewer.kind === "client")
    throw forbidden(`A client cannot ${what}; ask your responsible worker.`, { reason: "professionals_only" });
}
