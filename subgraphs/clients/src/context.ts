import type { RequestScope } from "@silta/kernel";
export interface ClientsContext extends RequestScope {}
