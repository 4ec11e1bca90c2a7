import { useState } from "react";
import { useLoad } from "../api/api-context";
import { ErrorMessage } from "../ui/ErrorMessage";
import { formatWeekdayDate } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

/** The Swedish holidays (and eves) of any year, as the rules count them. */
export function HolidayList() {
  const { t, language } = useI18n();
  const [yearText, setYearText] = useState(() => String(new Date().getFullYear()));
  // An empty field is "enter a number", not year 0 ("the law holds from 2005").
  const year = yearText.trim() === "" ? NaN : Number(yearText);
  const holidays = useLoad((api) => api.getHolidays({ year }), `holidays-${yearText}`);
  return (
    <section className="card" aria-labelledby="settings-holidays">
      <h2 id="settings-holidays">{t("settings.holidays")}</h2>
      <div className="field narrow">
        <label htmlFor="holiday-year">{t("settings.holidayYear")}</label>
        <input
          id="holiday-year"
          type="number"
          min={2005}
          max={2200}
          value={yearText}
          onChange={(event) => setYearText(event.target.value)}
        />
      </div>
      <ErrorMessage error={holidays.error} />
      {holidays.data && !holidays.error && (
        <table className="holiday-table">
          <caption className="visually-hidden">{`${t("settings.holidays")} ${yearText}`}</caption>
          <tbody>
            {holidays.data.map((holiday) => (
              <tr key={holiday.date} className={holiday.kind}>
                <td>
                  {formatWeekdayDate(Date.parse(`${holiday.date}T00:00:00Z`), "UTC", language)}
                </td>
                <td>{holiday.name}</td>
                <td className="muted">
                  {holiday.kind === "helgdag" ? t("settings.helgdag") : t("settings.afton")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
