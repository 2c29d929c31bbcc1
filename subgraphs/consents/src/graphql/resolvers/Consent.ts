import type { ConsentResolvers } from "./../types.generated";
export const Consent: ConsentResolvers = {/* Implement Consent resolver logic here */};
