import { useTranslation } from "react-i18next";
import { errorText, ruleText } from "../i18n/errorText";
import type { OperationError } from "../graphql/executeOperation";

/**
 * What a refused write says at the top of its form: the error's text, and for BAD_USER_INPUT each
 * field the hub named that the form has no place for (the fields it has show their own message).
 */
export function FormErrors({ error, shownFields }: { error: OperationError | null; shownFields: readonly string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const unplaced = error.errors.filter(
    (entry) =>
      entry.extensions?.code === "BAD_USER_INPUT" &&
      entry.extensions.field &&
      !shownFields.some((field) => fieldMatches(entry.extensions!.field!, field)),
  );
  return (
    <div role="alert" className="error-notice">
      <p>{errorText(t, error.code)}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((entry, index) => (
            <li key={index}>
              {entry.extensions!.field}: {ruleText(t, entry.extensions!.rule)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The hub names input fields with their path (`input.measurements.0.items`); a form field owns its path and below. */
export function fieldMatches(reported: string, field: string): boolean {
  const name = reported.replace(/^input\./, "");
  return name === field || name.startsWith(`${field}.`);
}

/** The message for one form field from a refused write, or undefined. */
export function serverFieldError(error: OperationError | null, field: string, t: (key: string) => string): string | undefined {
  const entry = error?.errors.find(
    (candidate) =>
      candidate.extensions?.code === "BAD_USER_INPUT" &&
      candidate.extensions.field &&
      fieldMatches(candidate.extensions.field, field),
  );
  return entry ? ruleText(t as never, entry.extensions?.rule) : undefined;
}
