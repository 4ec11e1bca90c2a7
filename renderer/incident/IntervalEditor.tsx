import { useState } from "react";
import { useAction } from "../api/api-context";
import { formatDuration } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { parseFieldError } from "../ui/field-error";
import { WallTimeField } from "../ui/WallTimeField";
import type { WallTimeEdit } from "../ui/WallTimeField";
import { ErrorMessage } from "../ui/ErrorMessage";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import type { WeekRef } from "../../shared/app/reports/report-views";
import { joinWeeks, reportedWeeksTouching } from "./reported-weeks";

const badField = (error: unknown): string => (error ? parseFieldError(error).field : "");

interface Work {
  /** null for a new interval not yet added. */
  id: string | null;
  start: number;
  end: number;
}

/**
 * Start and end of one work interval as local date-times in the rules' zone. The app core
 * rejects impossible ones (end before start, in the future) with the field named.
 */
export function IntervalEditor(props: {
  incidentId: string;
  work: Work;
  index: number;
  /**
   * The weeks listed: a change touching a reported one asks first (issue #21). null while
   * they load: Save and Delete wait, so a quick click cannot skip the question.
   */
  weeks: readonly WeekRef[] | null;
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const act = useAction();
  const { incidentId, work, index } = props;
  // Untouched, a field keeps its instant exactly (seconds and all): saving moves nothing.
  const [start, setStart] = useState<WallTimeEdit>({ at: work.start, problem: null });
  const [end, setEnd] = useState<WallTimeEdit>({ at: work.end, problem: null });
  const [error, setError] = useState<unknown>(null);
  /** A change waiting for "yes" because it touches reported weeks (named). */
  const [asking, setAsking] = useState<{ weeks: string; kind: "save" | "delete" } | null>(null);
  const reportedIn = (spans: readonly { start: number; end: number }[]) =>
    joinWeeks(reportedWeeksTouching(props.weeks ?? [], [], spans), t("reported.and"));
  const waiting = props.weeks === null;
  const prefix = `work-${incidentId}-${work.id ?? "new"}`;

  const save = async (confirmed = false) => {
    if (waiting) return;
    const startMs = start.at;
    const endMs = end.at;
    if (start.problem || startMs === null) return setError(start.problem);
    if (end.problem || endMs === null) return setError(end.problem);
    const spans = work.id === null ? [] : [work];
    const weeks = reportedIn([...spans, { start: startMs, end: endMs }]);
    const unchanged = startMs === work.start && endMs === work.end && work.id !== null;
    if (weeks && !confirmed && !unchanged) return setAsking({ weeks, kind: "save" });
    setAsking(null);
    const failure = await act((api) =>
      work.id === null
        ? api.addInterval({ incidentId, start: startMs, end: endMs })
        : api.updateInterval({ incidentId, intervalId: work.id, start: startMs, end: endMs }),
    );
    setError(failure);
    if (!failure) props.onDone?.();
  };

  const remove = async (confirmed = false) => {
    if (work.id === null) return props.onDone?.();
    if (waiting) return;
    const weeks = reportedIn([work]);
    if (weeks && !confirmed) return setAsking({ weeks, kind: "delete" });
    setAsking(null);
    const intervalId = work.id;
    setError(await act((api) => api.deleteInterval({ incidentId, intervalId })));
  };

  return (
    <form
      className="interval"
      aria-label={`${t("work.title")} ${index}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <WallTimeField
        id={`${prefix}-start`}
        label={t("work.start")}
        field="start"
        value={start.at}
        onChange={setStart}
        invalid={badField(error) === "start"}
      />
      <WallTimeField
        id={`${prefix}-end`}
        label={t("work.end")}
        field="end"
        value={end.at}
        onChange={setEnd}
        invalid={badField(error) === "end"}
      />
      <span className="muted duration" aria-label={t("work.duration")}>
        {formatDuration(Math.max(0, work.end - work.start))}
      </span>
      <div className="button-row">
        <button type="submit" disabled={waiting}>
          {t("work.save")}
        </button>
        <button
          type="button"
          className="quiet"
          disabled={waiting && work.id !== null}
          onClick={() => void remove()}
        >
          {t("work.delete")}
        </button>
      </div>
      <ErrorMessage error={error} />
      {asking && (
        <ConfirmDialog
          title={t("reported.confirmTitle", { weeks: asking.weeks })}
          actions={[
            {
              label: t(asking.kind === "save" ? "reported.saveAnyway" : "reported.deleteAnyway"),
              kind: asking.kind === "save" ? "primary" : "danger",
              onClick: () => void (asking.kind === "save" ? save(true) : remove(true)),
            },
          ]}
          onCancel={() => setAsking(null)}
        >
          <p>{t("reported.confirmEdit", { weeks: asking.weeks })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
