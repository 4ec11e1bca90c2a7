import { useI18n } from "../i18n/i18n";
import { formatSpan } from "../i18n/format";

/** "om 12 min" / "passerad för 3 min sedan", against the app's clock. */
export function Countdown(props: { deadline: number; now: number }) {
  const { t } = useI18n();
  const left = props.deadline - props.now;
  return (
    <span className={left <= 0 ? "countdown passed" : "countdown"}>
      {left > 0
        ? t("deadline.in", { time: formatSpan(left) })
        : t("deadline.passed", { time: formatSpan(left) })}
    </span>
  );
}
