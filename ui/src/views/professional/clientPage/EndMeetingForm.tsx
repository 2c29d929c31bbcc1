import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { CancelMeetingDocument, RecordMeetingHeldDocument } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";

/**
 * Ends a scheduled meeting: records it as held with what it agreed (once its day has come), or cancels
 * it with a reason. Each sends an Idempotency-Key, so a retried click records it once.
 */
export function EndMeetingForm({ meetingId, ending }: { meetingId: string; ending: "held" | "cancelled" }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [checked, setChecked] = useState(false);
  const held = useOperationMutation(RecordMeetingHeldDocument, { purpose: "network_meeting", idempotencyKey: true });
  const cancel = useOperationMutation(CancelMeetingDocument, { purpose: "network_meeting", idempotencyKey: true });
  const mutation = ending === "held" ? held : cancel;
  const field = ending === "held" ? "outcome" : "reason";
  const error = checked && !text.trim() ? ruleText(t, "required") : serverFieldError(mutation.error, field, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!text.trim()) return;
    if (ending === "held") held.mutate({ input: { meetingId, outcome: text.trim() } });
    else cancel.mutate({ input: { meetingId, reason: text.trim() } });
  };

  return (
    <details>
      <summary>{t(`client.meeting.${ending}.open`)}</summary>
      <form onSubmit={submit} noValidate>
        <FormErrors error={mutation.error} shownFields={[field]} />
        <label htmlFor={`${id}-text`}>{t(`client.meeting.${ending}.label`)}</label>
        <textarea
          id={`${id}-text`}
          value={text}
          maxLength={ending === "held" ? 4000 : 500}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={mutation.isPending}>
          {t(`client.meeting.${ending}.submit`)}
        </button>
      </form>
    </details>
  );
}
