import { appSchemePrivileges } from "./window/app-protocol";
import { JOUR_SCHEME, linkInArgv } from "./deep-link/jour-link";
import { runJour } from "./run-jour";
import type { RunningJour } from "./run-jour";
import type { Electron, ProcessInfo } from "./runtime";

/**
 * The app's life: one instance (a second launch opens the first one's window, or follows
 * the jour:// link it was started with), the app:// scheme registered before ready, then
 * everything else once Electron is ready.
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
  // jour:// links (docs in the README): before the app runs they wait, a few at most.
  const waiting: string[] = [];
  const follow = (url: string) => {
    if (running) void running.followLink(url);
    else if (waiting.length < 5) waiting.push(url);
  };
  app.on("second-instance", (_event, argv) => {
    const link = linkInArgv(argv);
    if (link === null) running?.openWindow({ view: "now" });
    else follow(link);
  });
  // macOS hands links to the running app (or the one it starts) by this event.
  app.on("open-url", (event, url) => {
    event.preventDefault();
    follow(url);
  });
  const launchLink = linkInArgv(info.argv ?? []);
  if (launchLink !== null) follow(launchLink);
  // A dev build would register the bare Electron binary: only packaged builds do it (the
  // installers also declare the scheme: electron-builder.yml's protocols).
  if (app.isPackaged) app.setAsDefaultProtocolClient(JOUR_SCHEME);

  await app.whenReady();
  running = await runJour(electron, info);
  for (const url of waiting.splice(0)) follow(url);
  return running;
}
