import { describe, expect, it } from "vitest";
import type { TrayMenuItem } from "../../../electron/tray/menu";
import { buildTrayMenu } from "../../../electron/tray/menu";
import { formatElapsed } from "../../../electron/tray/format";
import { shellTexts } from "../../../electron/tray/texts";
import { looks, status, trayState, weekInfo } from "./tray-fixtures";

const sv = shellTexts("sv");
const en = shellTexts("en");

function find(items: TrayMenuItem[], id: string): TrayMenuItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu && find(item.submenu, id);
    if (inner) return inner;
  }
  return undefined;
}
const ids = (items: TrayMenuItem[]) =>
  items.filter((item) => item.type !== "separator").map((item) => item.id);

describe("buildTrayMenu", () => {
  it("off duty: the status line, start, reports, links and the app items; no timer items", () => {
    const menu = buildTrayMenu(looks.off, sv);
    expect(ids(menu)).toEqual([
      "status",
      "start-incident",
      "copy-report",
      "more-reports",
      "links",
      "open-window",
      "settings",
      "quit",
    ]);
    expect(find(menu, "status")).toMatchObject({
      label: "Jour v. 48 · 23–30 nov · 4 500 kr + 2,5 h",
      enabled: false,
    });
    expect(find(menu, "start-incident")).toMatchObject({
      label: "Starta incident (samtal mottaget)",
      action: { type: "startIncident" },
    });
  });

  it("on duty: the same items as off duty (the look is the icon's business)", () => {
    expect(ids(buildTrayMenu(looks.on, sv))).toEqual(ids(buildTrayMenu(looks.off, sv)));
  });

  it("incident running: Stop timer with the elapsed time, Pause, and the deadline", () => {
    const menu = buildTrayMenu(looks.running, sv);
    expect(find(menu, "stop-timer")).toMatchObject({
      label: "Stoppa timern (00:12:34)",
      action: { type: "stopTimer" },
    });
    expect(find(menu, "pause-timer")?.action).toEqual({ type: "pauseTimer" });
    expect(find(menu, "resume-timer")).toBeUndefined();
    expect(find(menu, "deadline-7")).toMatchObject({
      label: "P1 svar senast 14:05",
      action: { type: "openIncident", incidentId: "7" },
    });
  });

  it("alarm: a paused timer offers Resume; a passed deadline is marked, a pending one not", () => {
    const menu = buildTrayMenu(looks.alarm, sv);
    expect(find(menu, "stop-timer")?.label).toBe("Stoppa timern (01:02:03)");
    expect(find(menu, "resume-timer")?.action).toEqual({ type: "resumeTimer" });
    expect(find(menu, "pause-timer")).toBeUndefined();
    expect(find(menu, "deadline-7")?.label).toBe("⚠ P1 svar senast 12:00 (passerad)");
    expect(find(menu, "deadline-8")?.label).toBe("P2 rollback senast 14:00");
  });

  it("copies the current week; the submenu copies last week and all unreported weeks", () => {
    const menu = buildTrayMenu(looks.off, sv);
    expect(find(menu, "copy-report")).toMatchObject({
      label: "Kopiera rapporttext (v. 48)",
      action: { type: "copyReport", weeks: [weekInfo().start] },
    });
    expect(find(menu, "copy-last-week")).toMatchObject({
      label: "Förra veckan (v. 47)",
      action: { type: "copyReport", weeks: [weekInfo(-1).start] },
    });
    expect(find(menu, "copy-unreported")).toMatchObject({
      label: "Alla orapporterade veckor (2)",
      enabled: true,
      action: { type: "copyReport", weeks: [weekInfo(-2).start, weekInfo(-1).start] },
    });
  });

  it("disables the unreported item when every week is reported", () => {
    const item = find(buildTrayMenu(trayState({ unreported: [] }), sv), "copy-unreported");
    expect(item).toMatchObject({ enabled: false, label: "Alla orapporterade veckor (0)" });
    expect(item?.action).toBeUndefined();
  });

  it("names reported weeks changed after the report, opening the Week report", () => {
    expect(find(buildTrayMenu(trayState(), sv), "changed-weeks")).toBeUndefined();
    const item = find(buildTrayMenu(trayState({ changed: [weekInfo(-1)] }), sv), "changed-weeks");
    expect(item).toMatchObject({
      label: "v. 47: ändrad efter rapporten – visa rättelsen",
      action: { type: "openReport" },
    });
    const english = find(
      buildTrayMenu(trayState({ changed: [weekInfo(-1)] }), en),
      "changed-weeks",
    );
    expect(english?.label).toBe("v. 47: changed after the report – show the correction");
  });

  it("shows the next held week under the status line, when there is one", () => {
    const line = "Nästa jourvecka v. 52 (22–28 dec)";
    const next = buildTrayMenu(trayState({ status: status({ nextHeldLine: line }) }), sv);
    expect(next.map((item) => item.id).slice(0, 2)).toEqual(["status", "next-held-week"]);
    expect(find(next, "next-held-week")).toMatchObject({
      label: line,
      action: { type: "openWeeks" },
    });
    expect(find(buildTrayMenu(trayState(), sv), "next-held-week")).toBeUndefined();
  });

  it("marks a storhelg week in the status line unless the core already did", () => {
    const storhelg = trayState({ status: status({ week: weekInfo(0, true) }) });
    expect(find(buildTrayMenu(storhelg, sv), "status")?.label).toBe(
      "Jour v. 48 · 23–30 nov · 4 500 kr + 2,5 h · storhelg",
    );
    const marked = trayState({
      status: status({ week: weekInfo(0, true), statusLine: "Jour v. 52 · storhelg" }),
    });
    expect(find(buildTrayMenu(marked, sv), "status")?.label).toBe("Jour v. 52 · storhelg");
  });

  it("lists only the quick links that are set, each opening its URL", () => {
    const menu = buildTrayMenu(
      trayState({ links: { callForwardingPortal: "", newRelic: "https://nr.example", jira: "" } }),
      sv,
    );
    expect(find(menu, "links")?.submenu).toEqual([
      {
        id: "link-new-relic",
        label: "New Relic",
        action: { type: "openLink", url: "https://nr.example" },
      },
    ]);
    const none = trayState({ links: { callForwardingPortal: "", newRelic: "", jira: "" } });
    expect(find(buildTrayMenu(none, sv), "links")).toBeUndefined();
  });

  it("speaks English when the language setting says so", () => {
    const menu = buildTrayMenu(looks.running, en);
    expect(find(menu, "start-incident")?.label).toBe("Start incident (call received)");
    expect(find(menu, "stop-timer")?.label).toBe("Stop timer (00:12:34)");
    expect(find(menu, "copy-report")?.label).toBe("Copy report text (v. 48)");
    expect(find(menu, "open-window")?.label).toBe("Open Jour…");
    expect(find(menu, "quit")?.label).toBe("Quit");
  });
});

describe("formatElapsed", () => {
  it("pads and does not wrap hours at a day", () => {
    expect(formatElapsed(0)).toBe("00:00:00");
    expect(formatElapsed(59_999)).toBe("00:00:59");
    expect(formatElapsed(25 * 3_600_000 + 61_000)).toBe("25:01:01");
    expect(formatElapsed(-5)).toBe("00:00:00");
  });
});
