import type { RecordChange, WeekRecord } from "../../shared/app/reports/record-views";
import { useAction } from "../api/api-context";
import { formatDateTime, formatHours, formatSek } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/ErrorMessage";
import { RecordHistory } from "./RecordHistory";
import { useCopy } from "./use-copy";

/**
 * What was reported for a week beside what it pays now (issue #21): reported as it stands,
 * reported before Jour kept records, or changed since, with what changed, the correction to
 * copy and a button to mark it reported. Earlier records stay listed.
 */
export function WeekRecordNote(props: { week: number; record: WeekRecord }) {
  const { t, language, timeZone } = useI18n();
  const { record } = props;
  const { latest } = record;
  const when = (at: number) => formatDateTime(at, timeZone, language);
  let line: string | null = null;
  if (record.state === "legacy") line = t("reported.legacy");
  else if (latest && record.state === "reported") {
    line = t("reported.signedAt", { sek: formatSek(latest.totalSek), when: when(latest.at) });
  } else if (latest && record.state === "changed") {
    line = t("reported.changed", {
      old: formatSek(latest.totalSek),
      now: formatSek(record.nowTotalSek),
    });
  } else if (latest) {
    line = t("reported.unmarked", { sek: formatSek(latest.totalSek), when: when(latest.at) });
  }
  if (line === null) return null;
  return (
    <div className={`week-record ${record.state === "changed" ? "changed" : ""}`}>
      <p className="week-record-line">
        <strong>{line}</strong>
      </p>
      {record.state === "changed" && <Correction week={props.week} record={record} />}
      <RecordHistory history={record.history} />
    </div>
  );
}

function Correction(props: { week: number; record: WeekRecord }) {
  const { t } = useI18n();
  const act = useAction();
  const { copy, note, error, setError } = useCopy();
  const { correction, changes } = props.record;
  return (
    <>
      <h3 className="week-record-heading">{t("reported.whatChanged")}</h3>
      <ul className="week-record-changes">
        {changes.map((change, i) => (
          <li key={i}>
            <ChangeLine change={change} />
          </li>
        ))}
      </ul>
      {correction && (
        <>
          <h3 className="week-record-heading" id={`correction-${props.week}`}>
            {t("reported.correction")}
          </h3>
          <pre className="organizer-text" aria-labelledby={`correction-${props.week}`} tabIndex={0}>
            {correction}
          </pre>
        </>
      )}
      <div className="button-row wrap">
        {correction && (
          <button type="button" className="primary" onClick={() => void copy(correction)}>
            {t("reported.copyCorrection")}
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            void act((jour) =>
              jour.markWeeksReported({ weeks: [props.week], reported: true }),
            ).then(setError)
          }
        >
          {t("reported.markCorrection")}
        </button>
        {note && (
          <span role="status" className="muted">
            {note}
          </span>
        )}
      </div>
      <ErrorMessage error={error} />
    </>
  );
}

function ChangeLine({ change }: { change: RecordChange }) {
  const { t } = useI18n();
  switch (change.kind) {
    case "held":
      return <>{t(change.after ? "reported.heldNow" : "reported.heldNoMore")}</>;
    case "allowance":
      return (
        <>
          {t("reported.allowance", {
            before: formatSek(change.before),
            after: formatSek(change.after),
          })}
        </>
      );
    case "hours":
      return (
        <>
          {t("reported.hours", {
            n: change.tariff,
            before: formatHours(change.before),
            after: formatHours(change.after),
          })}
        </>
      );
    case "rate":
      return (
        <>
          {t("reported.rate", {
            n: change.tariff,
            before: formatSek(change.before),
            after: formatSek(change.after),
          })}
        </>
      );
    case "incident": {
      const name = change.summary.trim()
        ? `${change.summary} (${change.incidentId})`
        : change.incidentId;
      const key =
        change.change === "removed"
          ? "reported.incidentRemoved"
          : change.change === "added"
            ? "reported.incidentAdded"
            : "reported.incidentEdited";
      return <>{t(key, { name })}</>;
    }
  }
}
