import type { ReportView } from "../../shared/app/reports/report-views";
import { formatCalendarDay, formatDateTime, formatSpan } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

type Row = ReportView["weeks"][number];

/**
 * The rest of each chosen week: the days whose daily rest fell short and by how much, and
 * the week's longest rest against the weekly minimum, to ask for compensatory rest.
 */
export function WeekRestReport(props: { rows: readonly Row[] }) {
  const { t, language, timeZone } = useI18n();
  const hours = formatSpan;
  return (
    <>
      {props.rows.map(({ week, rest }) => {
        if (!rest) return null;
        const id = `rest-${week.start}`;
        return (
          <section key={week.start} className="card week-rest" aria-labelledby={id}>
            <h2 id={id}>{t("rest.reportTitle", { week: week.label })}</h2>
            {rest.shortDays.length === 0 ? (
              <p>{t("rest.noShortDays", { hours: hours(rest.dailyMinimumMs) })}</p>
            ) : (
              <table>
                <caption className="visually-hidden">
                  {t("rest.shortDaysCaption", { week: week.label })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("rest.day")}</th>
                    <th scope="col">{t("rest.rested")}</th>
                    <th scope="col">{t("rest.short")}</th>
                    <th scope="col">{t("rest.earliest")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rest.shortDays.map((day) => (
                    <tr key={day.date}>
                      <th scope="row">{formatCalendarDay(day.date, language)}</th>
                      <td>{hours(day.restMs)}</td>
                      <td>{hours(day.shortMs)}</td>
                      <td>
                        {day.earliestStart === null
                          ? "–"
                          : formatDateTime(day.earliestStart, timeZone, language)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p>
              {t(rest.soFar ? "rest.weeklySoFar" : "rest.weekly", {
                hours: hours(rest.longestRestMs),
                minimum: hours(rest.weeklyMinimumMs),
              })}
            </p>
            {rest.weeklyShortMs > 0 && (
              <p className="warning-text">
                {t("rest.weeklyShort", { short: hours(rest.weeklyShortMs) })}
              </p>
            )}
          </section>
        );
      })}
    </>
  );
}
