import type { JourApi } from "../../shared/app/api";
import type { Language } from "../../shared/app/texts/language";
import type { WeekInfo } from "../../shared/app/weeks/week-views";
import type { CopiedWeeks } from "./copied-weeks";
import type { TrayState } from "./menu";

export interface TrayReading {
  state: TrayState;
  language: Language;
}

/**
 * Reads the tray's state from the app core. The status is read on every tick; settings and
 * the week lists only when something changed or a new week began, so an idle tick stays
 * one cheap call.
 */
export function createTrayStateReader(api: JourApi, copied?: CopiedWeeks) {
  let slow: { weekStart: number; language: Language; rest: Omit<TrayState, "status"> } | null =
    null;
  let stale = true;

  return {
    /** The next read fetches everything again. */
    invalidate(): void {
      stale = true;
    },
    async read(): Promise<TrayReading> {
      const status = await api.getStatus();
      if (stale || !slow || slow.weekStart !== status.week.start) {
        stale = false;
        const [settings, lastWeek, unreported, weeks] = await Promise.all([
          api.getSettings(),
          api.getWeek({ week: status.week.start - 1 }),
          api.listUnreportedWeeks(),
          api.listWeeks(),
        ]);
        const { callForwardingPortal, newRelic, jira } = settings.links;
        slow = {
          weekStart: status.week.start,
          language: settings.language,
          rest: {
            links: { callForwardingPortal, newRelic, jira },
            lastWeek: lastWeek.week,
            unreported: unreported.map((ref): WeekInfo => ref.week),
            toMark: copied?.pending(unreported.map((ref) => ref.week)) ?? [],
            // Newest first in the list: oldest first here, as the unreported weeks.
            changed: weeks
              .filter((ref) => ref.changed)
              .map((ref) => ref.week)
              .reverse(),
          },
        };
      }
      return { state: { status, ...slow.rest }, language: slow.language };
    },
  };
}

/**
 * The state with a running timer `sinceMs` further on: the tray counts the seconds between
 * the full reads of the tick and of every change, as the window's clocks do, instead of
 * asking the core for the whole status each second.
 */
export function timerAdvanced(state: TrayState, sinceMs: number): TrayState {
  const timer = state.status.timer;
  if (timer?.status !== "running" || sinceMs <= 0) return state;
  const advanced = {
    ...timer,
    elapsedMs: timer.elapsedMs + sinceMs,
    sessionMs: timer.sessionMs + sinceMs,
  };
  return { ...state, status: { ...state.status, timer: advanced } };
}
