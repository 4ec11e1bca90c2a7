import type { AppSettings } from "../../shared/app/settings/settings";

/** How a section changes the draft: SettingsForm's setter, given the change to make. */
export type UpdateDraft = (change: (draft: AppSettings) => AppSettings) => void;

/** "15, 5" → [15, 5]; null when any part is not a whole number. "" is no warnings. */
export function parseLeadMinutes(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (!parts.every((part) => /^\d+$/.test(part))) return null;
  return parts.map(Number);
}

/** The dotted path of the first number in a draft that is NaN (a field not yet a number). */
export function firstNaNPath(value: unknown, path = ""): string | null {
  if (typeof value === "number") return Number.isNaN(value) ? path : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = firstNaNPath(child, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/** The list with the items at `from` and `to` swapped (out-of-range moves change nothing). */
export function swap<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const a = copy[from];
  const b = copy[to];
  if (a === undefined || b === undefined) return copy;
  copy[from] = b;
  copy[to] = a;
  return copy;
}
