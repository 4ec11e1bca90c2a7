import type { UpdateView } from "../../shared/about-api";
import type { I18n } from "../i18n/i18n";
import { formatDateTime } from "../i18n/format";

/** Where an update stands, in words: up to date, downloading, ready, failed and why. */
export function updateWords(update: UpdateView, i18n: I18n): string {
  const { t, language, timeZone } = i18n;
  const version = update.version ?? "";
  const said = (() => {
    switch (update.state) {
      case "unavailable":
        return t("update.unavailable");
      case "idle":
        return t("update.idle");
      case "checking":
        return t("update.checking");
      case "up-to-date":
        return t("update.upToDate");
      case "downloading":
        return t("update.downloading", { version, percent: Math.floor(update.percent ?? 0) });
      case "ready":
        return t("update.ready", { version });
      case "failed":
        return t("update.failed", { reason: update.reason ?? "?" });
    }
  })();
  if (update.checkedAt === undefined || update.state === "checking") return said;
  const when = formatDateTime(update.checkedAt, timeZone, language);
  return `${said} ${t("update.checkedAt", { when })}`;
}
