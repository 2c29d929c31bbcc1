/** Parent shapes of the consents schema: the rows the stores return, resolved field by field. */
export type { Consent as ConsentMapper, Ban as BanMapper, StatutoryBasis as StatutoryBasisMapper } from "../data/prisma/client";
export type { AccessLogNode as AccessLogEntryMapper } from "../access/accessLogQuery";
import type { AccessGrantRow } from "../access/accessOverview";

/** A line of "who may see what", with the client it is about (for its `@clientData` rule). */
export type AccessGrantMapper = AccessGrantRow & { clientId: string };

/** A client is known here only by id; the clients subgraph resolves the rest. */
export interface ClientMapper {
  id: string;
}

/** An organisation is known here only by id; the teams subgraph resolves the rest. */
export interface OrganizationMapper {
  id: string;
}

/** A team is known here only by id; the teams subgraph resolves the rest. */
export interface TeamMapper {
  id: string;
}

/** A professional is known here only by id; the teams subgraph resolves the rest. */
export interface ProfessionalMapper {
  id: string;
}
