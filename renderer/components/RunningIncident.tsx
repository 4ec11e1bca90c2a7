import { useState } from "react";
import type { TimerView } from "../../shared/app/views";
import { useLoad } from "../api/api-context";
import { hrefOf } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "./ErrorMessage";
import { TimerControls } from "./TimerControls";
import { TimerDisplay } from "./TimerDisplay";

/** The incident whose timer runs (or is paused), with a large timer. */
export function RunningIncident(props: { timer: TimerView }) {
  const { t } = useI18n();
  const { timer } = props;
  const [error, setError] = useState<unknown>(null);
  const incident = useLoad(
    (api) => api.getIncident({ id: timer.incidentId }),
    `incident-${timer.incidentId}`,
  );
  const running = timer.status === "running";
  const title = incident.data
    ? [incident.data.customerName, incident.data.summary].filter(Boolean).join(" · ")
    : "";
  return (
    <section className="card timer-card" aria-labelledby="timer-title">
      <h2 id="timer-title">{running ? t("now.running") : t("now.paused")}</h2>
      {title && <p className="muted">{title}</p>}
      <TimerDisplay elapsedMs={timer.elapsedMs} running={running} />
      <TimerControls timer={timer} incidentId={timer.incidentId} onError={setError} />
      <ErrorMessage error={error} />
      <a href={hrefOf({ view: "incident", id: timer.incidentId })}>{t("now.openIncident")}</a>
    </section>
  );
}
