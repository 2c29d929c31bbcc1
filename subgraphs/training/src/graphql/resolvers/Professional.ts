import type { ProfessionalResolvers } from "./../types.generated";
export const Professional: ProfessionalResolvers = {/* Implement Professional resolver logic here */};
