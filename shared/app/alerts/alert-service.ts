// alerts/: what Jour says unasked: SLA alerts, handover reminders, the timer watch and its clock.
import type { Incident, JourData } from "../data/document";
import type { AppSettings } from "../settings/settings";
import { firedSet, openIncidents } from "../data/derived";
import { formatMoment, formatSpanText } from "../texts/format";
import { customerName } from "../incidents/incident-display";
import { nextAlertMoment, planAlerts, type PlannedAlert } from "./alerts-plan";
import { createSpanMemo } from "../data/span-memo";
import { restAlert } from "../rest/rest";
import type { Clock, DesktopNotification, NotifierPort } from "../ports";
import type { DocumentStore } from "../data/store";
import { textsFor } from "../texts/texts";

/**
 * Runs the alert planner: the shell calls `check()` on a short interval, at start and on
 * wake. What fires is recorded in the document, so a restart repeats nothing.
 */
export interface AlertService {
  /** Sends the alerts due now and returns them (empty on most ticks: nothing is written). */
  check(): Promise<PlannedAlert[]>;
}

/** The default checking interval the shell is expected to use. */
export const DEFAULT_TICK_MS = 15_000;

export function createAlertService(deps: {
  store: DocumentStore;
  clock: Clock;
  notifier: NotifierPort;
  tickMs?: number;
}): AlertService {
  const { store, clock, notifier } = deps;
  const tickMs = deps.tickMs ?? DEFAULT_TICK_MS;
  // An empty plan stays empty until the next alert moment (nextAlertMoment).
  const quiet = createSpanMemo<
    readonly [readonly Incident[], AppSettings, readonly string[]],
    true
  >();
  return {
    async check() {
      const data = store.read();
      const now = clock.now();
      // Kept per version of the document: a tick reads what is open, not the history.
      const incidents = openIncidents(data.incidents);
      const inputs = [incidents, data.settings, data.firedAlerts] as const;
      let alerts: PlannedAlert[] = [];
      if (!quiet.get(inputs, now)) {
        alerts = planAlerts({
          incidents,
          settings: data.settings,
          fired: firedSet(data.firedAlerts),
          now,
          tickMs,
        });
        if (alerts.length === 0) {
          quiet.keep(inputs, now, nextAlertMoment(incidents, data.settings, now), true);
        }
      }
      const rest = restAlert(data, now);
      if (alerts.length === 0 && !rest) return [];
      // Recorded in memory before anything is awaited, so a second check running at the
      // same moment (tick and wake together) cannot send them again.
      const covered = alerts.flatMap((alert) => alert.covers);
      if (rest) covered.push(rest.key);
      const saved = store.write({ ...data, firedAlerts: [...data.firedAlerts, ...covered] });
      if (rest) {
        try {
          notifier.notify(rest.notification);
        } catch {
          // Shown on the Now view as well.
        }
      }
      for (const alert of alerts) {
        try {
          notifier.notify(alertNotification(alert, data, now));
        } catch {
          // One failing desktop notification must not hold back the others; the alarm
          // still shows in the tray and on the Now view.
        }
      }
      await saved;
      return alerts;
    },
  };
}

/** The notification text of an alert, in the language setting. */
export function alertNotification(
  alert: PlannedAlert,
  data: JourData,
  now: number,
): DesktopNotification {
  const { settings } = data;
  const t = textsFor(settings.language);
  const incident = data.incidents.find((i) => i.id === alert.incidentId);
  const customer = (incident && customerName(data, incident)) ?? t.unknownCustomer;
  const summary = incident?.summary || t.untitledIncident;
  const zone = settings.rules.timeZone;
  if (alert.kind === "lead") {
    return {
      title: t.dueBy(
        alert.priority,
        alert.deadlineKind,
        formatMoment(alert.deadline, now, zone, settings.language),
      ),
      body: `${customer} · ${summary} · ${t.inTime(formatSpanText(alert.deadline - now, settings.language))}`,
      urgent: false,
      incidentId: alert.incidentId,
    };
  }
  return {
    title: alert.late
      ? t.passedAgo(alert.priority, alert.deadlineKind, now - alert.deadline)
      : t.passed(alert.priority, alert.deadlineKind),
    body: `${customer} · ${summary}`,
    urgent: true,
    incidentId: alert.incidentId,
  };
}
