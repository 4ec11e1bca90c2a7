/**
 * A time of day as people type it, made "HH:mm": "9:00" and "9.00" are 09:00 (a Swede
 * writes 09.00), "930" is 09:30, "9" is 09:00. Anything that is not a time of day comes
 * back trimmed but otherwise unchanged, for the validator to refuse with the field named.
 *
 * @example normalizeHHmm("9:00") // "09:00"
 */
export function normalizeHHmm(text: string): string {
  const trimmed = text.trim();
  const match =
    /^(\d{1,2})[:.](\d{2})$/.exec(trimmed) ??
    /^(\d{1,2})()$/.exec(trimmed) ??
    /^(\d{1,2})(\d{2})$/.exec(trimmed);
  if (!match) return trimmed;
  const hour = Number(match[1]);
  const minute = match[2] === "" ? 0 : Number(match[2]);
  if (hour > 23 || minute > 59) return trimmed;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
