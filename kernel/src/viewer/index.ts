export * from "./Viewer";
export * from "./signedViewer";
