import type { ReportErrorInput } from "../../shared/about-api";

export interface RendererErrorLogDeps {
  log: { error(message: string): void; warn(message: string): void };
  now: () => number;
  /** At most this many errors are logged per window of `windowMs`; the rest are counted. */
  limit?: number;
  windowMs?: number;
}

export const RENDERER_ERRORS_PER_MINUTE = 10;

/**
 * The window's errors into the shell's log, rate-limited: an error in a render loop or a
 * timer would otherwise write the disk full. What is dropped is counted and said once the
 * next window of time opens.
 */
export function createRendererErrorLog({
  log,
  now,
  limit = RENDERER_ERRORS_PER_MINUTE,
  windowMs = 60_000,
}: RendererErrorLogDeps): (input: ReportErrorInput) => void {
  let windowStart = -Infinity;
  let logged = 0;
  let dropped = 0;
  return ({ source, message, stack }) => {
    const at = now();
    if (at - windowStart >= windowMs) {
      if (dropped > 0) log.warn(`Window: ${dropped} more errors were not logged`);
      windowStart = at;
      logged = 0;
      dropped = 0;
    }
    if (logged >= limit) {
      dropped += 1;
      return;
    }
    logged += 1;
    // The stack already starts with the message; one line per error otherwise.
    const detail =
      stack && stack.includes(message) ? stack : [message, stack].filter(Boolean).join("\n");
    log.error(`Window error (${source}): ${detail}`);
  };
}
