import { useState } from "react";
import { useAction, useLoad } from "../api/api-context";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/ErrorMessage";

/**
 * After the handover nothing else says it: an ended week that is not reported yet gets a
 * banner with its report text to copy and a way to mark it reported.
 */
export function UnreportedBanner(props: { now: number }) {
  const { t } = useI18n();
  const act = useAction();
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);
  const unreported = useLoad((api) => api.listUnreportedWeeks(), "unreported-weeks");
  const ended = (unreported.data ?? []).filter((ref) => ref.week.end <= props.now);
  if (ended.length === 0) return null;
  const weeks = ended.map((ref) => ref.week.start);
  const labels = ended.map((ref) => ref.week.label).join(", ");

  const copy = async () => {
    const failure = await act(async (api) => {
      const report = await api.getReport({ weeks });
      await api.copyText({ text: report.text });
    });
    setError(failure);
    setCopied(!failure);
  };
  const markReported = async () => {
    setError(await act((api) => api.markWeeksReported({ weeks, reported: true })));
  };

  return (
    <section className="card banner" aria-labelledby="unreported-title">
      <h2 id="unreported-title">{t("record.unreportedTitle", { weeks: labels })}</h2>
      <p className="muted">{t("record.unreportedBody")}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t("record.copyReport")}
        </button>
        <button type="button" onClick={() => void markReported()}>
          {t("record.markReported")}
        </button>
        {copied && (
          <span role="status" className="muted">
            {t("record.copied")}
          </span>
        )}
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
