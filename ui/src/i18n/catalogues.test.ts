import { ErrorCode } from "@silta/kernel/errors";
import { catalogues, createI18n, languages } from "./i18n";
import { errorText, ruleText, withheldText } from "./errorText";

function leaves(value: unknown, prefix = ""): [string, unknown][] {
  if (typeof value !== "object" || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe("the message catalogues", () => {
  it.each(languages)("%s has a non-empty text for every key of the Finnish catalogue", (language) => {
    const finnishKeys = leaves(catalogues.fi).map(([key]) => key);
    const texts = new Map(leaves(catalogues[language]));
    expect(finnishKeys.filter((key) => typeof texts.get(key) !== "string" || texts.get(key) === "")).toEqual([]);
    expect([...texts.keys()].filter((key) => !finnishKeys.includes(key))).toEqual([]);
  });

  it.each(languages)("%s has a text for every error code the hub answers with", (language) => {
    const t = createI18n(language).t;
    for (const code of Object.values(ErrorCode))
      expect([code, errorText(t, code)]).not.toEqual([code, expect.stringMatching(/^(Virhe|Fel|Error): /)]);
  });

  it("says why a field is not shown, from the FORBIDDEN reason, and a rule's text per field", () => {
    const fi = createI18n("fi").t;
    const en = createI18n("en").t;
    expect(withheldText(fi, { code: "FORBIDDEN", reason: "no_consent" })).toBe("ei näytetä: ei suostumusta");
    expect(withheldText(en, { code: "FORBIDDEN", reason: "ban" })).toBe("not shown: the client's ban");
    expect(withheldText(en, { code: "FORBIDDEN", reason: "some_new_reason" })).toBe("not shown");
    expect(withheldText(en, { code: "ACCESS_DECISION_UNAVAILABLE" })).toBe("not shown: access could not be checked");
    expect(ruleText(fi, "required")).toBe("Pakollinen tieto.");
    expect(ruleText(en, "unheard_of")).toBe("Check this field.");
    expect(errorText(en, "SOMETHING_NEW")).toBe("Error: SOMETHING_NEW");
  });
});
