import type { IdleSource } from "../shared/app/ports";
import { powerIdleSource, type PowerMonitorLike } from "./timer-watch";

/** Failed D-Bus calls in a row after which Mutter is taken as absent (KDE, Sway, no gdbus). */
export const MUTTER_TRIES = 3;
/** A Mutter reading older than this (ms; the tick is 5 s) is not used: it may be stale. */
export const MUTTER_MAX_AGE_MS = 15_000;

/**
 * The desktop's idle time. On Linux powerMonitor's count is unusable on Wayland (always 0)
 * and may be on other sessions, so GNOME Mutter is asked too, as long as powerMonitor has
 * never shown a count above 0 (then it works: an X11 session) or the session is Wayland.
 * IdleSource is read synchronously on the tick: Mutter's answer is fetched in the
 * background and used on the next tick (at most one tick late).
 */
export function desktopIdleSource(deps: {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  powerMonitor: Pick<PowerMonitorLike, "getSystemIdleTime">;
  askMutter: () => Promise<number>;
  now: () => number;
  log: (message: string) => void;
}): IdleSource {
  const power = powerIdleSource(deps.powerMonitor);
  if (deps.platform !== "linux") return power;
  // XWayland's count sees only X clients' input: on Wayland only Mutter's count is right.
  const wayland = deps.env["XDG_SESSION_TYPE"] === "wayland";
  let powerWorks = false;
  let reading: { ms: number; at: number } | null = null;
  let asking = false;
  let failures = 0;
  let said = false;

  const ask = () => {
    if (asking) return;
    asking = true;
    deps
      .askMutter()
      .then((ms) => {
        reading = { ms, at: deps.now() };
        failures = 0;
        if (!said) deps.log("Idle time: from GNOME Mutter's IdleMonitor over D-Bus");
        said = true;
      })
      .catch((error: unknown) => {
        reading = null;
        failures += 1;
        if (failures === MUTTER_TRIES) {
          deps.log(`Idle time: GNOME Mutter does not answer (${String(error)}); powerMonitor only`);
        }
      })
      .finally(() => {
        asking = false;
      });
  };

  return {
    idleMs() {
      const ms = power.idleMs();
      if (ms > 0 && !wayland) powerWorks = true;
      if (powerWorks || failures >= MUTTER_TRIES) return ms;
      ask();
      const fresh = reading && deps.now() - reading.at <= MUTTER_MAX_AGE_MS ? reading.ms : null;
      if (fresh === null) return ms;
      return wayland ? fresh : Math.max(ms, fresh);
    },
  };
}
