/** Parent shapes of the consents schema: the rows the stores return, resolved field by field. */
export type { Consent as ConsentMapper } from "../data/prisma/client";

/** A client is known here only by id; the clients subgraph resolves the rest. */
export interface ClientMapper {
  id: string;
}

/** An organisation is known here only by id; the teams subgraph resolves the rest. */
export interface OrganizationMapper {
  id: string;
}
