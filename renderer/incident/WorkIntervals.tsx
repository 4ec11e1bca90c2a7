import { useEffect, useRef, useState } from "react";
import type { IncidentView, TimerView } from "../../shared/app/incidents/incident-views";
import { formatDuration, formatExactTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/ErrorMessage";
import { IntervalEditor } from "./IntervalEditor";
import { joinWeeks, reportedWeeksTouching, useWeekRefs } from "./reported-weeks";

/**
 * The incident's work intervals, each editable, the running session as a live row (so the
 * list adds up to the total), and a row to add forgotten time.
 */
export function WorkIntervals(props: {
  incident: IncidentView;
  /** This incident's timer, if it has one (running or paused). */
  timer: TimerView | null;
  now: number;
}) {
  const { t, timeZone } = useI18n();
  const { incident, timer, now } = props;
  const [adding, setAdding] = useState(false);
  const { weeks, error: weeksError } = useWeekRefs();
  const addButton = useRef<HTMLButtonElement>(null);
  const addForm = useRef<HTMLDivElement>(null);
  // Keyboard users land in the form that opened, and back on its button when it closes.
  const opened = useRef(false);
  useEffect(() => {
    if (adding) addForm.current?.querySelector("input")?.focus();
    else if (opened.current) addButton.current?.focus();
    opened.current = adding;
  }, [adding]);
  const runningSince = timer?.status === "running" ? timer.runningSince : null;
  const totalMs = timer ? timer.elapsedMs : incident.workedMs;
  const empty = incident.work.length === 0 && runningSince === null;
  const reportedIn = joinWeeks(
    reportedWeeksTouching(weeks ?? [], [incident.reportedAt], incident.work),
    t("reported.and"),
  );
  return (
    <section className="card" aria-labelledby="work-title">
      <h2 id="work-title">{t("work.title")}</h2>
      {reportedIn && <p className="muted">{t("reported.incidentNote", { weeks: reportedIn })}</p>}
      <ErrorMessage error={weeksError} />
      {empty && <p className="muted">{t("work.none")}</p>}
      <ul className="intervals">
        {incident.work.map((work, index) => (
          <li key={`${work.id}-${work.start}-${work.end}`}>
            <IntervalEditor incidentId={incident.id} work={work} index={index + 1} weeks={weeks} />
          </li>
        ))}
        {runningSince !== null && timer && (
          <li className="running-interval">
            <span>{t("work.runningSince", { time: formatExactTime(runningSince, timeZone) })}</span>
            <span className="duration" aria-label={t("work.duration")}>
              {formatDuration(timer.sessionMs)}
            </span>
          </li>
        )}
      </ul>
      <p className="work-total">{t("work.total", { time: formatDuration(totalMs) })}</p>
      {adding ? (
        // Escape closes the new interval's form without adding it, as its Remove does.
        <div
          ref={addForm}
          onKeyDown={(event) => {
            if (event.key === "Escape") setAdding(false);
          }}
        >
          <IntervalEditor
            incidentId={incident.id}
            work={{ id: null, start: now - 30 * 60_000, end: now }}
            index={incident.work.length + 1}
            weeks={weeks}
            onDone={() => setAdding(false)}
          />
        </div>
      ) : (
        <button ref={addButton} type="button" onClick={() => setAdding(true)}>
          {t("work.add")}
        </button>
      )}
    </section>
  );
}
