import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./messages/en";
import { fi } from "./messages/fi";
import { sv } from "./messages/sv";

export const languages = ["fi", "sv", "en"] as const;
export type Language = (typeof languages)[number];

/** The three catalogues, Finnish first; each complete (typed against fi). */
export const catalogues = { fi, sv, en } as const;

/**
 * A new i18next instance with every catalogue loaded (they are small and text only, so no lazy
 * loading), Finnish unless told otherwise. React escapes what it renders, so i18next does not.
 */
export function createI18n(language: Language = "fi"): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: "fi",
    supportedLngs: [...languages],
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
