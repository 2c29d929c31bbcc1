export { ServiceMetrics } from "./serviceMetrics";
export { collectProcessMetrics } from "./processMetrics";
