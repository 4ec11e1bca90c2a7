import { appSchemePrivileges } from "./window/app-protocol";
import { runJour } from "./run-jour";
import type { RunningJour } from "./run-jour";
import type { Electron, ProcessInfo } from "./runtime";

/**
 * The app's life: one instance (a second launch opens the first one's window), the app://
 * scheme registered before ready, then everything else once Electron is ready.
 * Resolves with the running app, or null when another instance already runs or the data
 * file needs a newer Jour (runJour has then told the user and quit).
 */
export async function startJour(
  electron: Electron,
  info: ProcessInfo,
): Promise<RunningJour | null> {
  const { app } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  electron.protocol.registerSchemesAsPrivileged([
    { scheme: appSchemePrivileges.scheme, privileges: { ...appSchemePrivileges.privileges } },
  ]);
  // A tray app: closing the window must not quit (the default when no window is left).
  app.on("window-all-closed", () => undefined);

  let running: RunningJour | null = null;
  app.on("second-instance", () => running?.openWindow({ view: "now" }));

  await app.whenReady();
  running = await runJour(electron, info);
  return running;
}
