import { useRef, useState } from "react";
import { normalizeHHmm } from "../../shared/app/settings/clock-text";
import {
  isSummerTime,
  parseWallClock,
  readingsOf,
  wallClockOf,
  wallDateText,
  wallTimeText,
  zoneAbbreviation,
} from "../../shared/domain/wall-time";
import type { WallClock, WallReadings } from "../../shared/domain/wall-time";
import { codedError } from "../api/coded-error";
import type { CodedError } from "../api/coded-error";
import { useI18n } from "../i18n/i18n";
import type { Language } from "../../shared/app/texts/language";

/**
 * A date and a 24-hour time in the rules' time zone (the settings' `timeZone`, never the
 * machine's), converted by the core's zone code (shared/domain/wall-time.ts).
 *
 * Props:
 * - `id`, `label`: the field's id and its visible name ("Start").
 * - `field`: the name an error gives it ("start"), so the form's message names it.
 * - `value`: the instant the field holds (epoch ms), or null for empty fields.
 * - `onChange(edit)`: called only when the user changes something, with the instant typed
 *   (`at`), or `at: null` and the reason (`problem`, a coded error naming `field`): not a
 *   date and time, or a time the clocks skipped. Untouched, it is never called, so a form
 *   saves the exact instant it was given (seconds and all).
 * - `invalid`: the form's error names this field (marks it, and hides the field's own note).
 *
 * The time shows its seconds when they are not zero ("03:40:15") and takes "HH:mm" or
 * "HH:mm:ss". A time that occurs twice (the night the clocks go back) shows a choice of
 * the two (sommartid/vintertid, "CEST"/"CET"), preselected to the instant held. A time
 * the clocks skipped is refused with words that say why.
 */
export interface WallTimeEdit {
  at: number | null;
  problem: Error | null;
  /** Both the date and the time left blank (the problem is then "required"). */
  empty?: true;
}

export function WallTimeField(props: {
  id: string;
  label: string;
  field: string;
  value: number | null;
  onChange: (edit: WallTimeEdit) => void;
  invalid?: boolean;
}) {
  const { t, language, timeZone } = useI18n();
  const picker = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState(props.value);
  const [texts, setTexts] = useState(() => textsOf(props.value, timeZone));
  // The form gave another instant (opened again, saved elsewhere): show it.
  if (props.value !== shown) {
    setShown(props.value);
    setTexts(textsOf(props.value, timeZone));
  }
  const { date, time } = texts;
  const wall = parseWallClock(date, normalizeTime(time));
  const readings = wall ? readingsOf(wall, timeZone) : null;

  const emit = (edit: WallTimeEdit) => {
    setShown(edit.at);
    props.onChange(edit);
  };
  const set = (nextDate: string, nextTime: string) => {
    setTexts({ date: nextDate, time: nextTime });
    emit(interpret(nextDate, nextTime));
  };
  const interpret = (nextDate: string, nextTime: string): WallTimeEdit => {
    if (nextDate.trim() === "" && nextTime.trim() === "") {
      return {
        at: null,
        problem: codedError(props.field, "required", "must not be empty"),
        empty: true,
      };
    }
    const typed = parseWallClock(nextDate, normalizeTime(nextTime));
    if (!typed) {
      const problem = codedError(props.field, "dateTime", "expected a date and an HH:mm time");
      return { at: null, problem };
    }
    const next = readingsOf(typed, timeZone);
    if (next.kind === "none") {
      return { at: null, problem: gapError(props.field, typed, next, language) };
    }
    if (next.kind === "one") return { at: next.at, problem: null };
    // Twice: the same reading (sommartid or vintertid) as the instant held, else the first.
    const later = props.value !== null && isLaterReading(props.value, timeZone);
    return { at: later ? next.later : next.earlier, problem: null };
  };

  const invalid = props.invalid ? { "aria-invalid": true as const } : {};
  const noteId = `${props.id}-note`;
  const gap =
    readings?.kind === "none" && wall ? gapError(props.field, wall, readings, language) : null;
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
          className={time.length > 5 ? "time-text with-seconds" : "time-text"}
          aria-label={t("time.clock", { label: props.label })}
          inputMode="numeric"
          placeholder={t("time.clockPlaceholder")}
          maxLength={8}
          value={time}
          spellCheck={false}
          onChange={(event) => set(date, event.target.value)}
          onBlur={() => {
            // Tidies the text only: the instant was read from it as typed.
            const tidy = normalizeTime(time);
            if (tidy !== time) setTexts({ date, time: tidy });
          }}
          {...(gap && !props.invalid ? { "aria-describedby": noteId } : {})}
          {...invalid}
        />
      </div>
      {readings?.kind === "two" && wall && (
        <ReadingChoice
          name={`${props.id}-reading`}
          legend={t("time.twice", { time: wallTimeText(wall), date: dayMonth(wall, language) })}
          readings={readings}
          value={props.value}
          onPick={(at) => emit({ at, problem: null })}
        />
      )}
      {gap && !props.invalid && (
        <p className="field-note error" id={noteId}>
          {t("code.wallTimeGap", gap.params)}
        </p>
      )}
    </fieldset>
  );
}

/** The two readings of a repeated wall time, named as the language names them. */
function ReadingChoice(props: {
  name: string;
  legend: string;
  readings: Extract<WallReadings, { kind: "two" }>;
  value: number | null;
  onPick: (at: number) => void;
}) {
  const { t, timeZone } = useI18n();
  const { earlier, later } = props.readings;
  const picked = props.value !== null && isLaterReading(props.value, timeZone) ? later : earlier;
  const label = (at: number, other: number) =>
    t(isSummerTime(at, other, timeZone) ? "time.summer" : "time.winter", {
      zone: zoneAbbreviation(at, timeZone),
    });
  return (
    <fieldset className="wall-readings">
      <legend>{props.legend}</legend>
      {[
        [earlier, later],
        [later, earlier],
      ].map(([at = 0, other = 0]) => (
        <label key={at}>
          <input
            type="radio"
            name={props.name}
            checked={picked === at}
            onChange={() => props.onPick(at)}
          />
          {label(at, other)}
        </label>
      ))}
    </fieldset>
  );
}

/** Whether an instant is the second of the two its wall time means (vintertid, "CET"). */
function isLaterReading(at: number, timeZone: string): boolean {
  const readings = readingsOf(wallClockOf(at, timeZone), timeZone);
  return readings.kind === "two" && Math.floor(at / 1000) * 1000 === readings.later;
}

const textsOf = (value: number | null, timeZone: string) => {
  if (value === null) return { date: "", time: "" };
  const wall = wallClockOf(value, timeZone);
  return { date: wallDateText(wall), time: wallTimeText(wall) };
};

/** "9:00" → "09:00", "9.30.15" → "09:30:15"; anything else is left for the parser to refuse. */
function normalizeTime(text: string): string {
  const withSeconds = /^(\d{1,2})[:.](\d{2})[:.](\d{2})$/.exec(text.trim());
  if (withSeconds) {
    const [, h = "", m = "", s = ""] = withSeconds;
    return `${h.padStart(2, "0")}:${m}:${s}`;
  }
  return normalizeHHmm(text);
}

/** "29 mars" / "29 March" (Intl's long month names are the same in every engine). */
function dayMonth(wall: WallClock, language: Language): string {
  return new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", {
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(Date.UTC(wall.year, wall.month - 1, wall.day));
}

function gapError(
  field: string,
  wall: WallClock,
  gap: Extract<WallReadings, { kind: "none" }>,
  language: Language,
): Error & CodedError {
  const params = {
    time: wallTimeText(wall),
    date: dayMonth(wall, language),
    from: wallTimeText(gap.from),
    to: wallTimeText(gap.to),
  };
  return codedError(
    field,
    "wallTimeGap",
    `${params.time} does not exist on that day: the clocks went forward from ${params.from} to ${params.to}`,
    params,
  );
}
