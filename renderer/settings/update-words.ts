import type { UpdateView } from "../../shared/about-api";
import type { HostFault } from "../../shared/app/texts/host-faults";
import type { I18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { formatDateTime } from "../i18n/format";

/** Why an update failed, by kind: the updater's own (English) words stay in the log. */
const failedKeys: Record<HostFault, MessageKey> = {
  offline: "update.failed.offline",
  "not-found": "update.failed.not-found",
  server: "update.failed.server",
  "no-space": "update.failed.no-space",
  "no-permission": "update.failed.no-permission",
  other: "update.failed.other",
};

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
        return t(failedKeys[update.reason ?? "other"]);
    }
  })();
  if (update.checkedAt === undefined || update.state === "checking") return said;
  const when = formatDateTime(update.checkedAt, timeZone, language);
  return `${said} ${t("update.checkedAt", { when })}`;
}
