import type { GatewayOptions } from "./createGateway";

/** Refuses, before anything is built, the options that would open the hub in production or leave it without authentication. */
export function refuseUnsafeOptions(options: GatewayOptions, production: boolean): void {
  const authenticationOff = options.authentication === "off";
  if (authenticationOff && production) {
    throw new Error("The gateway refuses to run with authentication off when NODE_ENV=production.");
  }
  if (!authenticationOff && !options.verifier)
    throw new Error("createGateway needs a token verifier unless authentication is off.");
  if (production && options.landingPage) {
    throw new Error("The gateway refuses to serve the development IDE (landingPage) when NODE_ENV=production.");
  }
  if (production && options.developmentTokens?.length) {
    throw new Error("The gateway refuses to offer development tokens when NODE_ENV=production.");
  }
  if (production && options.webApp?.signIn.kind === "development") {
    throw new Error("The gateway refuses to offer the web app's development sign-in when NODE_ENV=production.");
  }
}
