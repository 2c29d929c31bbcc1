import type { DatasetDefinition } from "@silta/kernel";
import { clientsDatasets } from "../../subgraphs/clients/src/export/clientsDatasets";
import { consentsDatasets } from "../../subgraphs/consents/src/export/consentsDatasets";
import { fitDatasets } from "../../subgraphs/fit/src/export/fitDatasets";
import { teamsDatasets } from "../../subgraphs/teams/src/export/teamsDatasets";
import { trainingDatasets } from "../../subgraphs/training/src/export/trainingDatasets";
import type { SubgraphName } from "../subgraphs";

/** Every subgraph's data lake datasets; each runs against its own subgraph's database. */
export const exportDatasets: Record<SubgraphName, readonly DatasetDefinition[]> = {
  clients: clientsDatasets,
  teams: teamsDatasets,
  consents: consentsDatasets,
  fit: fitDatasets,
  training: trainingDatasets,
  // Webhook subscriptions and deliveries are operational data of the hub, not county data for the lake.
  integration: [],
};
