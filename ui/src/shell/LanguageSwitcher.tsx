import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { languages } from "../i18n/i18n";

const names: Record<(typeof languages)[number], string> = { fi: "Suomi", sv: "Svenska", en: "English" };

/** Language choice; each language is named in itself and marked with its lang for screen readers. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  return (
    <div className="language-switcher" role="group" aria-label={t("app.language")}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {names[language]}
        </button>
      ))}
    </div>
  );
}
