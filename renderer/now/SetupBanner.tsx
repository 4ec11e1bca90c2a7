import { SETTINGS_KEY } from "../api/load-keys";
import { useAction, useLoad } from "../api/api-context";
import { hrefOf } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";

/** Until the first-run setup is done or skipped, Now offers it (and nothing else waits on it). */
export function SetupBanner() {
  const { t } = useI18n();
  const act = useAction();
  const settings = useLoad((api) => api.getSettings(), SETTINGS_KEY);
  if (!settings.data || settings.data.setupDone) return null;
  return (
    <section className="card banner" aria-labelledby="setup-banner-title">
      <h2 id="setup-banner-title">{t("record.setupTitle")}</h2>
      <p className="muted">{t("record.setupIntro")}</p>
      <div className="button-row">
        <a className="button primary" href={hrefOf({ view: "setup" })}>
          {t("record.setupStart")}
        </a>
        <button
          type="button"
          className="quiet"
          onClick={() => void act((api) => api.updateSettings({ setupDone: true }))}
        >
          {t("record.setupSkip")}
        </button>
      </div>
    </section>
  );
}
