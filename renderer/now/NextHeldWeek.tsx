import type { StatusView } from "../../shared/app/status/status-views";
import { hrefOf } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";

/** "Nästa jourvecka v. 52 (22–28 dec)" on Now, leading to My jour weeks. */
export function NextHeldWeek(props: { status: StatusView }) {
  const { t } = useI18n();
  const line = props.status.nextHeldLine;
  return (
    <p className="next-held-line">
      <a href={hrefOf({ view: "weeks" })}>{line ?? t("weeks.noNext")}</a>
    </p>
  );
}
