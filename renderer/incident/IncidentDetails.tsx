import { useState } from "react";
import { SETTINGS_KEY, STATUS_KEY } from "../api/load-keys";
import { useAction, useLoad } from "../api/api-context";
import { navigate } from "../hooks/use-route";
import { useNow } from "../hooks/use-now";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/ErrorMessage";
import { IdleQuestion } from "../ui/IdleQuestion";
import { TimerControls } from "../ui/TimerControls";
import { TimerDisplay } from "../ui/TimerDisplay";
import { CustomerLinks } from "./CustomerLinks";
import { IncidentDeadlines } from "./IncidentDeadlines";
import { IncidentForm } from "./IncidentForm";
import { linkDraft, type IncidentDraft } from "./incident-draft";
import { Milestones } from "./Milestones";
import { Runbook } from "./Runbook";
import { SlaOutcomes } from "../ui/SlaOutcomes";
import { Timeline } from "./Timeline";
import { WorkIntervals } from "./WorkIntervals";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { joinWeeks, reportedWeeksTouching, useWeekRefs } from "./reported-weeks";

export function IncidentDetails(props: { id: string }) {
  const { id } = props;
  const { t, language, timeZone } = useI18n();
  const clock = useNow();
  const act = useAction();
  const [error, setError] = useState<unknown>(null);
  // What the form shows (saved or not): the quick links are made from it.
  const [draft, setDraft] = useState<IncidentDraft | null>(null);
  const incident = useLoad((api) => api.getIncident({ id }), `incident-${id}`);
  const settings = useLoad((api) => api.getSettings(), SETTINGS_KEY);
  const status = useLoad((api) => api.getStatus(), STATUS_KEY);
  const { weeks: weekRefs } = useWeekRefs();
  const [asking, setAsking] = useState(false);

  if (!incident.data || !settings.data) {
    const failure = incident.error ?? settings.error;
    return failure ? <ErrorMessage error={failure} /> : <p>{t("loading")}</p>;
  }
  const data = incident.data;
  const timer = status.data?.timer ?? null;
  const statusTimer = timer?.incidentId === id ? timer : null;
  // Counted on from the last status by the window's clock (pushed changes reload it).
  const statusNow = status.data?.now ?? data.reportedAt;
  const now = Math.max(clock, statusNow);
  const sinceStatus = now - statusNow;
  const ownTimer =
    statusTimer?.status === "running"
      ? {
          ...statusTimer,
          elapsedMs: statusTimer.elapsedMs + sinceStatus,
          sessionMs: statusTimer.sessionMs + sinceStatus,
        }
      : statusTimer;
  const reported = formatDateTime(data.reportedAt, timeZone, language);
  const shownCustomerId = draft ? draft.customerId || null : data.customerId;
  // The incident's own customer as it was chosen (its snapshot); another one as it is now.
  const customer =
    shownCustomerId === data.customerId
      ? data.customer
      : (settings.data.customers.find((c) => c.id === shownCustomerId) ?? null);

  // A reported week it counts in is named: deleting changes what was reported (issue #21).
  const reportedIn = joinWeeks(
    reportedWeeksTouching(weekRefs ?? [], [data.reportedAt], data.work),
    t("reported.and"),
  );
  const remove = async () => {
    setAsking(false);
    const failure = await act((api) => api.deleteIncident({ id }));
    if (failure) setError(failure);
    else navigate({ view: "history" });
  };

  return (
    <div className="stack">
      <IdleQuestion />
      <header className="card incident-header">
        <div>
          <h1 className="wrap-anywhere">
            {data.summary.trim() || t("incident.title", { when: reported })}
          </h1>
          <p className="muted incident-meta">
            <span className={`priority-tag p${data.priority}`}>P{data.priority}</span>
            {data.customerName && <span>{data.customerName}</span>}
            <span>{t("incident.reportedAt", { when: reported })}</span>
            <SlaOutcomes incident={data} now={now} />
            <span className={data.open ? "badge" : "badge calm"}>
              {data.open ? t("incident.open") : t("incident.resolved")}
            </span>
            <span className="incident-id">
              <span className="visually-hidden">{t("incident.id")} </span>
              {id}
            </span>
          </p>
        </div>
        <div className="incident-timer">
          <TimerDisplay
            elapsedMs={ownTimer ? ownTimer.elapsedMs : data.workedMs}
            running={ownTimer?.status === "running"}
          />
          <TimerControls timer={timer} incidentId={id} onError={setError} />
        </div>
      </header>
      <ErrorMessage error={error} />
      <IncidentDeadlines incident={data} now={now} />
      {/* What the call needs first (progress, runbook) comes before the long form. */}
      <div className="columns incident-columns">
        <div className="stack">
          <Milestones incident={data} />
          <Runbook incidentId={id} {...(draft ? { draft: linkDraft(draft) } : {})} />
          <WorkIntervals incident={data} timer={ownTimer} now={now} />
        </div>
        <div className="stack">
          <div className="incident-form-slot">
            <IncidentForm incident={data} customers={settings.data.customers} onDraft={setDraft} />
          </div>
          <Timeline incident={data} />
          {customer && <CustomerLinks customer={customer} />}
          <div className="button-row">
            {/* Until the weeks are listed the question could not name a reported one. */}
            <button
              type="button"
              className="danger"
              disabled={weekRefs === null}
              onClick={() => setAsking(true)}
            >
              {t("incident.delete")}
            </button>
          </div>
          {asking && (
            <ConfirmDialog
              title={
                reportedIn
                  ? t("reported.confirmTitle", { weeks: reportedIn })
                  : t("incident.delete")
              }
              actions={[
                {
                  label: reportedIn ? t("reported.deleteAnyway") : t("incident.delete"),
                  kind: "danger",
                  onClick: () => void remove(),
                },
              ]}
              onCancel={() => setAsking(false)}
            >
              <p>
                {reportedIn
                  ? t("reported.confirmDelete", { weeks: reportedIn })
                  : t("incident.confirmDelete")}
              </p>
            </ConfirmDialog>
          )}
        </div>
      </div>
    </div>
  );
}
