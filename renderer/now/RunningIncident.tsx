import { useState } from "react";
import type { TimerView } from "../../shared/app/incidents/incident-views";
import { useLoad } from "../api/api-context";
import { useNow } from "../hooks/use-now";
import { hrefOf } from "../hooks/use-route";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/ErrorMessage";
import { TimerControls } from "../ui/TimerControls";
import { TimerDisplay } from "../ui/TimerDisplay";

/**
 * The incident whose timer runs (or is paused), with a large timer: its priority and when it
 * was reported come first, so the card says something before any summary is written. The
 * timer counts on from the last status by the window's own clock (use-now.ts).
 */
export function RunningIncident(props: { timer: TimerView; statusNow: number }) {
  const { t, language, timeZone } = useI18n();
  const { timer } = props;
  const [error, setError] = useState<unknown>(null);
  const incident = useLoad(
    (api) => api.getIncident({ id: timer.incidentId }),
    `incident-${timer.incidentId}`,
  );
  const running = timer.status === "running";
  const data = incident.data;
  const now = useNow();
  const elapsed = timer.elapsedMs + (running ? Math.max(0, now - props.statusNow) : 0);
  return (
    <section className="card timer-card" aria-labelledby="timer-title">
      <h2 id="timer-title">{running ? t("now.running") : t("now.paused")}</h2>
      {data && (
        <p className="incident-meta">
          <span className={`priority-tag p${data.priority}`}>P{data.priority}</span>
          <span>
            {t("incident.reportedAt", {
              when: formatDateTime(data.reportedAt, timeZone, language),
            })}
          </span>
          {data.customerName && <span>{data.customerName}</span>}
        </p>
      )}
      {data?.summary && <p className="muted wrap-anywhere">{data.summary}</p>}
      <TimerDisplay elapsedMs={elapsed} running={running} />
      <TimerControls timer={timer} incidentId={timer.incidentId} onError={setError} />
      <ErrorMessage error={error} />
      <a href={hrefOf({ view: "incident", id: timer.incidentId })}>{t("now.openIncident")}</a>
    </section>
  );
}
