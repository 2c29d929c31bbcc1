import { exitOnStartupError, runSubgraph } from "@silta/kernel";
import { teamsSubgraph } from "./index";

/** Servers mode: one teams subgraph process, configured from the environment (see .env.example). */
runSubgraph(teamsSubgraph).catch(exitOnStartupError);
