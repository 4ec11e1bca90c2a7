import type { StatusView } from "../../../shared/app/status/status-views";
import type { WeekInfo } from "../../../shared/app/weeks/week-views";
import type { TrayState } from "../../../electron/tray/menu";

// Week 48 of 2025: Sunday 23 November 12:00 to Sunday 30 November 12:00 (Stockholm).
const weekStart = Date.UTC(2025, 10, 23, 11);
const weekMs = 7 * 24 * 3_600_000;

export function weekInfo(offset = 0, storhelg = false): WeekInfo {
  return {
    start: weekStart + offset * weekMs,
    end: weekStart + (offset + 1) * weekMs,
    isoYear: 2025,
    isoWeek: 48 + offset,
    storhelg,
    allowanceSek: 4500,
    label: `v. ${48 + offset}`,
  };
}

export function status(overrides: Partial<StatusView> = {}): StatusView {
  return {
    now: weekStart + 3_600_000,
    look: "off",
    tooltip: "Jour – inte i tjänst",
    statusLine: "Jour v. 48 · 23–30 nov · 4 500 kr + 2,5 h",
    onDuty: false,
    week: weekInfo(),
    pay: {
      inForce: {
        allowance: { weeklySek: 4500, storhelgSupplement: 0.5 },
        rates: { 1: 200, 2: 400, 3: 600 },
      },
      hours: { 1: 2.5, 2: 0, 3: 0 },
      allowanceSek: 4500,
      tariffSek: { 1: 500, 2: 0, 3: 0 },
      totalSek: 5000,
    },
    timer: null,
    deadlines: [],
    rest: null,
    nextHeldWeek: null,
    nextHeldLine: null,
    ...overrides,
  };
}

export function trayState(overrides: Partial<TrayState> = {}): TrayState {
  return {
    status: status(),
    links: {
      callForwardingPortal: "https://portal.example.se",
      newRelic: "https://one.newrelic.com",
      jira: "https://agency.atlassian.net",
    },
    lastWeek: weekInfo(-1),
    unreported: [weekInfo(-2), weekInfo(-1)],
    ...overrides,
  };
}

/** The four looks of PRODUCT §1 as states. */
export const looks = {
  off: trayState(),
  on: trayState({ status: status({ look: "on", onDuty: true, tooltip: "Jour – i tjänst" }) }),
  running: trayState({
    status: status({
      look: "running",
      onDuty: true,
      tooltip: "Jour – incident pågår",
      timer: {
        incidentId: "7",
        status: "running",
        runningSince: weekStart,
        elapsedMs: (12 * 60 + 34) * 1000,
        sessionMs: (12 * 60 + 34) * 1000,
      },
      deadlines: [
        {
          incidentId: "7",
          kind: "response",
          priority: 1,
          deadline: weekStart + 3_600_000,
          soon: false,
          passed: false,
          label: "P1 svar senast 14:05",
        },
      ],
    }),
  }),
  alarm: trayState({
    status: status({
      look: "alarm",
      onDuty: true,
      tooltip: "Jour – deadline passerad",
      timer: {
        incidentId: "7",
        status: "paused",
        runningSince: null,
        elapsedMs: 3_723_000,
        sessionMs: 0,
      },
      deadlines: [
        {
          incidentId: "7",
          kind: "response",
          priority: 1,
          deadline: weekStart,
          soon: true,
          passed: true,
          label: "P1 svar senast 12:00",
        },
        {
          incidentId: "8",
          kind: "rollback",
          priority: 2,
          deadline: weekStart + 7_200_000,
          soon: false,
          passed: false,
          label: "P2 rollback senast 14:00",
        },
      ],
    }),
  }),
} satisfies Record<string, TrayState>;
