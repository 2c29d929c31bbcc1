import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { GraphQLErrorEntry } from "../graphql/executeOperation";
import { withheldAt } from "../graphql/fieldErrors";
import { withheldText } from "../i18n/errorText";

/**
 * A client-data field as the rules allow: the value when it was given; "not shown: no consent" (or
 * the reason the gateway gave) when the field was refused at `path`, never an empty space that would
 * read as "none"; and `empty` when the value really is empty.
 */
export function Withheld<T>({
  value,
  errors,
  path,
  empty = "–",
  children,
}: {
  value: T | null | undefined;
  errors: readonly GraphQLErrorEntry[];
  path: readonly (string | number)[];
  empty?: ReactNode;
  children?: (value: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const withheld = withheldAt(errors, path);
  if (withheld) return <span className="withheld">{withheldText(t, withheld)}</span>;
  if (value === null || value === undefined) return <>{empty}</>;
  return <>{children ? children(value) : String(value)}</>;
}
