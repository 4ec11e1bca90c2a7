import { firedSet } from "../data/derived";
import { createSpanMemo } from "../data/span-memo";
import type { JourData } from "../data/document";
import { formatSpanText } from "../texts/format";
import { weekHeld } from "../weeks/held-weeks";
import { weekRange } from "../weeks/held-year";
import type { Clock, DesktopNotification, NotifierPort } from "../ports";
import { unreportedWeeks } from "../reports/reports";
import type { DocumentStore } from "../data/store";
import { textsFor } from "../texts/texts";
import type { WeekInfo } from "../weeks/week-views";
import { weekInfo, weekMarked } from "../weeks/week-info";

/**
 * The handover reminders (PRODUCT §3): at the handover into a held week (forward the
 * phone), at its end (report it), and at start or wake while an ended held week is
 * unreported (at most once a day). Like the SLA alerts they are computed from the stored
 * weeks against the wall clock, recorded in `firedAlerts` once sent, and marked late when
 * their moment passed while the machine slept or the app was closed.
 */

export type ReminderKind = "weekStart" | "weekEnd" | "unreported";

export interface PlannedReminder {
  key: string;
  kind: ReminderKind;
  /** The week it is about (the oldest one for "unreported"). */
  weeks: WeekInfo[];
  moment: number;
  late: boolean;
}

const PREFIX = "reminder:";
const UNREPORTED = `${PREFIX}unreported:`;
const DAY_MS = 86_400_000;

export function reminderKey(kind: "weekStart" | "weekEnd", week: WeekInfo): string {
  return `${PREFIX}${kind}:${week.start}`;
}

export interface ReminderPlanInput {
  data: JourData;
  fired: ReadonlySet<string>;
  now: number;
  tickMs: number;
  /** The first check since the app started or the machine woke. */
  wake: boolean;
}

export function planReminders(input: ReminderPlanInput): PlannedReminder[] {
  const { data, fired, now, tickMs } = input;
  const on = data.settings.handoverReminders;
  const planned: PlannedReminder[] = [];
  const current = weekInfo(now, data.settings);
  const previous = weekInfo(current.start - 1, data.settings);
  const due = (kind: "weekStart" | "weekEnd", week: WeekInfo, moment: number) => {
    const key = reminderKey(kind, week);
    if (fired.has(key)) return;
    planned.push({ key, kind, weeks: [week], moment, late: now - moment > tickMs });
  };
  if (on.weekStart && weekHeld(data, current)) due("weekStart", current, current.start);
  const endDue =
    on.weekEnd && weekHeld(data, previous) && !weekMarked(data.reportedWeeks, previous);
  if (endDue) due("weekEnd", previous, previous.end);
  if (on.unreported && input.wake && !recentlyFired(fired, now)) {
    // The week whose end reminder goes out now is not told twice.
    const told = planned.find((p) => p.kind === "weekEnd")?.weeks[0]?.start;
    const ended = unreportedWeeks(data, now)
      .filter((ref) => ref.onDuty && ref.week.end <= now && ref.week.start !== told)
      .map((ref) => ref.week);
    if (ended.length > 0) {
      planned.push({
        key: `${UNREPORTED}${now}`,
        kind: "unreported",
        weeks: ended,
        moment: now,
        late: false,
      });
    }
  }
  return planned;
}

/** An unreported-weeks reminder within the last day. */
function recentlyFired(fired: ReadonlySet<string>, now: number): boolean {
  for (const key of fired) {
    if (!key.startsWith(UNREPORTED)) continue;
    const at = Number(key.slice(UNREPORTED.length));
    if (now - at < DAY_MS && at <= now) return true;
  }
  return false;
}

export function reminderNotification(
  reminder: PlannedReminder,
  data: JourData,
  now: number,
): DesktopNotification {
  const { settings } = data;
  const t = textsFor(settings.language).rotation;
  const late = reminder.late
    ? ` ${t.late(formatSpanText(now - reminder.moment, settings.language))}`
    : "";
  const week = reminder.weeks[0];
  const report = { kind: "view", view: "report" } as const;
  switch (reminder.kind) {
    case "weekStart": {
      const portal = settings.links.callForwardingPortal;
      return {
        title: t.weekStart.title,
        body: `${t.weekStart.body(week ? `${week.label}, ${weekRange(week, settings)}` : "", portal !== "")}${late}`,
        urgent: false,
        ...(portal === "" ? {} : { target: { kind: "url", url: portal } }),
      };
    }
    case "weekEnd":
      return {
        title: t.weekEnd.title,
        body: `${t.weekEnd.body(week?.label ?? "")}${late}`,
        urgent: false,
        target: report,
      };
    case "unreported":
      return {
        title: t.unreported.title,
        body: t.unreported.body(listed(reminder.weeks.map((w) => w.label))),
        urgent: false,
        target: report,
      };
  }
}

/** "v. 40, v. 42, …, v. 48": a notification has room for a few. */
function listed(labels: readonly string[]): string {
  if (labels.length <= 4) return labels.join(", ");
  return [...labels.slice(0, 2), "…", ...labels.slice(-2)].join(", ");
}

export interface ReminderService {
  check(): Promise<PlannedReminder[]>;
}

/**
 * Runs the plan on each alert check. A check more than a few ticks after the last one (or
 * the first) is a start or a wake: only then may the unreported reminder go out.
 */
export function createReminderService(deps: {
  store: DocumentStore;
  clock: Clock;
  notifier: NotifierPort;
  tickMs: number;
}): ReminderService {
  let lastCheck: number | null = null;
  const quiet = createSpanMemo<[JourData], true>();
  return {
    async check() {
      const data = deps.store.read();
      const now = deps.clock.now();
      const wake = lastCheck === null || now - lastCheck > 3 * deps.tickMs || now < lastCheck;
      lastCheck = now;
      // Between wakes the plan depends on the document and the week alone: once empty, it
      // stays empty until the handover, unless the document changes.
      if (!wake && quiet.get([data], now)) return [];
      // Kept per version of the list: a tick does not copy ten years of fired keys.
      const fired = firedSet(data.firedAlerts);
      const reminders = planReminders({ data, fired, now, tickMs: deps.tickMs, wake });
      if (reminders.length === 0) {
        quiet.keep([data], now, weekInfo(now, data.settings).end, true);
        return [];
      }
      // An unreported reminder replaces the last one's key: the list does not grow daily.
      const replacing = reminders.some((r) => r.kind === "unreported");
      const kept = replacing
        ? data.firedAlerts.filter((k) => !k.startsWith(UNREPORTED))
        : data.firedAlerts;
      const saved = deps.store.write({
        ...data,
        firedAlerts: [...kept, ...reminders.map((r) => r.key)],
      });
      for (const reminder of reminders) {
        try {
          deps.notifier.notify(reminderNotification(reminder, data, now));
        } catch {
          // As with the SLA alerts: one failing notification does not hold back the rest.
        }
      }
      await saved;
      return reminders;
    },
  };
}
