import path from "node:path";
import logger from "electron-log/node";

/** The shell's log: one line a call, at its level, in the OS's log folder and on the console. */
export interface ShellLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** The folder of the log file (Electron's `logs` path: ~/Library/Logs/Jour on macOS). */
  readonly folder: string;
}

/** A log file is kept at most this big; beyond it the file becomes main.old.log. */
export const MAX_LOG_BYTES = 1024 * 1024;
export const LOG_FILE = "main.log";

/**
 * electron-log's Node logger writing to Electron's log folder. Its `electron-log/main` entry
 * is not used: it registers IPC channels of its own on import, and the window reaches main
 * only through the contract (renderer errors come in as `reportError`). The file keeps every
 * level from info up (rotated at MAX_LOG_BYTES, one old file kept); the console, as before,
 * shows warnings and errors as "[jour] …".
 */
export function openShellLog(app: { getPath(name: "logs"): string }): ShellLog {
  const folder = app.getPath("logs");
  const file = path.join(folder, LOG_FILE);
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = MAX_LOG_BYTES;
  logger.transports.file.level = "info";
  logger.transports.console.level = "warn";
  logger.transports.console.format = "[jour] {text}";
  return {
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message) => logger.error(message),
    folder,
  };
}
