import { exitOnStartupError, runSubgraph } from "@silta/kernel";
import { clientsSubgraph } from "./index";

/** Servers mode: one clients subgraph process, configured from the environment (see .env.example). */
runSubgraph(clientsSubgraph).catch(exitOnStartupError);
