import type { RequestScope } from "@silta/kernel";
export interface FitContext extends RequestScope {}
