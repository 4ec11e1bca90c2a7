import { formatDuration } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

/** The large running timer; a timer role so assistive tech does not read every second. */
export function TimerDisplay(props: { elapsedMs: number; running: boolean }) {
  const { t } = useI18n();
  return (
    <p
      className={props.running ? "timer running" : "timer"}
      role="timer"
      aria-label={t("timer.label")}
    >
      {formatDuration(props.elapsedMs)}
    </p>
  );
}
