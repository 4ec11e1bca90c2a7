import type { IncidentView } from "../../shared/app/incidents/incident-views";
import { hrefOf } from "../hooks/use-route";
import { formatDateTime, formatDuration } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { SlaOutcomes } from "../ui/SlaOutcomes";

/** The week's incidents; one without a Jira key is flagged (every case needs an issue). */
export function WeekIncidents(props: {
  incidents: readonly IncidentView[];
  missingJiraKey: readonly string[];
}) {
  const { t, language, timeZone } = useI18n();
  return (
    <div>
      <h3>{t("report.weekIncidents")}</h3>
      {props.incidents.length === 0 ? (
        <p className="muted">{t("report.noIncidents")}</p>
      ) : (
        <ul className="incident-list">
          {props.incidents.map((incident) => {
            const missing = props.missingJiraKey.includes(incident.id);
            return (
              <li key={incident.id} className={missing ? "missing-jira" : undefined}>
                <a href={hrefOf({ view: "incident", id: incident.id })}>
                  <span className={`priority-tag p${incident.priority}`}>P{incident.priority}</span>{" "}
                  {formatDateTime(incident.reportedAt, timeZone, language)}{" "}
                  {[incident.customerName, incident.summary].filter(Boolean).join(" · ")}
                </a>{" "}
                <span className="muted">{formatDuration(incident.workedMs)}</span>{" "}
                <SlaOutcomes incident={incident} brief />{" "}
                {missing ? (
                  <span className="badge warn">{t("report.missingJira")}</span>
                ) : (
                  <span className="jira-key">{incident.jiraKey}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
