import { badUserInput, forbidden, notFound, recordEvent } from "@silta/kernel";
import { idempotentMutation, withIdempotency } from "@silta/kernel/idempotency";
import { configurationVersion, publishConfiguration } from "../../../data/configurationStore";
import { REQUEST_TRANSACTION } from "../../../data/db";
import { fitSettingsSchema } from "../../../domain/fitConfiguration";
import { toFitConfiguration, toFitSettings } from "../../configurationShape";
import type { MutationResolvers } from "./../../types.generated";

/**
 * A new version; existing derived values keep the version that produced them until their episode changes.
 * With an Idempotency-Key a retry returns the version it published instead of publishing another.
 */
export const publishFitConfiguration: NonNullable<MutationResolvers["publishFitConfiguration"]> = idempotentMutation(
  {
    field: "publishFitConfiguration",
    idsOf: (configuration) => [String(configuration.version)],
    replay: async ([version], ctx) => {
      const configuration = await configurationVersion(ctx.prisma, Number(version));
      if (!configuration) throw notFound("FIT configuration", version!);
      return toFitConfiguration(configuration);
    },
  },
  async (_parent, { input }, ctx) => {
    if (!ctx.viewer.roles.includes("fit_admin"))
      throw forbidden("Only a FIT administrator (role fit_admin) may change the scoring configuration.");
    for (const [field, value] of Object.entries(input)) {
      const max = 40;
      const min = field.startsWith("reliableChange") || field === "srsAlertDrop" ? 0.1 : 0;
      if (typeof value !== "number" || value < min || value > max || Math.round(value * 10) !== value * 10)
        throw badUserInput(`input.${field}`, "range", `input.${field} must be ${min}-${max} points with at most one decimal.`);
    }
    const parsed = { data: fitSettingsSchema.parse(toFitSettings(input)) };
    const configuration = await ctx.prisma.$transaction(
      (tx) =>
        withIdempotency(
          tx,
          ctx.idempotency,
          async () => {
            const published = await publishConfiguration(tx, parsed.data, ctx.viewer.id);
            await recordEvent(tx, {
              type: "fit.configuration_published",
              aggregateType: "fit_configuration",
              aggregateId: String(published.version),
              actorId: ctx.viewer.id,
              data: { version: published.version },
            });
            return published;
          },
          (published) => [String(published.version)],
        ),
      REQUEST_TRANSACTION,
    );
    return toFitConfiguration(configuration);
  },
);
