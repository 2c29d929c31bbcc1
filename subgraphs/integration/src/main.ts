import { exitOnStartupError, runSubgraph } from "@silta/kernel";
import { integrationSubgraph } from "./index";

/** Servers mode: one integration subgraph process, configured from the environment (see .env.example). */
runSubgraph(integrationSubgraph).catch(exitOnStartupError);
