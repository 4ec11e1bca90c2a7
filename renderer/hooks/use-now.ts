import { useApi } from "../api/api-context";
import { useTick } from "./use-tick";

/**
 * The host's time, read again every `everyMs` while the window is visible: clocks tick here,
 * in the window, between the changes the host pushes (no request per second).
 */
export function useNow(everyMs = 1000): number {
  const { now } = useApi();
  useTick(everyMs);
  return now();
}
