export * from "./Viewer";
export * from "./signedViewer";
export * from "./permission";
