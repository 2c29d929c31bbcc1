import type { RequestScope } from "@silta/kernel";
export interface ConsentsContext extends RequestScope {}
