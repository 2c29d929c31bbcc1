import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../../components/Field";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { todayInFinland } from "../../../components/today";
import { RecordFitSessionDocument } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";
import { ageOnSessionDay, instrumentsForAge, outcomeInstruments, ratingInstruments } from "./instrumentChoice";
import { outcomeItems, parseItem, sessionRatingItems } from "./scoreInput";

const modes = ["FACE_TO_FACE", "PHONE", "VIDEO", "HOME_VISIT"] as const;

type Scores = Record<string, string>;

/**
 * Records one session: the outcome measure at the start (ORS, or CORS/YCORS for a child) and the
 * session rating at the end (SRS, CSRS, YCSRS), each as its four items. Only the instruments made for
 * the client's age on the session's day are offered (the hub refuses the others), the right one
 * chosen. The session gets a client-chosen id, so a retry after a lost answer records it once.
 */
export function RecordSessionForm({
  episodeId,
  clientBirthDate,
  onRecorded,
}: {
  episodeId: string;
  /** Null when unknown or not shown to this viewer: then every instrument is offered. */
  clientBirthDate: string | null | undefined;
  onRecorded?: () => void;
}) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(todayInFinland());
  const [mode, setMode] = useState<(typeof modes)[number]>("FACE_TO_FACE");
  const [outcomeChoice, setOutcomeChoice] = useState<(typeof outcomeInstruments)[number]>("ORS");
  const [ratingChoice, setRatingChoice] = useState<(typeof ratingInstruments)[number]>("SRS");
  const [outcome, setOutcome] = useState<Scores>({});
  const [rating, setRating] = useState<Scores>({});
  const [checked, setChecked] = useState(false);
  const [sessionId, setSessionId] = useState(() => crypto.randomUUID());
  const [recorded, setRecorded] = useState(false);
  // The hub takes an instrument outside the client's age with a reason (a 12-year-old who reads the
  // adult ORS well, say): the worker asks for every instrument on purpose and says why.
  const [otherInstrument, setOtherInstrument] = useState(false);
  const [instrumentReason, setInstrumentReason] = useState("");
  const mutation = useOperationMutation(RecordFitSessionDocument, { purpose: "fit_session" });

  // The age is on the session's day: a change of date can move the client into another instrument.
  const age = ageOnSessionDay(clientBirthDate, heldOn);
  const forAgeOutcome = instrumentsForAge(outcomeInstruments, clientBirthDate, heldOn);
  const forAgeRating = instrumentsForAge(ratingInstruments, clientBirthDate, heldOn);
  const offeredOutcome = otherInstrument ? [...outcomeInstruments] : forAgeOutcome;
  const offeredRating = otherInstrument ? [...ratingInstruments] : forAgeRating;
  const outcomeInstrument = offeredOutcome.includes(outcomeChoice) ? outcomeChoice : offeredOutcome[0]!;
  const ratingInstrument = offeredRating.includes(ratingChoice) ? ratingChoice : offeredRating[0]!;

  const parsed = (scores: Scores, items: readonly string[]) => items.map((item) => parseItem(scores[item] ?? ""));
  const outcomeParsed = parsed(outcome, outcomeItems);
  const ratingParsed = parsed(rating, sessionRatingItems);
  const dateError = !heldOn ? "required" : heldOn > todayInFinland() ? "future" : undefined;
  const outsideAge = (instrument: string, forAge: readonly string[]) => !forAge.includes(instrument);
  const reasonNeeded = outsideAge(outcomeInstrument, forAgeOutcome) || outsideAge(ratingInstrument, forAgeRating);
  const reasonError = reasonNeeded && !instrumentReason.trim() ? "required" : undefined;
  /** The reason goes with a measure only when its instrument is outside the age (the hub's rule). */
  const reasonFor = (instrument: string, forAge: readonly string[]) =>
    outsideAge(instrument, forAge) ? { instrumentReason: instrumentReason.trim() } : {};
  const itemError = (item: ReturnType<typeof parseItem>) => (checked && "rule" in item ? ruleText(t, item.rule) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setRecorded(false);
    if (dateError || reasonError || [...outcomeParsed, ...ratingParsed].some((item) => "rule" in item)) return;
    const values = (items: ReturnType<typeof parseItem>[]) => items.map((item) => ("value" in item ? item.value : 0));
    mutation.mutate(
      {
        input: {
          id: sessionId,
          episodeId,
          heldOn,
          mode,
          measurements: [
            { instrument: outcomeInstrument, items: values(outcomeParsed), ...reasonFor(outcomeInstrument, forAgeOutcome) },
            { instrument: ratingInstrument, items: values(ratingParsed), ...reasonFor(ratingInstrument, forAgeRating) },
          ],
        },
      },
      {
        onSuccess: () => {
          setRecorded(true);
          setOutcome({});
          setRating({});
          setChecked(false);
          setOtherInstrument(false);
          setInstrumentReason("");
          setSessionId(crypto.randomUUID());
          onRecorded?.();
        },
      },
    );
  };

  const scoreFields = (
    prefix: string,
    items: readonly string[],
    scores: Scores,
    set: (scores: Scores) => void,
    parsedItems: ReturnType<typeof parseItem>[],
    index: number,
  ) =>
    items.map((item, position) => (
      <Field
        key={item}
        label={t(`fit.items.${prefix}.${item}`)}
        error={
          itemError(parsedItems[position]!) ?? serverFieldError(mutation.error, `measurements.${index}.items.${position}`, t)
        }
      >
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={scores[item] ?? ""}
          onChange={(event) => set({ ...scores, [item]: event.target.value })}
        />
      </Field>
    ));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-session-title">
      <h2 id="record-session-title">{t("fit.recordSession")}</h2>
      <FormErrors error={mutation.error} shownFields={["heldOn", "mode", "measurements.0", "measurements.1"]} />
      <Field
        label={t("fit.heldOn")}
        error={(checked && dateError ? ruleText(t, dateError) : undefined) ?? serverFieldError(mutation.error, "heldOn", t)}
      >
        <input type="date" value={heldOn} max={todayInFinland()} onChange={(event) => setHeldOn(event.target.value)} />
      </Field>
      <Field label={t("fit.mode")}>
        <select value={mode} onChange={(event) => setMode(event.target.value as (typeof modes)[number])}>
          {modes.map((value) => (
            <option key={value} value={value}>
              {t(`enums.FitSessionMode.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <label className="choice">
        <input
          type="checkbox"
          checked={otherInstrument}
          onChange={() => {
            // Keep the age's instruments chosen: another one is the worker's explicit choice.
            setOutcomeChoice(outcomeInstrument);
            setRatingChoice(ratingInstrument);
            setOtherInstrument(!otherInstrument);
          }}
        />{" "}
        {t("fit.otherInstrument")}
      </label>
      {otherInstrument && (
        <Field
          label={t("fit.instrumentReason")}
          hint={t("fit.instrumentReasonHint")}
          error={
            (checked && reasonError ? ruleText(t, reasonError) : undefined) ??
            serverFieldError(mutation.error, "measurements.0.instrumentReason", t)
          }
        >
          <textarea value={instrumentReason} maxLength={2000} onChange={(event) => setInstrumentReason(event.target.value)} />
        </Field>
      )}
      <fieldset>
        <legend>{t("fit.outcomeMeasure")}</legend>
        <Field label={t("fit.instrument")}>
          <select
            value={outcomeInstrument}
            onChange={(event) => setOutcomeChoice(event.target.value as (typeof outcomeInstruments)[number])}
          >
            {offeredOutcome.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </Field>
        {age !== null && <p className="hint">{t("fit.instrumentForAge", { age })}</p>}
        <p className="hint">{t("fit.itemHint")}</p>
        {scoreFields("outcome", outcomeItems, outcome, setOutcome, outcomeParsed, 0)}
      </fieldset>
      <fieldset>
        <legend>{t("fit.sessionRatingMeasure")}</legend>
        <Field label={t("fit.instrument")}>
          <select
            value={ratingInstrument}
            onChange={(event) => setRatingChoice(event.target.value as (typeof ratingInstruments)[number])}
          >
            {offeredRating.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </Field>
        {scoreFields("sessionRating", sessionRatingItems, rating, setRating, ratingParsed, 1)}
      </fieldset>
      <button type="submit" disabled={mutation.isPending}>
        {t("fit.save")}
      </button>
      <p role="status">{recorded ? t("fit.recorded") : ""}</p>
    </form>
  );
}
