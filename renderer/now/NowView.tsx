import { useEffect, useRef, useState } from "react";
import { STATUS_KEY } from "../api/load-keys";
import { useAction, useLoad } from "../api/api-context";
import { DeadlineList } from "./DeadlineList";
import { ErrorMessage } from "../ui/ErrorMessage";
import { RestNotice } from "./RestNotice";
import { HeldQuestion } from "../ui/HeldQuestion";
import { IdleQuestion } from "../ui/IdleQuestion";
import { NextHeldWeek } from "./NextHeldWeek";
import { RunningIncident } from "./RunningIncident";
import { WeekChecklists } from "./WeekChecklists";
import { WeekSummary } from "./WeekSummary";
import { navigate } from "../hooks/use-route";
import { incidentNames } from "./incident-names";
import { UnreportedBanner } from "./UnreportedBanner";
import { PastCall } from "./PastCall";
import { SetupBanner } from "./SetupBanner";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { markFirstRender } from "../ui/first-render";

/** This on-call week at a glance: the timer, the alerts, the week's checklists. */
export function NowView() {
  const { t, language, timeZone } = useI18n();
  // Loaded again when the host pushes a change; between changes the clocks tick here.
  const status = useLoad((api) => api.getStatus(), STATUS_KEY);
  const open = useLoad((api) => api.listIncidents({ open: true }), "open-incidents");
  const act = useAction();
  const [error, setError] = useState<unknown>(null);
  const loaded = status.data !== undefined;

  useEffect(() => {
    if (loaded) markFirstRender();
  }, [loaded]);

  // Stopped here, the running incident's card goes and its Stop with it: the keyboard goes
  // on from Start incident.
  const startButton = useRef<HTMLButtonElement>(null);
  const busy = status.data ? status.data.timer !== null : null;
  const wasBusy = useRef(busy);
  useEffect(() => {
    const stopped = wasBusy.current === true && busy === false;
    wasBusy.current = busy;
    if (stopped && document.activeElement === document.body) startButton.current?.focus();
  }, [busy]);

  const startIncident = async () => {
    let id: string | null = null;
    const failure = await act(async (api) => {
      id = (await api.createIncident()).id;
    });
    setError(failure);
    if (id) navigate({ view: "incident", id });
  };

  if (!status.data) {
    return status.error ? <ErrorMessage error={status.error} /> : <p>{t("loading")}</p>;
  }
  const { data } = status;
  // While a timer runs, its Stop is the primary action; a second call can still come in.
  return (
    <div className="stack">
      <h1 className="visually-hidden">{t("now.title")}</h1>
      <SetupBanner />
      <UnreportedBanner now={data.now} />
      <IdleQuestion />
      <WeekSummary status={data} />
      <HeldQuestion week={data.week.start} />
      <NextHeldWeek status={data} />
      {data.timer && <RunningIncident timer={data.timer} statusNow={data.now} />}
      <RestNotice advice={data.rest} />
      <div className="start-row">
        <button
          ref={startButton}
          type="button"
          className={busy ? "secondary" : "primary large"}
          onClick={() => void startIncident()}
        >
          {t("now.startIncident")}
        </button>
        <PastCall now={data.now} />
      </div>
      <ErrorMessage error={error ?? status.error} />
      <DeadlineList
        deadlines={data.deadlines}
        statusNow={data.now}
        names={incidentNames(open.data ?? [], (at) =>
          t("record.unnamedIncident", { when: formatDateTime(at, timeZone, language) }),
        )}
      />
      <WeekChecklists week={data.week.start} />
    </div>
  );
}
