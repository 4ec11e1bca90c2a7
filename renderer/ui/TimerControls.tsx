import type { TimerView } from "../../shared/app/incidents/incident-views";
import { useAction } from "../api/api-context";
import { useI18n } from "../i18n/i18n";

/**
 * Stop, pause or resume the one timer; or start it for `incidentId` when it is not this
 * incident's. `onError` receives a failed action's error.
 */
export function TimerControls(props: {
  timer: TimerView | null;
  incidentId: string;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const act = useAction();
  const { timer, incidentId } = props;
  const run = (action: Parameters<typeof act>[0]) => {
    void act(action).then((error) => error && props.onError(error));
  };
  const own = timer !== null && timer.incidentId === incidentId ? timer : null;
  // Keyed so that Stop becomes Start (and Pause Resume) in place: the focus stays on it.
  return (
    <div className="button-row">
      {own &&
        (own.status === "running" ? (
          <button key="toggle" type="button" onClick={() => run((api) => api.pauseTimer())}>
            {t("timer.pause")}
          </button>
        ) : (
          <button key="toggle" type="button" onClick={() => run((api) => api.resumeTimer())}>
            {t("timer.resume")}
          </button>
        ))}
      {own ? (
        <button
          key="main"
          type="button"
          className="primary"
          onClick={() => run((api) => api.stopTimer())}
        >
          {t("timer.stop")}
        </button>
      ) : (
        <button
          key="main"
          type="button"
          onClick={() => run((api) => api.startTimer({ id: incidentId }))}
        >
          {t("timer.start")}
        </button>
      )}
    </div>
  );
}
