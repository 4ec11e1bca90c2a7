import { useLoad } from "../api/api-context";
import { formatDayRange } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/ErrorMessage";
import { HeldQuestion } from "../ui/HeldQuestion";
import { PayTable } from "./PayTable";
import { TariffChart } from "./TariffChart";
import { WeekIncidents } from "./WeekIncidents";
import { WeekRecordNote } from "./WeekRecordNote";
import type { WeekRecord } from "../../shared/app/reports/record-views";

/** One week of the report: the per-day chart, the pay table and the incidents. */
export function WeekReportSection(props: { week: number; record?: WeekRecord | undefined }) {
  const { t, language, timeZone } = useI18n();
  const week = useLoad((api) => api.getWeek({ week: props.week }), `week-${props.week}`);
  if (!week.data) return <ErrorMessage error={week.error} />;
  const { week: info, pay, days, incidents, missingJiraKey, reported, onDuty } = week.data;
  const title = `${info.label} · ${formatDayRange(info.start, info.end, timeZone, language)}`;
  const headingId = `week-report-${info.start}`;
  return (
    <>
      {/* Asked here too: a call at the week's end may not have been answered on Now. */}
      <HeldQuestion week={info.start} />
      <section className="card week-report" aria-labelledby={headingId}>
        <div className="week-heading">
          <h2 id={headingId}>{title}</h2>
          {info.storhelg && <span className="badge">{t("now.storhelg")}</span>}
          {reported && <span className="badge calm">{t("report.reported")}</span>}
          {props.record?.state === "changed" && (
            <span className="badge warn">{t("reported.changedShort")}</span>
          )}
        </div>
        {props.record && <WeekRecordNote week={info.start} record={props.record} />}
        <div className="columns">
          <TariffChart days={days} title={t("report.chart", { week: info.label })} />
          <PayTable pay={pay} caption={title} held={onDuty} week={info} />
        </div>
        <WeekIncidents incidents={incidents} missingJiraKey={missingJiraKey} />
      </section>
    </>
  );
}
