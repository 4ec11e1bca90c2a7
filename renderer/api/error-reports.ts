import type { AboutApi, ReportErrorInput } from "../../shared/about-api";
import { MAX_ERROR_MESSAGE_LENGTH, MAX_ERROR_STACK_LENGTH } from "../../shared/about-api";

/** An error of the window as the contract carries it (clipped to the contract's bounds). */
export function errorReport(source: ReportErrorInput["source"], error: unknown): ReportErrorInput {
  const message = (
    error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  ).slice(0, MAX_ERROR_MESSAGE_LENGTH);
  const stack = error instanceof Error ? error.stack?.slice(0, MAX_ERROR_STACK_LENGTH) : undefined;
  return stack ? { source, message, stack } : { source, message };
}

/** Hands an error to the host's log; a report that fails is dropped (never reported again). */
export function reportWindowError(
  api: Pick<AboutApi, "reportError">,
  source: ReportErrorInput["source"],
  error: unknown,
): void {
  api.reportError(errorReport(source, error)).catch(() => undefined);
}

/**
 * window.onerror and unhandled rejections go to the host's log (main rate-limits them).
 * Returns the function that stops it.
 */
export function forwardWindowErrors(
  api: Pick<AboutApi, "reportError">,
  target: Pick<Window, "addEventListener" | "removeEventListener">,
): () => void {
  const onError = (event: ErrorEvent) =>
    reportWindowError(api, "error", event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) =>
    reportWindowError(api, "rejection", event.reason);
  target.addEventListener("error", onError);
  target.addEventListener("unhandledrejection", onRejection);
  return () => {
    target.removeEventListener("error", onError);
    target.removeEventListener("unhandledrejection", onRejection);
  };
}
