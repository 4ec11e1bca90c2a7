import type { StatusView } from "../../shared/app/status/status-views";
import type { WeekRef } from "../../shared/app/reports/report-views";

/** The weeks to pick from, newest first, always including the current one. */
export function withCurrentWeek(list: readonly WeekRef[], status: StatusView): WeekRef[] {
  if (list.some((ref) => ref.week.start === status.week.start)) return [...list];
  const current: WeekRef = {
    week: status.week,
    onDuty: status.onDuty,
    reported: false,
    changed: false,
    incidentCount: 0,
    workedMs: 0,
  };
  return [current, ...list].sort((a, b) => b.week.start - a.week.start);
}
