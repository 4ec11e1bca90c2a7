import { useState } from "react";
import type { ReportView } from "../../shared/app/reports/report-views";
import { useAction } from "../api/api-context";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/ErrorMessage";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { formatDateTime } from "../i18n/format";
import { useCopy } from "./use-copy";

/** The organizer text exactly as it goes into Jira, its Copy button, and "mark reported". */
export function OrganizerText(props: { report: ReportView; weeks: readonly number[] }) {
  const { t, language, timeZone } = useI18n();
  const act = useAction();
  const { copy, note, error, setError } = useCopy();
  const [asking, setAsking] = useState(false);
  const allReported = props.report.weeks.every((week) => week.reported);
  // A week still in progress is marked only after the user said yes (the core insists).
  const running = props.report.weeks.find((row) => row.inProgress && !row.reported);
  const mark = (reported: boolean, confirmRunning = false) =>
    void act((api) =>
      api.markWeeksReported({ weeks: [...props.weeks], reported, confirmRunning }),
    ).then(setError);
  // Neither a held week nor work: nothing to paste into Jira (DOMAIN §4 "Whose week").
  const empty = props.report.text === "";

  return (
    <section className="card" aria-labelledby="organizer-title">
      <h2 id="organizer-title">{t("report.text")}</h2>
      {empty ? (
        <p className="muted">{t("week.nothingToReport")}</p>
      ) : (
        <pre className="organizer-text" aria-labelledby="organizer-title" tabIndex={0}>
          {props.report.text}
        </pre>
      )}
      <div className="button-row wrap">
        <button
          type="button"
          className="primary"
          disabled={empty}
          onClick={() => void copy(props.report.text)}
        >
          {t("report.copy")}
        </button>
        <button
          type="button"
          onClick={() => {
            if (!allReported && running) setAsking(true);
            else mark(!allReported);
          }}
        >
          {allReported ? t("report.markUnreported") : t("report.markReported")}
        </button>
        {note && (
          <span role="status" className="muted">
            {note}
          </span>
        )}
      </div>
      <ErrorMessage error={error} />
      {asking && running && (
        <ConfirmDialog
          title={t("report.runningTitle", { week: running.week.label })}
          onCancel={() => setAsking(false)}
          actions={[
            {
              label: t("report.runningConfirm"),
              kind: "primary",
              onClick: () => {
                setAsking(false);
                mark(true, true);
              },
            },
          ]}
        >
          <p>
            {t("report.runningBody", {
              week: running.week.label,
              end: formatDateTime(running.week.end, timeZone, language),
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
