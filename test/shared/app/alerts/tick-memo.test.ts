import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planAlerts } from "../../../../shared/app/alerts/alerts-plan";
import { emptyJourData, type JourData } from "../../../../shared/app/data/document";
import { pendingDeadlines } from "../../../../shared/app/incidents/deadlines";
import { localMidnight, localParts } from "../../../../shared/domain/local-time";
import { planReminders } from "../../../../shared/app/alerts/held-reminders";
import { statusView } from "../../../../shared/app/status/status";
import { weekInfo } from "../../../../shared/app/weeks/week-info";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

/**
 * The tick keeps what it derived while nothing in it can change (span-memo.ts): an empty
 * alert or reminder plan, the deadline views, the week and its pay. These properties drive
 * the app as the shell does, with the clock moving on (and now and then set back), and
 * compare every result with the same thing computed afresh from a copy of the document,
 * which no memo has seen.
 */

const TICK = 5_000;
const fresh = (data: JourData): JourData => structuredClone(data);

type Step =
  | { kind: "call"; priority: 1 | 2 | 3; agoMin: number }
  | { kind: "respond" | "resolve" | "rollback"; pick: number }
  | { kind: "leads"; leads: number[] }
  | { kind: "timer"; pick: number }
  | { kind: "clock"; ms: number }
  | { kind: "hold"; weeksAhead: number }
  | { kind: "toMoment"; pick: number; before: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("call" as const),
      priority: fc.constantFrom(1 as const, 2 as const, 3 as const),
      agoMin: fc.integer({ min: 0, max: 600 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom("respond" as const, "resolve" as const, "rollback" as const),
      pick: fc.nat(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("leads" as const),
      leads: fc.uniqueArray(fc.integer({ min: 1, max: 120 }), { maxLength: 3 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("timer" as const), pick: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("hold" as const),
      weeksAhead: fc.integer({ min: 0, max: 1 }),
    }),
    weight: 1,
  },
  {
    // Just before something changes (an alert moment, a handover, a local midnight), so
    // that the ticks after it cross it: the kept plans and views must end there.
    arbitrary: fc.record({
      kind: fc.constant("toMoment" as const),
      pick: fc.nat(),
      before: fc.oneof(fc.constantFrom(0, 1, 2), fc.integer({ min: 0, max: TICK })),
    }),
    weight: 3,
  },
  {
    // Mostly ticks and minutes; sometimes hours or a day (past midnight, a handover), and
    // now and then the clock set back.
    arbitrary: fc.record({
      kind: fc.constant("clock" as const),
      ms: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 3 * TICK }), weight: 5 },
        { arbitrary: fc.constantFrom(1, 2, 500), weight: 2 },
        { arbitrary: fc.integer({ min: MINUTE, max: 3 * HOUR }), weight: 3 },
        { arbitrary: fc.integer({ min: HOUR, max: 30 * HOUR }), weight: 1 },
        { arbitrary: fc.integer({ min: -2 * HOUR, max: -1 }), weight: 1 },
      ),
    }),
    weight: 8,
  },
);

/** Starts: a Monday morning, a Sunday evening before a handover, the night of a DST change. */
const startArb = fc.constantFrom(
  MONDAY_10,
  Date.UTC(2025, 10, 30, 20, 30),
  Date.UTC(2026, 2, 28, 23, 0),
  Date.UTC(2026, 9, 24, 23, 30),
);

/**
 * Where what the tick shows or sends may change next: each pending deadline and its lead
 * times, the handover and the next local midnights. Found from the document afresh.
 */
function momentsAfter(data: JourData, now: number): number[] {
  const moments: number[] = [];
  for (const incident of data.incidents) {
    for (const pending of pendingDeadlines(incident, data.settings)) {
      moments.push(pending.deadline);
      for (const lead of data.settings.alertLeadMinutes)
        moments.push(pending.deadline - lead * MINUTE);
    }
  }
  const week = weekInfo(now, fresh(data).settings);
  moments.push(week.end);
  for (let day = 0; day < 3; day++) {
    const p = localParts(now, data.settings.rules.timeZone);
    moments.push(localMidnight(p.year, p.month, p.day + 1 + day, data.settings.rules.timeZone));
  }
  return moments.filter((m) => m > now).sort((a, b) => a - b);
}

/** The clock after a clock step (the others leave it). */
function moved(data: JourData, now: number, step: Step): number {
  if (step.kind === "clock") return now + step.ms;
  if (step.kind !== "toMoment") return now;
  const ahead = momentsAfter(data, now);
  const target = ahead[step.pick % Math.max(1, Math.min(ahead.length, 3))];
  return target === undefined ? now : Math.max(now, target - step.before);
}

async function perform(r: ReturnType<typeof rig>, step: Step): Promise<void> {
  const open = r.app.snapshot().incidents.filter((i) => i.resolvedAt === null);
  const chosen = (pick: number) => open[pick % Math.max(1, open.length)];
  switch (step.kind) {
    case "call":
      await r.app.createIncident({
        priority: step.priority,
        reportedAt: r.clock.now() - step.agoMin * MINUTE,
      });
      return;
    case "leads":
      await r.app.updateSettings({ alertLeadMinutes: step.leads });
      return;
    case "timer": {
      const incident = chosen(step.pick);
      if (incident) await r.app.startTimer({ id: incident.id });
      return;
    }
    case "clock":
    case "toMoment":
      r.clock.set(moved(r.app.snapshot(), r.clock.now(), step));
      return;
    case "hold":
      await r.app.setOnDuty({
        week: r.clock.now() + step.weeksAhead * 7 * 24 * HOUR,
        onDuty: true,
      });
      return;
    default: {
      const incident = chosen(step.pick);
      if (!incident) return;
      const mark = {
        respond: r.app.markResponded,
        resolve: r.app.markResolved,
        rollback: r.app.markRollbackRequested,
      }[step.kind];
      // A milestone out of order is refused (an InputError): the step is simply skipped.
      await mark({ id: incident.id }).catch(() => undefined);
    }
  }
}

describe("the tick's kept plans and views", () => {
  it("sends what a fresh plan of the same document sends, at every tick", async () => {
    await fc.assert(
      fc.asyncProperty(
        startArb,
        fc.array(stepArb, { minLength: 5, maxLength: 60 }),
        async (start, steps) => {
          const r = rig({ now: start, tickMs: TICK });
          let lastCheck: number | null = null;
          for (const step of steps) {
            await perform(r, step);
            const before = fresh(r.app.snapshot());
            const now = r.clock.now();
            const wake = lastCheck === null || now - lastCheck > 3 * TICK || now < lastCheck;
            lastCheck = now;
            const expected = planAlerts({
              incidents: before.incidents.filter((i) => i.resolvedAt === null),
              settings: before.settings,
              fired: new Set(before.firedAlerts),
              now,
              tickMs: TICK,
            });
            const reminders = planReminders({
              data: before,
              fired: new Set(before.firedAlerts),
              now,
              tickMs: TICK,
              wake,
            });
            const sentBefore = r.notifier.sent.length;
            const sent = await r.app.checkAlerts();
            expect(sent.map((a) => a.key)).toEqual(expected.map((a) => a.key));
            // Each planned reminder and alert is one notification (a rest alert may add one).
            const notified = r.notifier.sent.length - sentBefore;
            expect(notified - expected.length - reminders.length).toBeGreaterThanOrEqual(0);
            expect(notified - expected.length - reminders.length).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("shows the status a fresh read of the same document shows, at every instant", async () => {
    await fc.assert(
      fc.asyncProperty(
        startArb,
        fc.array(stepArb, { minLength: 3, maxLength: 25 }),
        fc.array(stepArb, { minLength: 1, maxLength: 60 }),
        async (start, steps, moves) => {
          const r = rig({ now: start, tickMs: TICK });
          for (const step of steps) await perform(r, step);
          const data = r.app.snapshot();
          const times: number[] = [];
          let now = r.clock.now();
          for (const move of moves) {
            const next = moved(data, now, move);
            if (next !== now) times.push((now = next));
          }
          // Computed afresh first (each from its own copy), then in one run over the same
          // document, as the tick reads it.
          const expected = times.map((at) => statusView(fresh(data), at));
          const weeks = times.map((at) => weekInfo(at, fresh(data).settings));
          times.forEach((at, i) => {
            expect(statusView(data, at)).toEqual(expected[i]);
            expect(weekInfo(at, data.settings)).toEqual(weeks[i]);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives the week of any instant, asked in any order around handovers", () => {
    const settings = emptyJourData().settings;
    const handover = weekInfo(MONDAY_10, fresh(emptyJourData()).settings).start;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -15 * 24 * HOUR, max: 15 * 24 * HOUR }), { maxLength: 30 }),
        fc.array(fc.integer({ min: -2, max: 2 }), { maxLength: 30 }),
        (offsets, nearHandover) => {
          const instants = [
            ...offsets.map((d) => handover + d),
            ...nearHandover.map((d) => handover + d),
          ];
          for (const at of instants) {
            expect(weekInfo(at, settings)).toEqual(weekInfo(at, structuredClone(settings)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
