import { useState } from "react";
import type { CreateIncidentInput } from "../../shared/app/incidents/incident-inputs";
import { useAction } from "../api/api-context";
import { codedError } from "../api/coded-error";
import { navigate } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { ErrorMessage } from "../ui/ErrorMessage";
import { explainError } from "../ui/field-error";
import { WallTimeField } from "../ui/WallTimeField";
import type { WallTimeEdit } from "../ui/WallTimeField";

/** The form's fields, named as the app core names them in its errors. */
type Field = "reportedAt" | "respondedAt" | "resolvedAt" | "start" | "end";

const fields: { field: Field; label: MessageKey; optional: boolean }[] = [
  { field: "reportedAt", label: "record.pastCallAt", optional: false },
  { field: "respondedAt", label: "record.pastCallResponded", optional: false },
  { field: "resolvedAt", label: "record.pastCallResolved", optional: true },
  { field: "start", label: "record.pastCallWorkStart", optional: true },
  { field: "end", label: "record.pastCallWorkEnd", optional: true },
];

type Edits = Record<Field, WallTimeEdit>;

const blank: WallTimeEdit = { at: null, problem: null, empty: true };

/** The instants of the form, or the first field that is malformed or missing. */
function readTimes(edits: Edits): { times: Partial<Record<Field, number>> } | { error: unknown } {
  const times: Partial<Record<Field, number>> = {};
  for (const { field, optional } of fields) {
    const { at, problem, empty } = edits[field];
    if (empty) {
      if (!optional) return { error: codedError(field, "required", "must not be empty") };
      continue;
    }
    if (problem || at === null) return { error: problem };
    times[field] = at;
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
  const { t } = useI18n();
  const act = useAction();
  const [edits, setEdits] = useState<Edits | null>(null);
  // The response follows the report until it is given a time of its own.
  const [respondedOwn, setRespondedOwn] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (edits === null) {
    return (
      <button
        type="button"
        className="quiet"
        onClick={() => {
          // Whole minutes: a time typed afterwards has none of the clock's seconds.
          const at = Math.floor((props.now - 30 * 60_000) / 60_000) * 60_000;
          const given: WallTimeEdit = { at, problem: null };
          setEdits({
            reportedAt: given,
            respondedAt: given,
            resolvedAt: blank,
            start: blank,
            end: blank,
          });
          setRespondedOwn(false);
          setError(null);
        }}
      >
        {t("record.pastCall")}
      </button>
    );
  }
  const set = (field: Field, edit: WallTimeEdit) => {
    const next = { ...edits, [field]: edit };
    if (field === "respondedAt") setRespondedOwn(true);
    if (field === "reportedAt" && !respondedOwn) next.respondedAt = edit;
    setEdits(next);
  };
  const log = async () => {
    const read = readTimes(edits);
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
          <WallTimeField
            id={`past-call-${field}`}
            label={t(label)}
            field={field}
            value={edits[field].at}
            onChange={(edit) => set(field, edit)}
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
        <button type="button" className="quiet" onClick={() => setEdits(null)}>
          {t("record.cancel")}
        </button>
      </div>
      {!onField && <ErrorMessage error={error} />}
    </form>
  );
}
