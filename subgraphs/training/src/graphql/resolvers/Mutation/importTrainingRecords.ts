import { badUserInput } from "@silta/kernel";
import { assertCanManageTraining } from "../../../access";
import { importTrainingRecords as runImport, MUTATION_IMPORT_MAX_ROWS } from "../../../import/importTrainingRecords";
import type { MutationResolvers } from "./../../types.generated";

/** Small batches only; large files go through the import command, which streams the file. */
export const importTrainingRecords: NonNullable<MutationResolvers["importTrainingRecords"]> = (_parent, { csv }, ctx) => {
  assertCanManageTraining(ctx.viewer);
  if (csv.length > 1_000_000)
    throw badUserInput("csv", "size", "csv must be at most 1 MB; use the import command for larger files.");
  return runImport(ctx.prisma, ctx.viewer.id, csv, ctx.today(), { maxRows: MUTATION_IMPORT_MAX_ROWS });
};
