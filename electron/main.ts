import os from "node:os";
import * as electron from "electron";
import { textsFor } from "../shared/app/texts/texts";
import { localeLanguage } from "./open-data";
import { startJour } from "./start";
import { startCrashDumps } from "./diagnostics/process-gone";
import { openShellLog } from "./diagnostics/shell-log";

// The entry point of the main process (bundled to dist/electron/main.cjs).
const shellLog = openShellLog(electron.app);
startCrashDumps(electron.crashReporter, shellLog);
startJour(electron, {
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
  homedir: os.homedir(),
  argv: process.argv,
}).catch((error: unknown) => {
  shellLog.error(
    `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  // A tray app that exits without a word looks like it never started: say why.
  try {
    const words = textsFor(localeLanguage(electron.app.getLocale())).storage;
    electron.dialog.showErrorBox(words.startFailedTitle, words.startFailed(String(error)));
  } catch {
    // Before ready, a dialog may not be possible: the log has it.
  }
  electron.app.exit(1);
});
