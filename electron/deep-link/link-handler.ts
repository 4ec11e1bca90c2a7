import type { JourApi } from "../../shared/app/api";
import type { Language } from "../../shared/app/texts/language";
import type { WindowRoute } from "../window/routes";
import { linkForLog, parseJourLink } from "./jour-link";
import type { JourLink } from "./jour-link";
import { linkTexts } from "./link-texts";

export interface LinkHandlerDeps {
  api: Pick<JourApi, "toggleTimer" | "createIncident" | "stopTimer" | "getStatus" | "getIncident">;
  openWindow: (route: WindowRoute) => void;
  /** A notification: a link has no window to answer in, so each one says what it did. */
  notify: (title: string, body: string) => void;
  language: () => Language;
  /** After anything that may have changed the state: the tray refreshes. */
  changed: () => void;
  log: (message: string) => void;
}

/**
 * Follows a jour:// link: each does what its tray item (or, for toggle, the global shortcut)
 * does and says so in a notification. A link that is not one of the four is refused, logged
 * and said; a failure is logged and said, never an unhandled rejection.
 */
export function createLinkHandler(deps: LinkHandlerDeps): (raw: unknown) => Promise<void> {
  const { api } = deps;

  async function follow(link: JourLink): Promise<void> {
    const words = linkTexts(deps.language());
    switch (link.action) {
      case "toggle": {
        // What the global shortcut does, in the core's words (started, resumed or stopped).
        const done = await api.toggleTimer();
        deps.notify(done.title, done.body);
        return;
      }
      case "start": {
        // The tray's Start incident: a new incident, shown in the window.
        const incident = await api.createIncident();
        deps.openWindow({ view: "incident", incidentId: incident.id });
        deps.notify(words.started, words.startedBody);
        return;
      }
      case "stop": {
        if ((await api.getStatus()).timer === null) {
          deps.notify(words.noTimer, words.noTimerBody);
          return;
        }
        await api.stopTimer();
        deps.notify(words.stopped, words.stoppedBody);
        return;
      }
      case "incident": {
        // An unknown id is refused by the core, before any window opens.
        const incident = await api.getIncident({ id: link.incidentId });
        deps.openWindow({ view: "incident", incidentId: incident.id });
        deps.notify(words.opened, words.openedBody(incident.summary || incident.id));
        return;
      }
    }
  }

  return async function handle(raw: unknown): Promise<void> {
    const parsed = parseJourLink(raw);
    if (!parsed.ok) {
      deps.log(`jour:// link refused (${parsed.reason}): ${linkForLog(raw)}`);
      const words = linkTexts(deps.language());
      deps.notify(words.refused, words.refusedBody);
      return;
    }
    try {
      await follow(parsed.link);
      deps.log(`jour:// link followed: ${linkForLog(raw)}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.log(`jour:// link ${linkForLog(raw)} failed: ${message}`);
      deps.notify(linkTexts(deps.language()).failed, message);
    } finally {
      deps.changed();
    }
  };
}
