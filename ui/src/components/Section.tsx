import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { GraphQLErrorEntry } from "../graphql/executeOperation";
import { withheldAt } from "../graphql/fieldErrors";
import { withheldText } from "../i18n/errorText";

/**
 * A titled part of a page that shows one field of the answer (`path`). When the field was refused,
 * the part says so with the reason ("not shown: no consent") instead of its content.
 */
export function Section({
  id,
  title,
  errors,
  path,
  children,
}: {
  id: string;
  title: string;
  errors: readonly GraphQLErrorEntry[];
  path: readonly (string | number)[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const withheld = withheldAt(errors, path);
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      {withheld ? <p className="withheld">{withheldText(t, withheld)}</p> : children}
    </section>
  );
}
