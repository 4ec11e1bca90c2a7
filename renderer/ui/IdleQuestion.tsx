import { useState } from "react";
import type { IdleChoice } from "../../shared/app/alerts/idle-view";
import { useAction, useLoad } from "../api/api-context";
import { formatDate, formatDateTime, formatSpan, formatTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "./ErrorMessage";

/**
 * "You were away 23 min while the timer ran": keep the time, discard it, or stop the
 * timer when the user left (as Toggl Track asks). Shown on Now and on the incident until
 * answered; the question is in the document, so it outlives a closed window, and asking it
 * is a change the host pushes (no polling).
 */
export function IdleQuestion() {
  const { t, language, timeZone } = useI18n();
  const act = useAction();
  const [error, setError] = useState<unknown>(null);
  const question = useLoad((api) => api.getIdleQuestion(), "idle-question");
  const q = question.data;
  if (!q) return null;
  // Away across midnight (a weekend asleep): the times need their days.
  const days =
    formatDate(q.idleSince, timeZone, language) !== formatDate(q.backAt, timeZone, language);
  const at = (ms: number) =>
    days ? formatDateTime(ms, timeZone, language) : formatTime(ms, timeZone);
  const from = at(q.idleSince);
  const to = at(q.backAt);
  const answer = async (choice: IdleChoice) =>
    setError(await act((api) => api.resolveIdle({ choice })));
  return (
    <section className="card idle-question" role="alertdialog" aria-labelledby="idle-title">
      <h2 id="idle-title">{t("idle.title", { span: formatSpan(q.awayMs) })}</h2>
      <p className="muted">{t("idle.detail", { from, to })}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void answer("keep")}>
          {t("idle.keep")}
        </button>
        <button type="button" onClick={() => void answer("discard")}>
          {t("idle.discard", { to })}
        </button>
        <button type="button" onClick={() => void answer("stop")}>
          {t(days ? "idle.stopOn" : "idle.stop", { from })}
        </button>
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
