/** Parent shapes of the fit schema: the rows the stores return, resolved field by field. */
export type { Measurement as MeasurementMapper } from "../data/prisma/client";

/** A client is known here only by id; the clients subgraph resolves the rest. */
export interface ClientMapper {
  id: string;
}

/** A professional is known here only by id; the teams subgraph resolves the rest. */
export interface ProfessionalMapper {
  id: string;
}
