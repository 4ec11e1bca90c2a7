import type { WeekRef } from "../../shared/app/reports/report-views";
import { formatDayRange } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

/** A checkbox per week: several weeks can be reported together. */
export function WeekPicker(props: {
  weeks: readonly WeekRef[];
  selected: readonly number[];
  onChange: (weeks: number[]) => void;
}) {
  const { t, plural, language, timeZone } = useI18n();
  if (props.weeks.length === 0) return <p className="card muted">{t("report.noWeeks")}</p>;
  return (
    <fieldset className="card week-picker">
      <legend>{t("report.pickWeeks")}</legend>
      <ul className="plain-list">
        {props.weeks.map(({ week, reported, changed, incidentCount }) => {
          const checked = props.selected.includes(week.start);
          const id = `week-${week.start}`;
          return (
            <li key={week.start}>
              <input
                type="checkbox"
                id={id}
                checked={checked}
                onChange={() =>
                  props.onChange(
                    checked
                      ? props.selected.filter((start) => start !== week.start)
                      : [...props.selected, week.start],
                  )
                }
              />
              <label htmlFor={id}>
                <strong>{week.label}</strong>{" "}
                <span className="muted">
                  {formatDayRange(week.start, week.end, timeZone, language)} ·{" "}
                  {plural("count.incidents", incidentCount)}
                </span>
                {reported && <span className="badge calm">{t("report.reported")}</span>}
                {changed && <span className="badge warn">{t("reported.changedShort")}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
