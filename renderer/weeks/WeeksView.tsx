import { useState } from "react";
import type { HeldWeekCell } from "../../shared/app/weeks/held-views";
import { useAction, useApi, useLoad } from "../api/api-context";
import { ErrorMessage } from "../ui/ErrorMessage";
import { RotationForm } from "./RotationForm";
import { WeekGrid } from "./WeekGrid";
import { useI18n } from "../i18n/i18n";
import { downloadText } from "../ui/download";
import "./weeks.css";

/** My jour weeks: a year of weeks to mark, the rotation, and the calendar export. */
export function WeeksView() {
  const { t } = useI18n();
  const { api } = useApi();
  const act = useAction();
  const status = useLoad((jour) => jour.getStatus(), "weeks-status");
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? status.data?.week.isoYear ?? null;
  const view = useLoad(
    (jour) => (year === null ? Promise.resolve(null) : jour.getHeldWeeks({ year })),
    `held-weeks-${year}`,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: Parameters<typeof act>[0]) => {
    setBusy(true);
    setError(await act(action));
    setBusy(false);
  };
  const toggle = (cell: HeldWeekCell) =>
    void run((jour) => jour.setOnDuty({ week: cell.week.start, onDuty: !cell.held }));
  const exportIcs = async () => {
    try {
      downloadText("jour-jourveckor.ics", await api.exportHeldWeeksIcs(), "text/calendar");
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  };

  const data = view.data;
  if (year === null || !data) {
    const failure = status.error ?? view.error;
    return failure ? <ErrorMessage error={failure} /> : <p>{t("loading")}</p>;
  }
  const held = data.weeks.filter((cell) => cell.held).length;
  return (
    <div className="stack">
      <h1>{t("weeks.title")}</h1>
      <p className="next-held">{data.nextLine ?? t("weeks.noNext")}</p>
      <section className="card" aria-labelledby="weeks-year">
        <div className="year-bar">
          <button
            type="button"
            className="quiet"
            aria-label={t("weeks.prevYear")}
            onClick={() => setYear(year - 1)}
          >
            ‹
          </button>
          <h2 id="weeks-year">
            <label>
              <span className="visually-hidden">{t("weeks.year")} </span>
              <YearInput year={year} onChange={setYear} />
            </label>
          </h2>
          <button
            type="button"
            className="quiet"
            aria-label={t("weeks.nextYear")}
            onClick={() => setYear(year + 1)}
          >
            ›
          </button>
          <span className="muted">
            {held === 1 ? t("weeks.heldCount1") : t("weeks.heldCount", { count: held })}
          </span>
        </div>
        <p className="muted small">{t("weeks.help")}</p>
        <WeekGrid
          year={data.year}
          weeks={data.weeks}
          busy={busy}
          rotation={data.rotation !== null}
          onToggle={toggle}
        />
      </section>
      <ErrorMessage error={error ?? view.error} />
      <RotationForm
        key={JSON.stringify(data.rotation)}
        rotation={data.rotation}
        defaultYear={status.data?.week.isoYear ?? year}
        defaultWeek={status.data?.week.isoWeek ?? 1}
        onSave={(rotation) => void run((jour) => jour.setRotation({ rotation }))}
      />
      <section className="card" aria-labelledby="weeks-export">
        <h2 id="weeks-export" className="visually-hidden">
          {t("weeks.export")}
        </h2>
        <div className="button-row wrap">
          <button type="button" onClick={() => void exportIcs()}>
            {t("weeks.export")}
          </button>
        </div>
        <p className="muted small">{t("weeks.exportHelp")}</p>
      </section>
    </div>
  );
}

/** The year as typed: a half-typed "202" stays in the field; a whole year is shown. */
function YearInput(props: { year: number; onChange: (year: number) => void }) {
  const [text, setText] = useState(String(props.year));
  // A year changed from outside (the arrows) replaces what is typed; set during render.
  const [shown, setShown] = useState(props.year);
  if (shown !== props.year) {
    setShown(props.year);
    setText(String(props.year));
  }
  return (
    <input
      className="year-input"
      type="number"
      min={2000}
      max={2199}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const next = Number(e.target.value);
        if (Number.isInteger(next) && next >= 2000 && next <= 2199) props.onChange(next);
      }}
    />
  );
}
