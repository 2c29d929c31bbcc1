import { exitOnStartupError, runSubgraph } from "@silta/kernel";
import { DeadlineRules } from "./domain/deadlineRules";
import { clientsSubgraph, createClientsSubgraph } from "./index";

/**
 * Servers mode: one clients subgraph process, configured from the environment (see .env.example).
 * SILTA_DEADLINE_RULES_PATH points at the county's own deadline rules; default: config/deadlineRules.json.
 */
const rulesPath = process.env["SILTA_DEADLINE_RULES_PATH"];
runSubgraph({
  ...clientsSubgraph,
  create: (deps) => createClientsSubgraph(deps, rulesPath ? { deadlineRules: DeadlineRules.load(rulesPath) } : {}),
}).catch(exitOnStartupError);
