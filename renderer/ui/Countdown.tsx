import { useI18n } from "../i18n/i18n";
import { formatLongSpan } from "./long-span";

const MINUTE = 60_000;

/**
 * "om 12 min" / "passerad för 3 min sedan" / "om 2 dagar 16 h", against the window's clock;
 * "passerad nyss" under a minute.
 */
export function Countdown(props: { deadline: number; now: number }) {
  const { t } = useI18n();
  const left = props.deadline - props.now;
  const time = formatLongSpan(left, t);
  return (
    <span className={left <= 0 ? "countdown passed" : "countdown"}>
      {left > 0
        ? t("deadline.in", { time })
        : -left < MINUTE
          ? t("week.passedJustNow")
          : t("deadline.passed", { time })}
    </span>
  );
}
