import { useState } from "react";
import { useI18n } from "../i18n/i18n";
import { TimeFormBody } from "../ui/TimeFormBody";
import type { WallTimeEdit } from "../ui/WallTimeField";

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
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Untouched, the field keeps the recorded instant to the millisecond.
  const [edit, setEdit] = useState<WallTimeEdit>({ at: props.value, problem: null });
  const [error, setError] = useState<unknown>(null);
  if (!open) {
    return (
      <button
        type="button"
        className="quiet"
        onClick={() => {
          setEdit({ at: props.value, problem: null });
          setOpen(true);
        }}
      >
        {t("record.correctTime", { what: props.what })}
      </button>
    );
  }
  // Named by the recorded field ("i-1-respondedAt" → respondedAt), so the window labels it.
  const field = props.id.slice(props.id.lastIndexOf("-") + 1);
  const submit = async () => {
    if (edit.problem || edit.at === null) {
      setError(edit.problem);
      return;
    }
    const failure = await props.save(edit.at);
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
        field={field}
        value={edit.at}
        onChange={setEdit}
        submitLabel={t("record.saveTime")}
        onCancel={() => setOpen(false)}
        error={error}
      />
    </form>
  );
}
