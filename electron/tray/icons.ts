import path from "node:path";
import type { TrayLook } from "../../shared/app/status/status-views";

/**
 * The tray icon file of a look. macOS gets template images (black and alpha; the menu bar
 * tints them for light and dark); the others get colour. Each has an @2x sibling, which
 * Electron picks on high-DPI screens.
 */
export function trayIconPath(iconDir: string, look: TrayLook, platform: NodeJS.Platform): string {
  const suffix = platform === "darwin" ? "Template" : "";
  return path.join(iconDir, `tray-${look}${suffix}.png`);
}

export const trayLooks: readonly TrayLook[] = ["off", "on", "running", "alarm"];
