import type { FitPageInfoResolvers } from "./../types.generated";
export const FitPageInfo: FitPageInfoResolvers = {/* Implement FitPageInfo resolver logic here */};
