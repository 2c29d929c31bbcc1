/** Parent shapes of the clients schema: the rows the stores return, resolved field by field. */
export type { Client as ClientMapper } from "../data/prisma/client";

/** An organisation is known here only by id; the teams subgraph resolves the rest. */
export interface OrganizationMapper {
  id: string;
}
