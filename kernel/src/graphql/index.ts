export * from "./ids";
export * from "./cursor";
export * from "./invalidInput";
export * from "./scalars";
export * from "./inputBounds";
export * from "./enforceInputRules";
export * from "./sealedCursor";
export * from "./visiblePage";
