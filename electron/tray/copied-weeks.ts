import type { WeekInfo } from "../../shared/app/weeks/week-views";

/**
 * The weeks last copied from the tray with "all unreported weeks": until they are marked
 * reported (or another such copy replaces them), the tray offers to mark them in one click.
 */
export interface CopiedWeeks {
  set(weeks: readonly number[]): void;
  /** Those of `unreported` that were copied (still to mark), oldest first. */
  pending(unreported: readonly WeekInfo[]): WeekInfo[];
  clear(): void;
}

export function createCopiedWeeks(): CopiedWeeks {
  let copied: readonly number[] = [];
  return {
    set(weeks) {
      copied = [...weeks];
    },
    pending(unreported) {
      return unreported.filter((week) => copied.some((at) => at >= week.start && at < week.end));
    },
    clear() {
      copied = [];
    },
  };
}

/** "v. 46", "v. 46–48" (weeks in a row), "v. 44, v. 47". */
export function weeksLabel(weeks: readonly WeekInfo[]): string {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return "";
  if (weeks.length === 1) return first.label;
  const inARow = weeks.every((week, i) => i === 0 || week.start === weeks[i - 1]?.end);
  return inARow ? `${first.label}–${last.isoWeek}` : weeks.map((week) => week.label).join(", ");
}
