export * from "./developmentSecret";
