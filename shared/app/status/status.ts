// status/: what the tray and Now show at a glance, and the change events the window follows.
import { weekHeld } from "../weeks/held-weeks";
import { nextHeldLine } from "../weeks/held-year";
import type { Incident, JourData } from "../data/document";
import { localMidnight, localParts } from "../../domain/local-time";
import type { AppSettings } from "../settings/settings";
import { createSpanMemo } from "../data/span-memo";
import { pendingDeadlines } from "../incidents/deadlines";
import { openIncidents } from "../data/derived";
import { formatDayRange, formatHoursText, formatMoment, formatSek } from "../texts/format";
import { allWork } from "../incidents/intervals";
import { restAdvice } from "../rest/rest";
import { textsFor } from "../texts/texts";
import { liveSession } from "../incidents/live-session";
import { payView } from "../weeks/week";
import { weekInfo } from "../weeks/week-info";
import type { DeadlineView } from "../incidents/incident-views";
import type { PayView, WeekInfo } from "../weeks/week-views";
import type { StatusView, TrayLook } from "./status-views";
import { heldPay } from "../weeks/whose-week";
import { timerView } from "../incidents/timer-view";

/** What the tray and the Now view show at a glance (PRODUCT §1). */

/**
 * The views change only when the clock passes a deadline or its lead (soon, passed) or a
 * local midnight (the label names the day unless it is today): kept until then.
 */
const keptDeadlines = createSpanMemo<[readonly Incident[], AppSettings], DeadlineView[]>();

/** The next pending deadline of each open incident, soonest first. */
export function deadlineViews(data: JourData, now: number): DeadlineView[] {
  const { settings } = data;
  const open = openIncidents(data.incidents);
  const kept = keptDeadlines.get([open, settings], now);
  if (kept) return kept;
  const views = deadlineViewsOf(open, settings, now);
  const zone = settings.rules.timeZone;
  const today = localParts(now, zone);
  let until = localMidnight(today.year, today.month, today.day + 1, zone);
  const leadMs = longestLeadMs(settings);
  for (const view of views) {
    for (const flip of [view.deadline - leadMs, view.deadline]) {
      if (flip > now && flip < until) until = flip;
    }
  }
  return keptDeadlines.keep([open, settings], now, until, views);
}

const longestLeadMs = (settings: AppSettings): number =>
  Math.max(0, ...settings.alertLeadMinutes) * 60_000;

function deadlineViewsOf(
  incidents: readonly Incident[],
  settings: AppSettings,
  now: number,
): DeadlineView[] {
  const t = textsFor(settings.language);
  const leadMs = longestLeadMs(settings);
  const views: DeadlineView[] = [];
  for (const incident of incidents) {
    const next = pendingDeadlines(incident, settings).sort((a, b) => a.deadline - b.deadline)[0];
    if (!next) continue;
    const when = formatMoment(next.deadline, now, settings.rules.timeZone, settings.language);
    views.push({
      incidentId: incident.id,
      kind: next.kind,
      priority: next.priority,
      deadline: next.deadline,
      soon: now >= next.deadline - leadMs,
      passed: now >= next.deadline,
      label: t.dueBy(next.priority, next.kind, when),
    });
  }
  return views.sort((a, b) => a.deadline - b.deadline);
}

/** Without a running session the week's pay is that of the stored work: kept per version. */
const keptPay = createSpanMemo<[readonly Incident[], AppSettings, number], PayView>();

function weekPayNow(data: JourData, now: number, week: WeekInfo): PayView {
  const { settings } = data;
  if (liveSession(data, now)) return payView(now, allWork(data, now, week), settings);
  const inputs: [readonly Incident[], AppSettings, number] = [data.incidents, settings, week.start];
  return (
    keptPay.get(inputs, now) ??
    keptPay.keep(inputs, now, week.end, payView(now, allWork(data, now, week), settings))
  );
}

export function statusView(data: JourData, now: number): StatusView {
  const { settings } = data;
  const t = textsFor(settings.language);
  const week = weekInfo(now, settings);
  const onDuty = weekHeld(data, week);
  const pay = heldPay(weekPayNow(data, now, week), onDuty);
  const timer = timerView(data, now);
  const deadlines = deadlineViews(data, now);
  const alarm = deadlines.find((d) => d.soon);
  const look: TrayLook = alarm
    ? "alarm"
    : timer?.status === "running"
      ? "running"
      : onDuty
        ? "on"
        : "off";
  const tooltip =
    look === "alarm" && alarm
      ? `${t.look.alarm}: ${alarm.label}`
      : timer?.status === "paused" && look !== "running"
        ? t.look.paused
        : t.look[look];
  const hours = pay.hours[1] + pay.hours[2] + pay.hours[3];
  const range = formatDayRange(week.start, week.end, settings.rules.timeZone, settings.language);
  // Not held: no allowance to show, only the hours worked (DOMAIN §4 "Whose week").
  const statusLine = onDuty
    ? [
        `Jour ${week.label}`,
        range,
        `${formatSek(pay.allowanceSek)}${week.storhelg ? ` (${t.storhelg})` : ""} + ${formatHoursText(hours)}`,
      ].join(" · ")
    : [week.label, range, t.whoseWeek.notHeld, ...(hours > 0 ? [formatHoursText(hours)] : [])].join(
        " · ",
      );
  const rest = settings.rest.showOnNow ? restAdvice(data, now) : null;
  const next = nextHeldLine(data, now);
  return {
    now,
    look,
    tooltip,
    statusLine,
    onDuty,
    week,
    pay,
    timer,
    deadlines,
    rest,
    nextHeldWeek: next?.week ?? null,
    nextHeldLine: next?.line ?? null,
  };
}
