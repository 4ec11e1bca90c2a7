import { useState } from "react";
import { useAction } from "../../api/api-context";
import { formatDuration } from "../../i18n/format";
import { useI18n } from "../../i18n/i18n";
import { fromLocalInput, toLocalInput } from "../../lib/local-input";
import { ErrorMessage } from "../ErrorMessage";

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
  onDone?: () => void;
}) {
  const { t, timeZone } = useI18n();
  const act = useAction();
  const { incidentId, work, index } = props;
  const [start, setStart] = useState(toLocalInput(work.start, timeZone));
  const [end, setEnd] = useState(toLocalInput(work.end, timeZone));
  const [error, setError] = useState<unknown>(null);
  const prefix = `work-${incidentId}-${work.id ?? "new"}`;

  const save = async () => {
    const startMs = fromLocalInput(start, timeZone);
    const endMs = fromLocalInput(end, timeZone);
    if (startMs === null) return setError(new Error(`start: ${t("work.badTime")}`));
    if (endMs === null) return setError(new Error(`end: ${t("work.badTime")}`));
    const failure = await act((api) =>
      work.id === null
        ? api.addInterval({ incidentId, start: startMs, end: endMs })
        : api.updateInterval({ incidentId, intervalId: work.id, start: startMs, end: endMs }),
    );
    setError(failure);
    if (!failure) props.onDone?.();
  };

  const remove = async () => {
    if (work.id === null) return props.onDone?.();
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
      <div className="field">
        <label htmlFor={`${prefix}-start`}>{t("work.start")}</label>
        <input
          id={`${prefix}-start`}
          type="datetime-local"
          value={start}
          onChange={(event) => setStart(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-end`}>{t("work.end")}</label>
        <input
          id={`${prefix}-end`}
          type="datetime-local"
          value={end}
          onChange={(event) => setEnd(event.target.value)}
        />
      </div>
      <span className="muted duration" aria-label={t("work.duration")}>
        {formatDuration(Math.max(0, work.end - work.start))}
      </span>
      <div className="button-row">
        <button type="submit">{t("work.save")}</button>
        <button type="button" className="quiet" onClick={() => void remove()}>
          {t("work.delete")}
        </button>
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}
