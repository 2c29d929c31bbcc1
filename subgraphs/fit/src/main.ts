import { exitOnStartupError, runSubgraph } from "@silta/kernel";
import { fitSubgraph } from "./index";

/** Servers mode: one fit subgraph process, configured from the environment (see .env.example). */
runSubgraph(fitSubgraph).catch(exitOnStartupError);
