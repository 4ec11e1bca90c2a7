import type { ReportView } from "../../shared/app/reports/report-views";
import { useAction } from "../api/api-context";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useCopy } from "./use-copy";

/** The organizer text exactly as it goes into Jira, its Copy button, and "mark reported". */
export function OrganizerText(props: { report: ReportView; weeks: readonly number[] }) {
  const { t } = useI18n();
  const act = useAction();
  const { copy, note, error, setError } = useCopy();
  const allReported = props.report.weeks.every((week) => week.reported);
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
          onClick={() =>
            void act((api) =>
              api.markWeeksReported({ weeks: [...props.weeks], reported: !allReported }),
            ).then(setError)
          }
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
    </section>
  );
}
