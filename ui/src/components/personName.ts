/** "Aino Virtanen" from the parts the viewer may see; undefined when neither was given. */
export function personName(
  person: { firstName?: string | null; lastName?: string | null } | null | undefined,
): string | undefined {
  const name = [person?.firstName, person?.lastName].filter(Boolean).join(" ");
  return name || undefined;
}
