import os from "node:os";
import * as electron from "electron";
import { startJour } from "./start";

// The entry point of the main process (bundled to dist/electron/main.cjs).
startJour(electron, {
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
  homedir: os.homedir(),
}).catch((error: unknown) => {
  console.error("[jour] failed to start", error);
  electron.app.exit(1);
});
