import type { RequestScope } from "@silta/kernel";
export interface TrainingContext extends RequestScope {}
