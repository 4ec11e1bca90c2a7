import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODIFIERS, isGlobalShortcut } from "../../../../shared/app/settings/accelerator";
import { rig } from "../fakes";

describe("the global shortcut setting (issue 12.4)", () => {
  it("takes accelerators with a modifier, and nothing", () => {
    for (const ok of [
      "CommandOrControl+Alt+J",
      "Ctrl+Shift+F5",
      "Alt+Space",
      "F13",
      "Super+Up",
      "",
    ]) {
      expect(isGlobalShortcut(ok), ok).toBe(true);
    }
  });

  it("refuses free text, a bare key, Shift alone and broken joins", () => {
    for (const bad of [
      "banana",
      "J",
      "Shift+J",
      "Ctrl+",
      "Ctrl++J",
      "Ctrl+Ctrl+J",
      "Hyper+J",
      "Alt+JJ",
      "F25",
    ]) {
      expect(isGlobalShortcut(bad), bad).toBe(false);
    }
  });

  it("a modifier and a letter always make a shortcut (property)", () => {
    const modifier = fc.constantFrom(...MODIFIERS.filter((m) => m !== "Shift"));
    const letter = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    fc.assert(fc.property(modifier, letter, (m, k) => isGlobalShortcut(`${m}+${k}`)));
  });

  it("the app refuses a changed shortcut that is no key combination, naming the field", async () => {
    const { app } = rig();
    await expect(app.updateSettings({ globalShortcut: "banana" })).rejects.toThrow(
      /^settings\.globalShortcut: /,
    );
    expect((await app.getSettings()).globalShortcut).toBe("CommandOrControl+Alt+J");
    await app.updateSettings({ globalShortcut: "CommandOrControl+Shift+K" });
    expect((await app.getSettings()).globalShortcut).toBe("CommandOrControl+Shift+K");
  });
});
