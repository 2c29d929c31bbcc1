import type { TFunction } from "i18next";
import type { Withheld } from "../graphql/fieldErrors";
import { fi } from "./messages/fi";

/** The text of an error code (`FORBIDDEN`, `NETWORK_ERROR`, …) in the current language. */
export function errorText(t: TFunction, code: string): string {
  return Object.hasOwn(fi.errors, code) ? t(`errors.${code}`) : t("errors.unknown", { code });
}

/** "not shown: no consent", or the reason the gateway gave, for a withheld field. */
export function withheldText(t: TFunction, withheld: Withheld): string {
  if (withheld.reason && Object.hasOwn(fi.notShown, withheld.reason)) return t(`notShown.${withheld.reason}`);
  if (Object.hasOwn(fi.notShown, withheld.code)) return t(`notShown.${withheld.code}`);
  return t("notShown.other");
}

/** The text of a BAD_USER_INPUT rule (`required`, `max_length`, …), or a general one. */
export function ruleText(t: TFunction, rule: string | undefined): string {
  return rule && Object.hasOwn(fi.rules, rule) ? t(`rules.${rule}`) : t("rules.other");
}
