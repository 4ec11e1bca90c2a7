import { describe, expect, it } from "vitest";
import { buildTrayMenu } from "../../../electron/tray/menu";
import { timerAdvanced } from "../../../electron/tray/tray-state";
import { shellTexts } from "../../../electron/tray/texts";
import { status, trayState } from "./tray-fixtures";

/** The tray counts a running timer's seconds itself between the core's full reads. */
describe("timerAdvanced", () => {
  const running = {
    incidentId: "i-1",
    status: "running" as const,
    runningSince: 0,
    elapsedMs: 754_000,
    sessionMs: 60_000,
  };

  it("moves a running timer's elapsed and session time on, and the label with it", () => {
    const state = trayState({ status: status({ timer: running }) });
    const later = timerAdvanced(state, 3_000);
    expect(later.status.timer).toMatchObject({ elapsedMs: 757_000, sessionMs: 63_000 });
    const label = (s: typeof state) =>
      buildTrayMenu(s, shellTexts("sv")).find((item) => item.id === "stop-timer")?.label;
    expect(label(state)).toBe("Stoppa timern (00:12:34)");
    expect(label(later)).toBe("Stoppa timern (00:12:37)");
    // The state read from the core is left as it was.
    expect(state.status.timer?.elapsedMs).toBe(754_000);
  });

  it("leaves a paused timer, no timer, or no time passed as they are", () => {
    const paused = trayState({ status: status({ timer: { ...running, status: "paused" } }) });
    expect(timerAdvanced(paused, 5_000)).toBe(paused);
    const none = trayState({ status: status({ timer: null }) });
    expect(timerAdvanced(none, 5_000)).toBe(none);
    const state = trayState({ status: status({ timer: running }) });
    expect(timerAdvanced(state, 0)).toBe(state);
  });
});
