import path from "node:path";

export interface AutostartDeps {
  platform: NodeJS.Platform;
  setLoginItemSettings: (settings: { openAtLogin: boolean; path?: string }) => void;
  /** The command that starts the app: the AppImage itself when run from one. */
  executable: string;
  /** ~/.config (XDG_CONFIG_HOME) on Linux. */
  configHome: string;
  writeFile: (file: string, text: string) => void;
  removeFile: (file: string) => void;
  makeDirectory: (directory: string) => void;
}

export function autostartDesktopFile(configHome: string): string {
  return path.join(configHome, "autostart", "jour.desktop");
}

/** The XDG autostart entry; Exec is quoted per the Desktop Entry spec. */
export function autostartDesktopEntry(executable: string): string {
  const quoted = `"${executable.replace(/(["`$\\])/g, "\\$1")}"`;
  return [
    "[Desktop Entry]",
    "Type=Application",
    "Name=Jour",
    "Comment=On-call tray app",
    `Exec=${quoted}`,
    "Terminal=false",
    "X-GNOME-Autostart-enabled=true",
    "",
  ].join("\n");
}

/**
 * Start at login: a login item on macOS and Windows (Electron's API), an XDG autostart
 * .desktop file on Linux, where Electron has none.
 */
export function applyStartAtLogin(enabled: boolean, deps: AutostartDeps): void {
  if (deps.platform === "linux") {
    const file = autostartDesktopFile(deps.configHome);
    if (enabled) {
      deps.makeDirectory(path.dirname(file));
      deps.writeFile(file, autostartDesktopEntry(deps.executable));
    } else {
      deps.removeFile(file);
    }
    return;
  }
  deps.setLoginItemSettings({ openAtLogin: enabled });
}
