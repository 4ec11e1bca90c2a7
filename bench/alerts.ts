import { createJourApp, type JourApp } from "../shared/app/api";
import { planAlerts } from "../shared/app/alerts/alerts-plan";
import { emptyJourData, type Incident, type JourData } from "../shared/app/data/document";
import type { BenchResult } from "./measure";

const MINUTE = 60_000;
const NOW = Date.UTC(2025, 10, 24, 9, 0); // Monday 10:00 in Stockholm
const TICK_MS = 15_000;

/** 50 open incidents of all priorities, some with a rollback requested, plus resolved history. */
function document(resolved: number): JourData {
  const incidents: Incident[] = [];
  const incident = (i: number, reportedAt: number, open: boolean): Incident => ({
    id: `i-${i}`,
    reportedAt,
    priority: ((i % 3) + 1) as 1 | 2 | 3,
    customerId: null,
    summary: `Incident ${i}`,
    notes: "",
    jiraKey: null,
    respondedAt: null,
    rollbackRequestedAt: open && i % 4 === 0 ? reportedAt + 5 * MINUTE : null,
    rollbackStartedAt: null,
    resolvedAt: open ? null : reportedAt + 60 * MINUTE,
    work: [{ id: `w-${i}`, start: reportedAt, end: reportedAt + 30 * MINUTE }],
    checkedSteps: [],
    timeline: [],
  });
  for (let i = 0; i < resolved; i++)
    incidents.push(incident(i, NOW - (resolved - i) * 17 * 60 * MINUTE, false));
  for (let i = 0; i < 50; i++)
    incidents.push(incident(resolved + i, NOW - (i + 1) * 7 * MINUTE, true));
  return { ...emptyJourData(), incidents, nextId: resolved + 51 };
}

async function medianOf(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

function appOver(data: JourData): JourApp {
  return createJourApp({
    clock: { now: () => NOW },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
    initial: data,
    tickMs: TICK_MS,
  });
}

/**
 * One alert tick over 50 open incidents (PRODUCT §3: the tray ticks every few seconds):
 * the pure planner; a whole tick with nothing new due (the usual case, alone and among
 * 5 000 incidents of history); and a tick that sends and records every due alert.
 */
export async function benchAlertTick(runs = 51): Promise<BenchResult[]> {
  const open = document(0);
  const history = document(4950);
  const planOnly = await medianOf(runs, () =>
    planAlerts({
      incidents: open.incidents,
      settings: open.settings,
      fired: new Set(),
      now: NOW,
      tickMs: TICK_MS,
    }),
  );

  const idleApp = appOver(open);
  await idleApp.checkAlerts(); // everything due is now recorded: later ticks send nothing
  const idleTick = await medianOf(runs, () => idleApp.checkAlerts());

  const historyApp = appOver(history);
  await historyApp.checkAlerts();
  const historyTick = await medianOf(runs, () => historyApp.checkAlerts());

  // A fresh app per run (built outside the timing) so every run has all alerts due.
  const fresh = Array.from({ length: runs + 5 }, () => appOver(open));
  let next = 0;
  const firingTick = await medianOf(runs, async () => {
    const sent = await fresh[next++]?.checkAlerts();
    if (!sent || sent.length === 0) throw new Error("expected alerts to fire");
  });

  return [
    { name: "alerts: plan over 50 open incidents", medianMs: planOnly },
    { name: "alerts: tick, 50 open, nothing new due", medianMs: idleTick },
    { name: "alerts: tick, 50 open among 5 000, nothing new due", medianMs: historyTick },
    { name: "alerts: tick, 50 open, every due alert sent and recorded", medianMs: firingTick },
  ];
}
