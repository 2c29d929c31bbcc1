export { startHub, type Hub, type HubOptions, type DemoToken } from "./startHub";
export { demoIds, demoUsers } from "./demo/demoCounty";
