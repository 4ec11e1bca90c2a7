import type { JourApi } from "../../shared/app/api";
import type { OpenLink } from "../links";
import type { CopiedWeeks } from "./copied-weeks";
import type { WindowRoute } from "../window/routes";
import type { TrayAction } from "./menu";
import type { ShellTexts } from "./texts";

export interface TrayActionDeps {
  api: JourApi;
  openWindow: (route: WindowRoute) => void;
  writeClipboard: (text: string) => void;
  /** A short confirmation notification (no incident to open). */
  inform: (title: string, body: string) => void;
  openLink: OpenLink;
  quit: () => void;
  texts: () => ShellTexts;
  /** After anything that may have changed the state: the tray refreshes. */
  changed: () => void;
  log: (message: string) => void;
  /** Remembers a copy of all unreported weeks, so the tray can offer to mark them. */
  copied?: CopiedWeeks;
}

/** What each tray menu item does. */
export function createTrayActions(deps: TrayActionDeps) {
  const { api } = deps;

  async function run(action: TrayAction): Promise<void> {
    switch (action.type) {
      case "startIncident": {
        const incident = await api.createIncident();
        // The runbook and the priority live in the window: show the new incident there.
        deps.openWindow({ view: "incident", incidentId: incident.id });
        return;
      }
      case "stopTimer":
        await api.stopTimer();
        return;
      case "pauseTimer":
        await api.pauseTimer();
        return;
      case "resumeTimer":
        await api.resumeTimer();
        return;
      case "openIncident":
        deps.openWindow({ view: "incident", incidentId: action.incidentId });
        return;
      case "copyReport": {
        const texts = deps.texts();
        const report = await api.getReport({ weeks: action.weeks });
        if (report.text.trim() === "") {
          deps.inform(texts.nothingToCopy, action.what);
          return;
        }
        deps.writeClipboard(report.text);
        if (action.markable && deps.copied) {
          deps.copied.set(action.weeks);
          deps.inform(texts.copied, texts.copiedMarkBody(action.what));
        } else {
          deps.inform(texts.copied, texts.copiedBody(action.what));
        }
        return;
      }
      case "markReported": {
        await api.markWeeksReported({ weeks: action.weeks, reported: true });
        deps.copied?.clear();
        deps.inform(deps.texts().markedReported, action.what);
        return;
      }
      case "openLink":
        await deps.openLink(action.url);
        return;
      case "openWindow":
        deps.openWindow({ view: "now" });
        return;
      case "openSettings":
        deps.openWindow({ view: "settings" });
        return;
      case "openWeeks":
        deps.openWindow({ view: "weeks" });
        return;
      case "openReport":
        deps.openWindow({ view: "report" });
        return;
      case "quit":
        deps.quit();
        return;
    }
  }

  /** Runs an action; a failure is logged and shown, never left as an unhandled rejection. */
  return async function perform(action: TrayAction): Promise<void> {
    try {
      await run(action);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.log(`Tray action ${action.type} failed: ${message}`);
      deps.inform("Jour", message);
    } finally {
      deps.changed();
    }
  };
}
