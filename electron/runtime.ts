import type { ShellElectron } from "./shell-electron";

// What the main process is started with (main.ts → startJour → runJour), in a file of its
// own so that start.ts and run-jour.ts both import it and not each other.

/** The Electron module, as far as the shell uses it (shell-electron.ts). */
export type Electron = ShellElectron;

/** The facts of the running process the shell needs. */
export interface ProcessInfo {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  execPath: string;
  homedir: string;
  /** The launch's arguments: on Windows and Linux a jour:// link arrives as one. */
  argv?: readonly string[];
}
