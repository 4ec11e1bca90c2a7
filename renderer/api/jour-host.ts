import type { ChangeEvents } from "../../shared/app/status/change-events";
import type { WindowApi } from "../../shared/shell-api";

/** What the window runs on: the calls, the pushed changes, and the clock its timers tick by. */
export interface JourHost {
  api: WindowApi;
  events: ChangeEvents;
  /** The host's time (the machine's in Electron; the preview's test clock when set). */
  now: () => number;
}
