import type { TimerView } from "../../shared/app/views";
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
  if (!timer || timer.incidentId !== incidentId) {
    return (
      <div className="button-row">
        <button type="button" onClick={() => run((api) => api.startTimer({ id: incidentId }))}>
          {t("timer.start")}
        </button>
      </div>
    );
  }
  return (
    <div className="button-row">
      {timer.status === "running" ? (
        <button type="button" onClick={() => run((api) => api.pauseTimer())}>
          {t("timer.pause")}
        </button>
      ) : (
        <button type="button" onClick={() => run((api) => api.resumeTimer())}>
          {t("timer.resume")}
        </button>
      )}
      <button type="button" className="primary" onClick={() => run((api) => api.stopTimer())}>
        {t("timer.stop")}
      </button>
    </div>
  );
}
