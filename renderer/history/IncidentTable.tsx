import type { IncidentView } from "../../shared/app/incidents/incident-views";
import { hrefOf } from "../hooks/use-route";
import { formatDateTime, formatDuration } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { SlaOutcomes } from "../ui/SlaOutcomes";

export function IncidentTable(props: { incidents: readonly IncidentView[] }) {
  const { t, plural, language, timeZone } = useI18n();
  if (props.incidents.length === 0) return <p className="card muted">{t("history.none")}</p>;
  return (
    <div className="card table-scroll">
      <table className="incident-table">
        <caption className="visually-hidden">
          {plural("count.incidents", props.incidents.length)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("history.reported")}</th>
            <th scope="col">P</th>
            <th scope="col">{t("history.customer")}</th>
            <th scope="col">{t("history.summary")}</th>
            <th scope="col">Jira</th>
            <th scope="col">{t("history.worked")}</th>
            <th scope="col">{t("history.status")}</th>
          </tr>
        </thead>
        <tbody>
          {props.incidents.map((incident) => (
            <tr key={incident.id}>
              <td className="cell-when">
                <a href={hrefOf({ view: "incident", id: incident.id })}>
                  {formatDateTime(incident.reportedAt, timeZone, language)}
                </a>
              </td>
              <td className="cell-priority">
                <span className={`priority-tag p${incident.priority}`}>P{incident.priority}</span>
              </td>
              <td className="cell-customer" data-label={t("history.customer")}>
                {incident.customerName ?? "–"}
              </td>
              <td className="cell-summary">{incident.summary || "–"}</td>
              <td className="cell-jira">
                {incident.jiraKey ?? <span className="badge warn">{t("report.missingJira")}</span>}
              </td>
              <td className="cell-worked">{formatDuration(incident.workedMs)}</td>
              <td className="cell-status">
                {incident.open ? t("incident.open") : t("incident.resolved")}
                {" · "}
                <SlaOutcomes incident={incident} brief />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
