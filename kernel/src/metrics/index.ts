export { ServiceMetrics } from "./serviceMetrics";
