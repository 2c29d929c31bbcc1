import type { FitConfiguration as Stored, FitSettings } from "../domain/fitConfiguration";
import type { FitConfiguration, FitConfigurationInput } from "./types.generated";

export function toFitConfiguration({ version, settings }: Stored): FitConfiguration {
  return {
    version,
    adultCutoff: settings.cutoffs.adult,
    adolescentCutoff: settings.cutoffs.adolescent,
    childCutoff: settings.cutoffs.child,
    reliableChangeOrs: settings.reliableChange.ORS,
    reliableChangeCors: settings.reliableChange.CORS,
    reliableChangeYcors: settings.reliableChange.YCORS,
    srsAlertBelow: settings.srsAlert.below,
    srsAlertDrop: settings.srsAlert.drop,
  };
}

export function toFitSettings(input: FitConfigurationInput): FitSettings {
  return {
    cutoffs: { adult: input.adultCutoff, adolescent: input.adolescentCutoff, child: input.childCutoff },
    reliableChange: { ORS: input.reliableChangeOrs, CORS: input.reliableChangeCors, YCORS: input.reliableChangeYcors },
    srsAlert: { below: input.srsAlertBelow, drop: input.srsAlertDrop },
  };
}
