import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  applyStartAtLogin,
  autostartDesktopEntry,
  autostartDesktopFile,
} from "../../electron/autostart";
import { createShortcutBinding } from "../../electron/shortcut";

function autostartDeps(platform: NodeJS.Platform) {
  return {
    platform,
    setLoginItemSettings: vi.fn(),
    executable: "/opt/Jour/jour",
    configHome: "/home/ada/.config",
    writeFile: vi.fn(),
    removeFile: vi.fn(),
    makeDirectory: vi.fn(),
  };
}

describe("start at login", () => {
  it("uses login items on macOS and Windows", () => {
    for (const platform of ["darwin", "win32"] as const) {
      const deps = autostartDeps(platform);
      applyStartAtLogin(true, deps);
      applyStartAtLogin(false, deps);
      expect(deps.setLoginItemSettings.mock.calls).toEqual([
        [{ openAtLogin: true }],
        [{ openAtLogin: false }],
      ]);
      expect(deps.writeFile).not.toHaveBeenCalled();
    }
  });

  it("writes and removes an XDG autostart .desktop file on Linux", () => {
    const deps = autostartDeps("linux");
    const file = path.join("/home/ada/.config", "autostart", "jour.desktop");
    expect(autostartDesktopFile("/home/ada/.config")).toBe(file);
    applyStartAtLogin(true, deps);
    expect(deps.makeDirectory).toHaveBeenCalledWith(path.dirname(file));
    expect(deps.writeFile).toHaveBeenCalledWith(
      file,
      expect.stringContaining('Exec="/opt/Jour/jour"'),
    );
    applyStartAtLogin(false, deps);
    expect(deps.removeFile).toHaveBeenCalledWith(file);
    expect(deps.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it("quotes the executable as the Desktop Entry spec asks", () => {
    const entry = autostartDesktopEntry('/home/ada/Apps/Jour "x" $1.AppImage');
    expect(entry).toContain('Exec="/home/ada/Apps/Jour \\"x\\" \\$1.AppImage"');
    expect(entry.startsWith("[Desktop Entry]\nType=Application\n")).toBe(true);
  });
});

describe("the global shortcut", () => {
  it("registers the accelerator, swaps it on change and releases it", () => {
    const shortcut = { register: vi.fn(() => true), unregister: vi.fn() };
    const onPress = vi.fn();
    const binding = createShortcutBinding(shortcut, onPress, vi.fn());
    expect(binding.apply("CommandOrControl+Alt+J")).toBe(true);
    expect(binding.apply("CommandOrControl+Alt+J")).toBe(true);
    expect(shortcut.register).toHaveBeenCalledTimes(1);
    const [, callback] = shortcut.register.mock.calls[0] as unknown as [string, () => void];
    callback();
    expect(onPress).toHaveBeenCalledTimes(1);

    binding.apply("CommandOrControl+Alt+K");
    expect(shortcut.unregister).toHaveBeenCalledWith("CommandOrControl+Alt+J");
    binding.release();
    expect(shortcut.unregister).toHaveBeenLastCalledWith("CommandOrControl+Alt+K");
  });

  it("reports a taken or invalid accelerator instead of throwing", () => {
    const log = vi.fn();
    const taken = createShortcutBinding(
      { register: vi.fn(() => false), unregister: vi.fn() },
      vi.fn(),
      log,
    );
    expect(taken.apply("Alt+J")).toBe(false);
    const invalid = createShortcutBinding(
      {
        register: vi.fn(() => {
          throw new Error("conversion failure");
        }),
        unregister: vi.fn(),
      },
      vi.fn(),
      log,
    );
    expect(invalid.apply("Nonsense+++")).toBe(false);
    expect(log).toHaveBeenCalledTimes(2);
  });
});

describe("the global shortcut refused", () => {
  /** A desktop registry where `others` are held by other apps. */
  function desktop(others: string[]) {
    const held = new Set(others);
    const ours = new Set<string>();
    return {
      ours,
      register: vi.fn((accelerator: string) => {
        if (accelerator.includes("+++")) throw new Error("conversion failure");
        if (held.has(accelerator)) return false;
        held.add(accelerator);
        ours.add(accelerator);
        return true;
      }),
      unregister: vi.fn((accelerator: string) => {
        if (ours.delete(accelerator)) held.delete(accelerator);
      }),
    };
  }

  it("keeps the old one bound when the new one is taken or invalid, and says which", () => {
    const shortcuts = desktop(["Alt+T"]);
    const binding = createShortcutBinding(shortcuts, vi.fn(), vi.fn());
    expect(binding.bind("Alt+J")).toBeNull();
    expect(binding.bind("Alt+T")).toBe("taken");
    expect(binding.bind("Nonsense+++")).toBe("invalid");
    expect([...shortcuts.ours]).toEqual(["Alt+J"]);
    expect(binding.bound()).toBe("Alt+J");
    expect(binding.bind("Alt+K")).toBeNull();
    expect([...shortcuts.ours]).toEqual(["Alt+K"]);
  });

  it("takes the same keys spelled anew (held by itself) in place of the old spelling", () => {
    const shortcuts = desktop([]);
    // "Ctrl+J" and "Control+J" are one key combination to the desktop.
    const same = (a: string) => a.replace("Control", "Ctrl");
    shortcuts.register.mockImplementation((accelerator: string) => {
      if ([...shortcuts.ours].some((mine) => same(mine) === same(accelerator))) return false;
      shortcuts.ours.add(accelerator);
      return true;
    });
    const binding = createShortcutBinding(shortcuts, vi.fn(), vi.fn());
    binding.bind("Control+J");
    expect(binding.bind("Ctrl+J")).toBeNull();
    expect([...shortcuts.ours]).toEqual(["Ctrl+J"]);
  });
});
