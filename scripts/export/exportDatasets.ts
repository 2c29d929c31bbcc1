import type { DatasetDefinition } from "@silta/export";
import { clientsDatasets } from "@silta/clients/export";
import { consentsDatasets } from "@silta/consents/export";
import { fitDatasets } from "@silta/fit/export";
import { teamsDatasets } from "@silta/teams/export";
import { trainingDatasets } from "@silta/training/export";
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
