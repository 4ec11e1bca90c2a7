import { useState } from "react";
import { useI18n } from "../i18n/i18n";
import { codedError } from "../api/coded-error";
import { fromLocalInput, toLocalInput } from "../i18n/local-input";
import { normalizeDateTime } from "../ui/DateTimeField";
import { TimeFormBody } from "../ui/TimeFormBody";

/**
 * Corrects a recorded time (the report, a milestone): a button that opens a date-time field
 * in the rules' time zone (24-hour, in the app's language, whatever the OS locale). The app core validates (not in the future, not before the report)
 * and its error names the field; a refused time changes nothing.
 */
export function CorrectTime(props: {
  /** What is corrected, for the field's accessible name ("Besvarad"). */
  what: string;
  value: number;
  /** Saves the new instant; resolves with the error, or null. */
  save: (at: number) => Promise<unknown>;
  id: string;
}) {
  const { t, timeZone } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(() => toLocalInput(props.value, timeZone));
  const [error, setError] = useState<unknown>(null);
  if (!open) {
    return (
      <button
        type="button"
        className="quiet"
        onClick={() => {
          setText(toLocalInput(props.value, timeZone));
          setOpen(true);
        }}
      >
        {t("record.correctTime", { what: props.what })}
      </button>
    );
  }
  const submit = async () => {
    const at = fromLocalInput(normalizeDateTime(text), timeZone);
    if (at === null) {
      // Named by the recorded field ("i-1-respondedAt" → respondedAt), so the window labels it.
      setError(
        codedError(
          props.id.slice(props.id.lastIndexOf("-") + 1),
          "dateTime",
          "expected a date and an HH:mm time",
        ),
      );
      return;
    }
    const failure = await props.save(at);
    setError(failure);
    if (!failure) setOpen(false);
  };
  return (
    <form
      className="correct-time"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
    >
      <TimeFormBody
        id={props.id}
        label={t("record.newTime", { what: props.what })}
        value={text}
        onChange={setText}
        submitLabel={t("record.saveTime")}
        onCancel={() => setOpen(false)}
        error={error}
      />
    </form>
  );
}
