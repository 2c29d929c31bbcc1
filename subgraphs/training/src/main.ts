import { exitOnStartupError, runSubgraph } from "@silta/kernel";
import { trainingSubgraph } from "./index";

/** Servers mode: one training subgraph process, configured from the environment (see .env.example). */
runSubgraph(trainingSubgraph).catch(exitOnStartupError);
