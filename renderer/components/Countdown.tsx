import { useI18n } from "../i18n/i18n";
import { formatSpan } from "../i18n/format";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * "om 12 min" / "passerad för 3 min sedan", against the app's clock; "passerad nyss" under
 * a minute, and whole days from 48 h ("för 3 dagar sedan", never "25 375 h").
 */
export function Countdown(props: { deadline: number; now: number }) {
  const { t } = useI18n();
  const left = props.deadline - props.now;
  const span = Math.abs(left);
  const time =
    span >= 48 * HOUR ? t("week.days", { n: Math.floor(span / (24 * HOUR)) }) : formatSpan(left);
  return (
    <span className={left <= 0 ? "countdown passed" : "countdown"}>
      {left > 0
        ? t("deadline.in", { time })
        : span < MINUTE
          ? t("week.passedJustNow")
          : t("deadline.passed", { time })}
    </span>
  );
}
