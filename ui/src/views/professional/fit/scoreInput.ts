/** A score item as typed: a number 0.0–10.0 with at most one decimal (a comma is a decimal point too, as Finns write it). */
export type ParsedItem = { value: number } | { rule: "required" | "range" | "decimals" };

export function parseItem(text: string): ParsedItem {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return { rule: "required" };
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { rule: "range" };
  if (/\.\d{2,}$/.test(trimmed)) return { rule: "decimals" };
  const value = Number(trimmed);
  return value >= 0 && value <= 10 ? { value } : { rule: "range" };
}

/** The instruments' four items, in the order the hub expects them. */
export const outcomeItems = ["individually", "interpersonally", "socially", "overall"] as const;
export const sessionRatingItems = ["relationship", "goals", "approach", "overall"] as const;
