export * from "./ids";
export * from "./cursor";
