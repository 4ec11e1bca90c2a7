import type { StatusView } from "../../shared/app/status/status-views";
import { useAction } from "../api/api-context";
import { formatDayRange, formatHours, formatSek } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

/** "Jour v. 48 · 24–30 nov", storhelg, on duty, and the pay so far. */
export function WeekSummary(props: { status: StatusView }) {
  const { t, language, timeZone } = useI18n();
  const act = useAction();
  const { week, pay, onDuty } = props.status;
  const hours = pay.hours[1] + pay.hours[2] + pay.hours[3];
  return (
    <section className="card week-card" aria-labelledby="week-title">
      <div className="week-heading">
        <h2 id="week-title">
          {/* "Jour v. 49" only for a week held, as the tray's status line. */}
          {t(onDuty ? "now.week" : "now.weekNotHeld", {
            week: week.label,
            range: formatDayRange(week.start, week.end, timeZone, language),
          })}
        </h2>
        {week.storhelg && <span className="badge">{t("now.storhelg")}</span>}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={onDuty}
          onChange={(event) => {
            const on = event.target.checked;
            void act((api) => api.setOnDuty({ week: week.start, onDuty: on }));
          }}
        />
        {t("now.onDuty")}
      </label>
      <dl className="stats">
        <div>
          <dt>{t("now.allowance")}</dt>
          <dd className={onDuty ? undefined : "stat-words"}>
            {onDuty ? formatSek(pay.allowanceSek) : t("week.notHeld")}
          </dd>
        </div>
        <div>
          <dt>{t("now.hoursSoFar")}</dt>
          <dd>{formatHours(hours)}</dd>
        </div>
        <div>
          <dt>{t("now.paySoFar")}</dt>
          <dd>{formatSek(pay.totalSek)}</dd>
        </div>
      </dl>
    </section>
  );
}
