import { useState } from "react";
import type { CreateIncidentInput } from "../../shared/app/incidents/incident-inputs";
import { useAction } from "../api/api-context";
import { codedError } from "../api/coded-error";
import { navigate } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { DateTimeField } from "../ui/DateTimeField";
import { ErrorMessage } from "../ui/ErrorMessage";
import { explainError } from "../ui/field-error";
import { timeFieldInstant, timeFieldText } from "./past-call-times";

/** The form's fields, named as the app core names them in its errors. */
type Field = "reportedAt" | "respondedAt" | "resolvedAt" | "start" | "end";

const fields: { field: Field; label: MessageKey; optional: boolean }[] = [
  { field: "reportedAt", label: "record.pastCallAt", optional: false },
  { field: "respondedAt", label: "record.pastCallResponded", optional: false },
  { field: "resolvedAt", label: "record.pastCallResolved", optional: true },
  { field: "start", label: "record.pastCallWorkStart", optional: true },
  { field: "end", label: "record.pastCallWorkEnd", optional: true },
];

type Texts = Record<Field, string>;

/** The instants of the form, or the first field that is malformed or missing. */
function readTimes(
  texts: Texts,
  timeZone: string,
): { times: Partial<Record<Field, number>> } | { error: unknown } {
  const times: Partial<Record<Field, number>> = {};
  for (const { field, optional } of fields) {
    const at = timeFieldInstant(texts[field], timeZone);
    if (at === null) {
      return { error: codedError(field, "dateTime", "expected a date and an HH:mm time") };
    }
    if (at === "empty" && !optional) {
      return { error: codedError(field, "required", "must not be empty") };
    }
    if (at !== "empty") times[field] = at;
  }
  // The worked span is both ends or neither.
  const half = times.start === undefined ? "start" : times.end === undefined ? "end" : null;
  if (half && (times.start !== undefined || times.end !== undefined)) {
    return { error: codedError(half, "required", "must not be empty") };
  }
  return { times };
}

function inputOf(times: Partial<Record<Field, number>>): CreateIncidentInput {
  const { reportedAt, respondedAt, resolvedAt, start, end } = times;
  return {
    ...(reportedAt === undefined ? {} : { reportedAt }),
    ...(respondedAt === undefined ? {} : { respondedAt }),
    ...(resolvedAt === undefined ? {} : { resolvedAt }),
    ...(start === undefined || end === undefined ? {} : { work: { start, end } }),
  };
}

/**
 * A call taken away from the computer, logged afterwards in one form with its times:
 * reported, responded, resolved and the worked span (the last two optional). The app core
 * saves it whole or not at all; it starts no timer, no countdown and no alert.
 */
export function PastCall(props: { now: number }) {
  const { t, timeZone } = useI18n();
  const act = useAction();
  const [texts, setTexts] = useState<Texts | null>(null);
  // The response follows the report until it is given a time of its own.
  const [respondedOwn, setRespondedOwn] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (texts === null) {
    return (
      <button
        type="button"
        className="quiet"
        onClick={() => {
          const at = timeFieldText(props.now - 30 * 60_000, timeZone);
          setTexts({ reportedAt: at, respondedAt: at, resolvedAt: "", start: "", end: "" });
          setRespondedOwn(false);
          setError(null);
        }}
      >
        {t("record.pastCall")}
      </button>
    );
  }
  const set = (field: Field, value: string) => {
    const next = { ...texts, [field]: value };
    if (field === "respondedAt") setRespondedOwn(true);
    if (field === "reportedAt" && !respondedOwn) next.respondedAt = value;
    setTexts(next);
  };
  const log = async () => {
    const read = readTimes(texts, timeZone);
    if ("error" in read) return setError(read.error);
    let id: string | null = null;
    const failure = await act(async (api) => {
      id = (await api.createIncident(inputOf(read.times))).id;
    });
    setError(failure);
    if (id) navigate({ view: "incident", id });
  };
  const explained = error ? explainError(error, t) : null;
  const onField = fields.find((f) => f.field === explained?.field);
  return (
    <form
      className="past-call"
      aria-label={t("record.pastCall")}
      onSubmit={(event) => {
        event.preventDefault();
        void log();
      }}
    >
      <p className="muted past-call-help">{t("record.pastCallHelp")}</p>
      {fields.map(({ field, label }) => (
        <div key={field} className={`past-call-${field}`}>
          <DateTimeField
            id={`past-call-${field}`}
            label={t(label)}
            value={texts[field]}
            onChange={(value) => set(field, value)}
            invalid={onField?.field === field}
          />
          {onField?.field === field && explained && (
            <p className="error" role="alert">
              {t("error.field", { field: t(label), problem: explained.text })}
            </p>
          )}
        </div>
      ))}
      <div className="button-row">
        <button type="submit" className="primary">
          {t("record.logPastCall")}
        </button>
        <button type="button" className="quiet" onClick={() => setTexts(null)}>
          {t("record.cancel")}
        </button>
      </div>
      {!onField && <ErrorMessage error={error} />}
    </form>
  );
}
