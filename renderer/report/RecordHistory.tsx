import type { RecordView } from "../../shared/app/reports/record-views";
import { formatDateTime, formatSek } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

/** Every record of a week, newest first: what was signed is never lost from sight. */
export function RecordHistory(props: { history: readonly RecordView[] }) {
  const { t, language, timeZone } = useI18n();
  if (props.history.length === 0) return null;
  return (
    <details className="record-history">
      <summary>{t("reported.history", { count: props.history.length })}</summary>
      <ol className="plain-list" reversed>
        {/* Records are only ever appended: the position is a record's lasting identity (two
            can share a minute, and so a time). */}
        {[...props.history].reverse().map((record, i) => (
          <li key={props.history.length - i}>
            <p>
              <strong>
                {t(record.kind === "report" ? "reported.kindReport" : "reported.kindCorrection")}
              </strong>{" "}
              · {formatDateTime(record.at, timeZone, language)} · {formatSek(record.totalSek)}
            </p>
            <pre className="organizer-text">{record.text}</pre>
          </li>
        ))}
      </ol>
    </details>
  );
}
