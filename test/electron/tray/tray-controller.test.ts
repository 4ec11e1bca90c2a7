import { describe, expect, it, vi } from "vitest";
import type { TrayLike } from "../../../electron/tray/tray-controller";
import { createTrayController } from "../../../electron/tray/tray-controller";
import type { MenuTemplateItem } from "../../../electron/tray/template";
import type { TrayAction } from "../../../electron/tray/menu";
import { shellTexts } from "../../../electron/tray/texts";
import { looks, trayState, weekInfo } from "./tray-fixtures";

function setup(platform: NodeJS.Platform = "linux") {
  const tray = {
    setImage: vi.fn<(image: unknown) => void>(),
    setToolTip: vi.fn<(text: string) => void>(),
    setTitle: vi.fn<(title: string) => void>(),
    setContextMenu: vi.fn<(menu: unknown) => void>(),
    destroy: vi.fn<() => void>(),
  } satisfies TrayLike;
  const createTray = vi.fn<(image: unknown) => TrayLike>(() => tray);
  const perform = vi.fn<(action: TrayAction) => void>();
  const controller = createTrayController({
    createTray,
    buildFromTemplate: (template: MenuTemplateItem[]) => ({ template }),
    iconFor: (look) => `icon:${look}`,
    platform,
    perform,
  });
  const lastMenu = () =>
    (tray.setContextMenu.mock.calls.at(-1)?.[0] as { template: MenuTemplateItem[] }).template;
  return { tray, createTray, perform, controller, lastMenu };
}

const sv = shellTexts("sv");

describe("the tray controller", () => {
  it("creates the tray with the look's icon and says the look in the tooltip", () => {
    const { controller, createTray, tray } = setup();
    controller.show(looks.on, sv);
    expect(createTray).toHaveBeenCalledWith("icon:on");
    expect(tray.setToolTip).toHaveBeenCalledWith("Jour – i tjänst");
  });

  it("changes the icon only when the look changes, and each of the four looks has one", () => {
    const { controller, tray, createTray } = setup();
    controller.show(looks.off, sv);
    controller.show(looks.off, sv);
    expect(tray.setImage).not.toHaveBeenCalled();
    controller.show(looks.on, sv);
    controller.show(looks.running, sv);
    controller.show(looks.alarm, sv);
    expect(createTray).toHaveBeenCalledTimes(1);
    expect(tray.setImage.mock.calls.map(([image]) => image)).toEqual([
      "icon:on",
      "icon:running",
      "icon:alarm",
    ]);
  });

  it("rebuilds the whole menu when the state changes, and not when it does not", () => {
    const { controller, tray, lastMenu } = setup();
    controller.show(looks.off, sv);
    controller.show(looks.off, sv);
    expect(tray.setContextMenu).toHaveBeenCalledTimes(1);
    controller.show(looks.running, sv);
    expect(tray.setContextMenu).toHaveBeenCalledTimes(2);
    expect(lastMenu().map((item) => item.id)).toContain("stop-timer");
  });

  it("rebuilds when only what a click does changed, and reuses nothing of a changed list", () => {
    const { controller, tray, lastMenu } = setup();
    const base = trayState({ unreported: [weekInfo(-3), weekInfo(-1)] });
    controller.show(base, sv);
    // Equal lists in new objects: the same menu, not rebuilt.
    controller.show(trayState({ unreported: [weekInfo(-3), weekInfo(-1)] }), sv);
    expect(tray.setContextMenu).toHaveBeenCalledTimes(1);
    // As many unreported weeks, the same count in the label, but other weeks: the click must
    // copy these.
    const other = [weekInfo(-2), weekInfo(-1)].map((week) => ({ ...week, label: "v. 46" }));
    controller.show(trayState({ unreported: other }), sv);
    expect(tray.setContextMenu).toHaveBeenCalledTimes(2);
    const copyAll = lastMenu()
      .find((item) => item.id === "more-reports")
      ?.submenu?.find((item) => item.id === "copy-unreported");
    expect(copyAll?.label).toContain("2");
  });

  it("shows nothing after destroy (a refresh still under way at quit makes no new tray)", () => {
    const { controller, createTray, tray } = setup();
    controller.show(looks.off, sv);
    controller.destroy();
    controller.show(looks.running, sv);
    expect(createTray).toHaveBeenCalledTimes(1);
    expect(tray.destroy).toHaveBeenCalledTimes(1);
    expect(tray.setContextMenu).toHaveBeenCalledTimes(1);
  });

  it("a click on an item performs its action", () => {
    const { controller, perform, lastMenu } = setup();
    controller.show(looks.running, sv);
    lastMenu()
      .find((item) => item.id === "stop-timer")
      ?.click?.();
    lastMenu()
      .find((item) => item.id === "more-reports")
      ?.submenu?.find((item) => item.id === "copy-last-week")
      ?.click?.();
    expect(perform.mock.calls.map(([action]) => action.type)).toEqual(["stopTimer", "copyReport"]);
  });

  it("shows the elapsed time beside the icon on macOS only", () => {
    const mac = setup("darwin");
    mac.controller.show(looks.running, sv);
    expect(mac.tray.setTitle).toHaveBeenLastCalledWith("00:12:34");
    mac.controller.show(looks.on, sv);
    expect(mac.tray.setTitle).toHaveBeenLastCalledWith("");
    const linux = setup("linux");
    linux.controller.show(looks.running, sv);
    expect(linux.tray.setTitle).not.toHaveBeenCalled();
  });
});
