export * from "./developmentSecret";
export * from "./calendar";
