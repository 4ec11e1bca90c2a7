import { useState } from "react";
import type { Milestone } from "../../shared/app/incidents/incident-inputs";
import type { IncidentView } from "../../shared/app/incidents/incident-views";
import type { JourApi } from "../../shared/app/api";
import { useAction } from "../api/api-context";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { ErrorMessage } from "../ui/ErrorMessage";
import { CorrectTime } from "./CorrectTime";

const milestones: {
  milestone: Milestone;
  label: MessageKey;
  at: (incident: IncidentView) => number | null;
  mark: (api: JourApi, id: string, at?: number) => Promise<unknown>;
}[] = [
  {
    milestone: "responded",
    label: "incident.responded",
    at: (i) => i.respondedAt,
    mark: (api, id, at) => api.markResponded(at === undefined ? { id } : { id, at }),
  },
  {
    milestone: "rollbackRequested",
    label: "incident.rollbackRequested",
    at: (i) => i.rollbackRequestedAt,
    mark: (api, id, at) => api.markRollbackRequested(at === undefined ? { id } : { id, at }),
  },
  {
    milestone: "rollbackStarted",
    label: "incident.rollbackStarted",
    at: (i) => i.rollbackStartedAt,
    mark: (api, id, at) => api.markRollbackStarted(at === undefined ? { id } : { id, at }),
  },
  {
    milestone: "resolved",
    label: "incident.markResolved",
    at: (i) => i.resolvedAt,
    mark: (api, id, at) => api.markResolved(at === undefined ? { id } : { id, at }),
  },
];

/** Responded, rollback requested/started, resolved: a button until done, then its time. */
export function Milestones(props: { incident: IncidentView }) {
  const { t, language, timeZone } = useI18n();
  const act = useAction();
  const [error, setError] = useState<unknown>(null);
  const { incident } = props;
  const run = (action: (api: JourApi) => Promise<unknown>) =>
    void act(action).then((failure) => setError(failure));

  return (
    <section className="card" aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t("incident.milestones")}</h2>
      <ul className="milestones">
        <li className="done">
          <span className="done-mark">
            {t("incident.reportedAt", {
              when: formatDateTime(incident.reportedAt, timeZone, language),
            })}
          </span>
          <CorrectTime
            id={`${incident.id}-reportedAt`}
            what={t("record.reported")}
            value={incident.reportedAt}
            save={(at) => act((api) => api.updateIncident({ id: incident.id, reportedAt: at }))}
          />
        </li>
        {milestones.map(({ milestone, label, at, mark }) => {
          const when = at(incident);
          return (
            <li key={milestone} className={when === null ? undefined : "done"}>
              {/* The button is keyed: marked, it becomes its undo in place and keeps the focus. */}
              {when !== null && (
                <span key="done" className="done-mark">
                  ✓{" "}
                  {t("incident.doneAt", {
                    what: t(label),
                    when: formatDateTime(when, timeZone, language),
                  })}
                </span>
              )}
              {when === null ? (
                <button
                  key="action"
                  type="button"
                  onClick={() => run((api) => mark(api, incident.id))}
                >
                  {t(label)}
                </button>
              ) : (
                <button
                  key="action"
                  type="button"
                  className="quiet"
                  onClick={() => run((api) => api.undoMilestone({ id: incident.id, milestone }))}
                >
                  {t("incident.undo", { what: t(label) })}
                </button>
              )}
              {when !== null && (
                <CorrectTime
                  id={`${incident.id}-${milestone}At`}
                  what={t(label)}
                  value={when}
                  save={(at) => act((api) => mark(api, incident.id, at))}
                />
              )}
            </li>
          );
        })}
      </ul>
      <ErrorMessage error={error} />
    </section>
  );
}
