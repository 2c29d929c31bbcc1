import type { RejectedRowResolvers } from "./../types.generated";
export const RejectedRow: RejectedRowResolvers = {/* Implement RejectedRow resolver logic here */};
