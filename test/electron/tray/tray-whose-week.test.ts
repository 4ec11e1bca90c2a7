import { describe, expect, it, vi } from "vitest";
import { createCopiedWeeks, weeksLabel } from "../../../electron/tray/copied-weeks";
import type { TrayAction } from "../../../electron/tray/menu";
import { createTrayActions } from "../../../electron/tray/tray-actions";
import { createTrayController, type TrayLike } from "../../../electron/tray/tray-controller";
import { createTrayStateReader } from "../../../electron/tray/tray-state";
import type { MenuTemplateItem } from "../../../electron/tray/template";
import { shellTexts } from "../../../electron/tray/texts";
import { HOUR, MINUTE, MONDAY_10, rig, type TestRig } from "../../shared/app/fakes";
import { weekInfo } from "./tray-fixtures";

/**
 * The tray over the real app core (issue #10): the status line and Copy report follow
 * "whose week"; after copying all unreported weeks, one click marks them reported.
 */

const WEEK = 7 * 24 * HOUR;

function trayOver(r: TestRig) {
  const copied = createCopiedWeeks();
  const reader = createTrayStateReader(r.app, copied);
  const texts = shellTexts("sv");
  const writeClipboard = vi.fn<(text: string) => void>();
  const inform = vi.fn<(title: string, body: string) => void>();
  const tray = {
    setImage: vi.fn(),
    setToolTip: vi.fn(),
    setTitle: vi.fn(),
    setContextMenu: vi.fn<(menu: unknown) => void>(),
    destroy: vi.fn(),
  } satisfies TrayLike;
  let pending: Promise<void> = Promise.resolve();
  const perform = createTrayActions({
    api: r.app,
    openWindow: vi.fn(),
    writeClipboard,
    inform,
    openLink: vi.fn(() => Promise.resolve(true)),
    quit: vi.fn(),
    texts: () => texts,
    changed: () => reader.invalidate(),
    log: vi.fn(),
    copied,
  });
  const controller = createTrayController({
    createTray: () => tray,
    buildFromTemplate: (template: MenuTemplateItem[]) => ({ template }),
    iconFor: (look) => look,
    platform: "linux",
    perform: (action: TrayAction) => {
      pending = perform(action);
    },
  });
  const refresh = async () => controller.show((await reader.read()).state, texts);
  const menu = () =>
    (tray.setContextMenu.mock.calls.at(-1)?.[0] as { template: MenuTemplateItem[] }).template;
  const find = (id: string, items = menu()): MenuTemplateItem | undefined => {
    for (const item of items) {
      if (item.id === id) return item;
      const inner = item.submenu && find(id, item.submenu);
      if (inner) return inner;
    }
    return undefined;
  };
  /** Clicks a menu item, waits for its action, and refreshes the tray as the shell does. */
  const click = async (id: string) => {
    const item = find(id);
    if (!item?.click) throw new Error(`no clickable ${id}`);
    item.click();
    await pending;
    await refresh();
  };
  return { refresh, find, click, writeClipboard, inform };
}

describe("the tray and whose week", () => {
  it("copies all unreported weeks, then marks them reported in one click", async () => {
    const r = rig({ now: MONDAY_10 + 2 * WEEK + HOUR });
    for (const at of [MONDAY_10, MONDAY_10 + WEEK]) {
      await r.app.setOnDuty({ week: at, onDuty: true });
    }
    const { id } = await r.app.createIncident(); // week 50, in progress: not listed
    await r.app.stopTimer();
    await r.app.addInterval({ incidentId: id, start: MONDAY_10, end: MONDAY_10 + 70 * MINUTE });
    const tray = trayOver(r);
    await tray.refresh();
    expect(tray.find("copy-unreported")?.label).toBe("Alla orapporterade veckor (2)");
    expect(tray.find("mark-reported")).toBeUndefined();

    await tray.click("copy-unreported");
    expect(tray.writeClipboard).toHaveBeenCalledWith("2 x Jourvecka\nTaxa 1: 1,5h");
    expect(tray.inform).toHaveBeenLastCalledWith(
      "Rapporttexten är kopierad",
      "v. 48, v. 49 – klistra in i Jira, och markera dem sedan som rapporterade i Jour-menyn.",
    );
    expect(tray.find("mark-reported")?.label).toBe("Markera v. 48–49 som rapporterade");

    await tray.click("mark-reported");
    expect(await r.app.listUnreportedWeeks()).toEqual([]);
    expect((await r.app.listWeeks()).map((w) => [w.week.isoWeek, w.reported])).toEqual([
      [50, false],
      [49, true],
      [48, true],
    ]);
    expect(tray.inform).toHaveBeenLastCalledWith("Markerade som rapporterade", "v. 48–49");
    expect(tray.find("mark-reported")).toBeUndefined();
    expect(tray.find("copy-unreported")?.label).toBe("Alla orapporterade veckor (0)");
  });

  it("a week neither held nor worked: the status line says so and Copy says nothing to copy", async () => {
    const r = rig();
    const tray = trayOver(r);
    await tray.refresh();
    expect(tray.find("status")?.label).toBe("v. 48 · 24–30 nov · inte din jourvecka");
    await tray.click("copy-report");
    expect(tray.writeClipboard).not.toHaveBeenCalled();
    expect(tray.inform).toHaveBeenCalledWith("Det finns inget att kopiera", "v. 48");
  });

  it("a helped week: the status line and the copied text have the hours, no allowance", async () => {
    const r = rig();
    await r.app.createIncident();
    r.clock.advance(80 * MINUTE);
    await r.app.stopTimer();
    const tray = trayOver(r);
    await tray.refresh();
    expect(tray.find("status")?.label).toBe("v. 48 · 24–30 nov · inte din jourvecka · 1,5 h");
    await tray.click("copy-report");
    expect(tray.writeClipboard).toHaveBeenCalledWith("Taxa 1: 1,5h");
  });

  it("names the weeks to mark: one, a run, or apart", () => {
    expect(weeksLabel([weekInfo(-2)])).toBe("v. 46");
    expect(weeksLabel([weekInfo(-2), weekInfo(-1), weekInfo(0)])).toBe("v. 46–48");
    expect(weeksLabel([weekInfo(-3), weekInfo(-1)])).toBe("v. 45, v. 47");
  });
});
