const HOUR_MS = 3_600_000;

/**
 * The whole days and hours of a span (either sign) from 48 h on, which reads better in days
 * ("3 dagar 5 h"); null for a shorter span, which reads in hours and minutes. A module of
 * its own: the window's Now view uses it, and should not load the core's formatting with it.
 */
export function longSpanParts(ms: number): { days: number; hours: number } | null {
  const abs = Math.abs(ms);
  if (abs < 48 * HOUR_MS) return null;
  const days = Math.floor(abs / (24 * HOUR_MS));
  return { days, hours: Math.floor((abs - days * 24 * HOUR_MS) / HOUR_MS) };
}
