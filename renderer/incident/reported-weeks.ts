import type { WeekRef } from "../../shared/app/reports/report-views";
import { useLoad } from "../api/api-context";

/**
 * The reported weeks that an incident's report time or work touches (issue #21): deleting or
 * editing it asks first, naming them, since it changes what was reported.
 */
export function reportedWeeksTouching(
  weeks: readonly WeekRef[],
  instants: readonly number[],
  spans: readonly { start: number; end: number }[],
): string[] {
  return weeks
    .filter(({ week, reported }) => {
      if (!reported) return false;
      if (instants.some((at) => at >= week.start && at < week.end)) return true;
      return spans.some((span) => span.start < week.end && span.end > week.start);
    })
    .sort((a, b) => a.week.start - b.week.start)
    .map(({ week }) => week.label);
}

/** "v. 50 och v. 51" / "w. 50 and w. 51". */
export function joinWeeks(labels: readonly string[], and: string): string {
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} ${and} ${labels[labels.length - 1]}`;
}

/**
 * The weeks listed, as the Week report lists them (reloaded on every change); `weeks` is null
 * until they first are: which are reported is unknown, so Delete and Save wait rather than
 * skip the question. `error` says why they could not be listed.
 */
export function useWeekRefs(): { weeks: readonly WeekRef[] | null; error: unknown } {
  const loaded = useLoad((api) => api.listWeeks(), "incident-weeks");
  return { weeks: loaded.data ?? null, error: loaded.error };
}
