import { currentConfiguration } from "../../../data/configurationStore";
import { toFitConfiguration } from "../../configurationShape";
import type { QueryResolvers } from "./../../types.generated";

/** Not client data: the scoring rules in force. */
export const fitConfiguration: NonNullable<QueryResolvers["fitConfiguration"]> = async (_parent, _arg, ctx) =>
  toFitConfiguration(await currentConfiguration(ctx.prisma));
