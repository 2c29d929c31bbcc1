/** Parent shapes of the consents schema: the rows the stores return, resolved field by field. */
export type { Consent as ConsentMapper, Ban as BanMapper, StatutoryBasis as StatutoryBasisMapper } from "../data/prisma/client";
export type { AccessLogNode as AccessLogEntryMapper } from "../access/accessLogQuery";
export type { AccessGrantRow as AccessGrantMapper } from "../access/accessOverview";

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
