import { useState } from "react";
import { useLoad } from "../../api/api-context";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useI18n } from "../../i18n/i18n";

/** The Swedish holidays (and eves) of any year, as the rules count them. */
export function HolidayList() {
  const { t, language } = useI18n();
  const [yearText, setYearText] = useState(() => String(new Date().getFullYear()));
  const year = Number(yearText);
  const holidays = useLoad((api) => api.getHolidays({ year }), `holidays-${yearText}`);
  const format = new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", {
    weekday: "short",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
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
                <td>{format.format(Date.parse(`${holiday.date}T00:00:00Z`))}</td>
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
