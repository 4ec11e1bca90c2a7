import { useState } from "react";
import { useLoad } from "../api/api-context";
import { ErrorMessage } from "../ui/ErrorMessage";
import { OrganizerText } from "./OrganizerText";
import { WeekPicker } from "./WeekPicker";
import { WeekReportSection } from "./WeekReportSection";
import { WeekRestReport } from "./WeekRestReport";
import { formatSek } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { withCurrentWeek } from "./week-choices";

/** Pick one or several weeks: the organizer text, the chart and pay of each, their incidents. */
export function ReportView() {
  const { t } = useI18n();
  const weeks = useLoad(async (api) => {
    const [list, status, unreported] = await Promise.all([
      api.listWeeks(),
      api.getStatus(),
      api.listUnreportedWeeks(),
    ]);
    // Opens on the oldest ended week still to report, else the current week.
    const first = unreported[0]?.week.start ?? status.week.start;
    return { list: withCurrentWeek(list, status), current: first };
  }, "weeks");
  const [picked, setPicked] = useState<readonly number[] | null>(null);
  // The week it opened on stays chosen: marking it reported must not swap it for another.
  // (Set while rendering, once: React's way to adjust state to data that just arrived.)
  const opened = weeks.data?.current;
  if (picked === null && opened !== undefined) setPicked([opened]);
  const selected = picked ?? (opened !== undefined ? [opened] : []);
  const key = [...selected].sort((a, b) => a - b).join(",");
  const report = useLoad(
    (api) =>
      selected.length > 0 ? api.getReport({ weeks: [...selected] }) : Promise.resolve(null),
    `report-${key}`,
  );

  if (!weeks.data) {
    return weeks.error ? <ErrorMessage error={weeks.error} /> : <p>{t("loading")}</p>;
  }
  const chosen = weeks.data.list.filter((ref) => selected.includes(ref.week.start));
  return (
    <div className="stack">
      <h1>{t("report.title")}</h1>
      <div className="columns report-columns">
        <WeekPicker weeks={weeks.data.list} selected={selected} onChange={setPicked} />
        <div className="stack">
          {selected.length === 0 && <p className="card muted">{t("report.pickAtLeastOne")}</p>}
          {report.data && (
            <>
              <OrganizerText report={report.data} weeks={selected} />
              {report.data.weeks.length > 1 && (
                <p className="total-all">
                  {t("report.totalAll", { sek: formatSek(report.data.totalSek) })}
                </p>
              )}
            </>
          )}
          <ErrorMessage error={report.error} />
        </div>
      </div>
      {chosen.map((ref) => (
        <WeekReportSection
          key={ref.week.start}
          week={ref.week.start}
          record={report.data?.weeks.find((row) => row.week.start === ref.week.start)?.record}
        />
      ))}
      {/* Newest first, as the week sections above. */}
      {report.data && (
        <WeekRestReport rows={[...report.data.weeks].sort((a, b) => b.week.start - a.week.start)} />
      )}
    </div>
  );
}
