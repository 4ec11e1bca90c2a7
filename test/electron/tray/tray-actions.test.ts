import { windowUrl } from "../../../electron/window/routes";
import { describe, expect, it, vi } from "vitest";
import type { JourApi } from "../../../shared/app/api";
import { createTrayActions } from "../../../electron/tray/tray-actions";
import { shellTexts } from "../../../electron/tray/texts";

function setup(api: Partial<JourApi>) {
  const deps = {
    api: api as JourApi,
    openWindow: vi.fn(),
    writeClipboard: vi.fn(),
    inform: vi.fn(),
    openLink: vi.fn(() => Promise.resolve(true)),
    quit: vi.fn(),
    texts: () => shellTexts("sv"),
    changed: vi.fn(),
    log: vi.fn(),
  };
  return { deps, perform: createTrayActions(deps) };
}

describe("what each tray item does", () => {
  it("Start incident creates one (its timer starts in the core) and opens it in the window", async () => {
    const createIncident = vi.fn(() => Promise.resolve({ id: "12" }));
    const { deps, perform } = setup({ createIncident } as unknown as Partial<JourApi>);
    await perform({ type: "startIncident" });
    expect(createIncident).toHaveBeenCalledTimes(1);
    expect(deps.openWindow).toHaveBeenCalledWith({ view: "incident", incidentId: "12" });
    expect(deps.changed).toHaveBeenCalled();
  });

  it("Stop, Pause and Resume call the timer", async () => {
    const api = {
      stopTimer: vi.fn(() => Promise.resolve(null)),
      pauseTimer: vi.fn(() => Promise.resolve({})),
      resumeTimer: vi.fn(() => Promise.resolve({})),
    };
    const { perform } = setup(api as unknown as Partial<JourApi>);
    await perform({ type: "stopTimer" });
    await perform({ type: "pauseTimer" });
    await perform({ type: "resumeTimer" });
    expect(api.stopTimer).toHaveBeenCalledTimes(1);
    expect(api.pauseTimer).toHaveBeenCalledTimes(1);
    expect(api.resumeTimer).toHaveBeenCalledTimes(1);
  });

  it("Copy report puts the organizer text on the clipboard and confirms it", async () => {
    const getReport = vi.fn(() => Promise.resolve({ text: "Jour v. 48\nTaxa 1: 2,5 h" }));
    const { deps, perform } = setup({ getReport } as unknown as Partial<JourApi>);
    await perform({ type: "copyReport", weeks: [1, 2], what: "v. 46, v. 47" });
    expect(getReport).toHaveBeenCalledWith({ weeks: [1, 2] });
    expect(deps.writeClipboard).toHaveBeenCalledWith("Jour v. 48\nTaxa 1: 2,5 h");
    expect(deps.inform).toHaveBeenCalledWith(
      "Rapporttexten är kopierad",
      "v. 46, v. 47 – klistra in i Jira.",
    );
  });

  it("a deadline opens its incident; Open and Settings open the window; Quit quits", async () => {
    const { deps, perform } = setup({});
    await perform({ type: "openIncident", incidentId: "7" });
    await perform({ type: "openWindow" });
    await perform({ type: "openSettings" });
    await perform({ type: "openWeeks" });
    await perform({ type: "quit" });
    expect(deps.openWindow.mock.calls).toEqual([
      [{ view: "incident", incidentId: "7" }],
      [{ view: "now" }],
      [{ view: "settings" }],
      [{ view: "weeks" }],
    ]);
    expect(deps.quit).toHaveBeenCalledTimes(1);
    expect(windowUrl({ view: "weeks" })).toBe("app://jour/index.html#/weeks");
  });

  it("a quick link goes through the link filter", async () => {
    const { deps, perform } = setup({});
    await perform({ type: "openLink", url: "https://one.newrelic.com" });
    expect(deps.openLink).toHaveBeenCalledWith("https://one.newrelic.com");
  });

  it("a failing action is logged and shown, and never rejects", async () => {
    const pauseTimer = vi.fn(() => Promise.reject(new Error("timer: no timer")));
    const { deps, perform } = setup({ pauseTimer } as unknown as Partial<JourApi>);
    await expect(perform({ type: "pauseTimer" })).resolves.toBeUndefined();
    expect(deps.inform).toHaveBeenCalledWith("Jour", "timer: no timer");
    expect(deps.changed).toHaveBeenCalled();
  });
});
