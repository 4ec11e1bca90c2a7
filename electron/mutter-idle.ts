/**
 * GNOME Mutter's idle time over the session D-Bus (`org.gnome.Mutter.IdleMonitor`), for
 * Wayland sessions where powerMonitor's idle time is always 0 (electron/electron#34826).
 * It spawns `gdbus` (libglib2.0-bin, on every GNOME desktop) rather than bundling a D-Bus
 * client: one method call per tick while a timer runs, no native module, no dependency.
 */

/** The part of child_process.execFile this uses (injected: the tests use a private bus). */
export type ExecFile = (
  file: string,
  args: readonly string[],
  options: { timeout: number; env: Record<string, string | undefined> },
  callback: (error: Error | null, stdout: string) => void,
) => unknown;

export const MUTTER_IDLE_CALL = [
  "call",
  "--session",
  "--dest",
  "org.gnome.Mutter.IdleMonitor",
  "--object-path",
  "/org/gnome/Mutter/IdleMonitor/Core",
  "--method",
  "org.gnome.Mutter.IdleMonitor.GetIdletime",
] as const;

/** gdbus prints the reply as a GVariant tuple: "(uint64 12345,)". */
export function parseIdletime(stdout: string): number {
  const match = /^\(uint64 (\d+),\)$/.exec(stdout.trim());
  if (!match?.[1]) throw new Error(`unexpected reply from GetIdletime: ${stdout.trim()}`);
  return Number(match[1]);
}

/** Asks Mutter how long (ms) the session has had no input. Rejects when it cannot say. */
export function mutterIdleTime(deps: {
  execFile: ExecFile;
  env: Record<string, string | undefined>;
  timeoutMs?: number;
}): () => Promise<number> {
  return () =>
    new Promise((resolve, reject) => {
      deps.execFile(
        "gdbus",
        MUTTER_IDLE_CALL,
        { timeout: deps.timeoutMs ?? 2_000, env: deps.env },
        (error, stdout) => {
          if (error) {
            reject(error);
            return;
          }
          try {
            resolve(parseIdletime(stdout));
          } catch (parseError) {
            reject(parseError instanceof Error ? parseError : new Error(String(parseError)));
          }
        },
      );
    });
}
