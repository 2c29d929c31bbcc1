import { z } from "zod";

/**
 * The scoring configuration in force (versioned in the table `fit_configuration`; the highest version
 * wins). Every derived value stores the version that produced it, so a later change of cutoffs never
 * silently rewrites what a report once said without saying so.
 */
export const fitSettingsSchema = z.object({
  cutoffs: z.object({
    /** ORS from 18. Default 25. */
    adult: z.number().min(0).max(40),
    /** ORS 13-17. Default 25 (a figure of 28 is cited but unconfirmed). */
    adolescent: z.number().min(0).max(40),
    /** CORS and YCORS (under 13). Default 32. */
    child: z.number().min(0).max(40),
  }),
  /** Reliable change per outcome instrument, in points. Defaults ORS 5, CORS 10, YCORS 10. */
  reliableChange: z.object({ ORS: z.number().positive(), CORS: z.number().positive(), YCORS: z.number().positive() }),
  /** SRS alert: total below `below` (default 36), or a drop of `drop` or more from the previous session (default 1). */
  srsAlert: z.object({ below: z.number().min(0).max(40), drop: z.number().positive() }),
});
export type FitSettings = z.infer<typeof fitSettingsSchema>;

export interface FitConfiguration {
  version: number;
  settings: FitSettings;
}

/** Version 1, inserted by the migration: DOMAIN.md's published figures. */
export const defaultFitSettings: FitSettings = {
  cutoffs: { adult: 25, adolescent: 25, child: 32 },
  reliableChange: { ORS: 5, CORS: 10, YCORS: 10 },
  srsAlert: { below: 36, drop: 1 },
};
