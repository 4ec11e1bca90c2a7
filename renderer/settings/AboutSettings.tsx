import { useEffect, useState } from "react";
import type { AboutView, UpdateView } from "../../shared/about-api";
import { useApi } from "../api/api-context";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/ErrorMessage";
import { updateWords } from "./update-words";

/** While an update is being looked for or downloaded, its state is asked again this often. */
export const UPDATE_POLL_MS = 1_000;

const moving = (update: UpdateView | undefined) =>
  update?.state === "checking" || update?.state === "downloading";

/**
 * Settings → About: the version, the log folder (opened by the host in the file manager) and
 * the updates, with "Check for updates" and its answer in words.
 */
export function AboutSettings() {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = useApi();
  const [about, setAbout] = useState<AboutView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Asked when shown, after a check, and again each second while the update moves.
  useEffect(() => {
    let current = true;
    api.getAbout().then(
      (answer) => current && (setAbout(answer), setLoadError(null)),
      (failure: unknown) => current && setLoadError(failure),
    );
    return () => {
      current = false;
    };
  }, [api, tick]);
  const update: UpdateView | undefined = checking ? { state: "checking" } : about?.update;
  const stillMoving = !checking && moving(about?.update);
  useEffect(() => {
    if (!stillMoving) return;
    const handle = window.setTimeout(() => setTick((n) => n + 1), UPDATE_POLL_MS);
    return () => window.clearTimeout(handle);
  }, [stillMoving, about]);

  const check = async () => {
    setChecking(true);
    setError(null);
    try {
      const answer = await api.checkForUpdates();
      setAbout((known) => known && { ...known, update: answer });
    } catch (failure) {
      setError(failure);
    } finally {
      setChecking(false);
    }
  };

  const openLogs = async () => {
    setError(null);
    try {
      await api.openLogFolder();
    } catch (failure) {
      setError(failure);
    }
  };

  const data = about;
  return (
    <section className="card stack" aria-labelledby="settings-about">
      <h2 id="settings-about">{t("settings.about")}</h2>
      {!data ? (
        loadError ? (
          <ErrorMessage error={loadError} />
        ) : (
          <p>{t("loading")}</p>
        )
      ) : (
        <>
          <dl className="about-facts">
            <dt>{t("about.version")}</dt>
            <dd data-testid="about-version">Jour {data.version}</dd>
            <dt>{t("about.logFolder")}</dt>
            <dd>
              {data.logFolder === null ? (
                <span className="muted">{t("about.noLogFolder")}</span>
              ) : (
                <>
                  <code className="about-path">{data.logFolder}</code>
                  <button type="button" onClick={() => void openLogs()}>
                    {t("about.openLogFolder")}
                  </button>
                </>
              )}
            </dd>
          </dl>
          <h3>{t("about.updates")}</h3>
          <p role="status" aria-live="polite" data-testid="update-answer">
            {update ? updateWords(update, i18n) : null}
          </p>
          <div className="button-row">
            <button type="button" disabled={checking} onClick={() => void check()}>
              {checking ? t("about.checking") : t("about.checkForUpdates")}
            </button>
          </div>
        </>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
