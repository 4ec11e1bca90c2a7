import type { NoticeTexts } from "./notice-texts";

/** The parts of Electron's `app` the watch uses. */
export interface ProcessGoneDeps {
  app: { on(event: string, listener: (...args: never[]) => void): unknown };
  log: { warn(message: string): void; error(message: string): void };
  /** Tells the user (a notification), in the words of the current language. */
  tell: (title: (texts: NoticeTexts) => string, body: (texts: NoticeTexts) => string) => void;
}

interface GoneDetails {
  reason?: unknown;
  exitCode?: unknown;
  type?: unknown;
  name?: unknown;
  serviceName?: unknown;
}

/** Gone without anything wrong: logged, not told (a quit, the OS ending a helper). */
const QUIET_REASONS = new Set(["clean-exit", "killed"]);

const text = (value: unknown): string => (typeof value === "string" ? value : String(value));

/**
 * Crash dumps, kept locally in Electron's `crashDumps` folder and never uploaded. Started
 * first thing in main.ts, so a crash during the start has its dump too.
 */
export function startCrashDumps(
  crashReporter: { start(options: { uploadToServer: boolean }): void },
  log: { warn(message: string): void },
): void {
  try {
    crashReporter.start({ uploadToServer: false });
  } catch (error) {
    log.warn(`Crash reporter: ${String(error)}`);
  }
}

/** A window or helper process that went away is logged and, when it crashed, told. */
export function watchProcessGone({ app, log, tell }: ProcessGoneDeps): void {
  app.on("render-process-gone", (_event: never, _contents: never, details: never) => {
    const { reason, exitCode } = (details ?? {}) as GoneDetails;
    const why = text(reason ?? "unknown");
    log.error(`The window's renderer is gone: ${why} (exit code ${text(exitCode)})`);
    if (QUIET_REASONS.has(why)) return;
    tell(
      (t) => t.windowGoneTitle,
      (t) => t.windowGone(why),
    );
  });
  app.on("child-process-gone", (_event: never, details: never) => {
    const { reason, exitCode, type, name, serviceName } = (details ?? {}) as GoneDetails;
    const why = text(reason ?? "unknown");
    const what = text(name ?? serviceName ?? type ?? "process");
    log.error(
      `A child process is gone: ${what} (${text(type)}): ${why} (exit code ${text(exitCode)})`,
    );
    if (QUIET_REASONS.has(why)) return;
    tell(
      (t) => t.processGoneTitle,
      (t) => t.processGone(what, why),
    );
  });
}
