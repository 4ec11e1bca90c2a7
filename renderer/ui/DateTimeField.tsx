import { useRef } from "react";
import { normalizeHHmm } from "../../shared/app/settings/clock-text";
import { useI18n } from "../i18n/i18n";

/**
 * A date and a 24-hour time in the app's language, whatever the OS locale: the date as
 * "YYYY-MM-DD" text (typed, or picked with the browser's calendar), the time as "HH:mm"
 * text ("9:00" becomes 09:00 when the field is left). The value is "YYYY-MM-DDTHH:mm"
 * (local-input.ts turns it into an instant in the rules' zone); the parent refuses a
 * malformed one with the field named.
 */
export function DateTimeField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
}) {
  const { t } = useI18n();
  const picker = useRef<HTMLInputElement>(null);
  const [date = "", time = ""] = props.value.split("T");
  const set = (nextDate: string, nextTime: string) => props.onChange(`${nextDate}T${nextTime}`);
  const invalid = props.invalid ? { "aria-invalid": true as const } : {};
  return (
    <fieldset className="field datetime-field">
      <legend>{props.label}</legend>
      <div className="datetime-inputs">
        <input
          id={props.id}
          className="date-text"
          aria-label={t("time.date", { label: props.label })}
          inputMode="numeric"
          placeholder={t("time.datePlaceholder")}
          value={date}
          spellCheck={false}
          onChange={(event) => set(event.target.value.trim(), time)}
          {...invalid}
        />
        <button
          type="button"
          className="quiet pick-date"
          aria-label={t("time.pick", { label: props.label })}
          onClick={() => picker.current?.showPicker()}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M3 3h10v10H3zM3 6h10M6 1.5v3M10 1.5v3"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
            />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          className="date-picker"
          tabIndex={-1}
          aria-hidden="true"
          value={/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : ""}
          onChange={(event) => event.target.value && set(event.target.value, time)}
        />
        <input
          id={`${props.id}-time`}
          className="time-text"
          aria-label={t("time.clock", { label: props.label })}
          inputMode="numeric"
          placeholder={t("time.clockPlaceholder")}
          maxLength={5}
          value={time}
          spellCheck={false}
          onChange={(event) => set(date, event.target.value)}
          onBlur={() => set(date, normalizeHHmm(time))}
          {...invalid}
        />
      </div>
    </fieldset>
  );
}

/** The "YYYY-MM-DDTHH:mm" of a DateTimeField made strict ("9:00" → "09:00") before parsing. */
export function normalizeDateTime(value: string): string {
  const [date = "", time = ""] = value.split("T");
  return `${date.trim()}T${normalizeHHmm(time)}`;
}
