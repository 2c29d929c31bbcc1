import { exitOnStartupError, runSubgraph } from "@silta/kernel";
import { consentsSubgraph } from "./index";

/** Servers mode: one consents subgraph process, configured from the environment (see .env.example). */
runSubgraph(consentsSubgraph).catch(exitOnStartupError);
