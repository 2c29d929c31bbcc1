export * from "./ids";
export * from "./cursor";
export * from "./sealedCursor";
export * from "./visiblePage";
