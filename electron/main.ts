import os from "node:os";
import * as electron from "electron";
import { textsFor } from "../shared/app/texts/texts";
import { localeLanguage } from "./open-data";
import { startJour } from "./start";

// The entry point of the main process (bundled to dist/electron/main.cjs).
startJour(electron, {
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
  homedir: os.homedir(),
  argv: process.argv,
}).catch((error: unknown) => {
  console.error("[jour] failed to start", error);
  // A tray app that exits without a word looks like it never started: say why.
  try {
    const words = textsFor(localeLanguage(electron.app.getLocale())).storage;
    electron.dialog.showErrorBox(words.startFailedTitle, words.startFailed(String(error)));
  } catch {
    // Before ready, a dialog may not be possible: the console has it.
  }
  electron.app.exit(1);
});
