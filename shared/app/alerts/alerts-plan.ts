import type { Priority } from "../../index";
import type { Incident } from "../data/document";
import { pendingDeadlines, type PendingDeadline } from "../incidents/deadlines";
import type { AppSettings } from "../settings/settings";
import type { DeadlineKind } from "../texts/texts";
import { firedKey } from "../data/fired-alerts";

/**
 * Which SLA alerts are due now (PRODUCT §3, DOMAIN §5). Pure: computed from the stored
 * instants and the wall clock, never from a long-running timer, so it is right after a
 * sleep or a restart too.
 *
 * Each pending deadline has moments: one per lead time before it, and the deadline itself.
 * A moment is due once it has come and its key has not fired. When several are due at once
 * (the machine slept, the app was closed), only the latest fires, and its key `covers` the
 * earlier ones so they never fire afterwards. An alert more than a tick after its moment
 * is `late`.
 */

export interface PlannedAlert {
  /** Stable: incident, deadline kind, the deadline instant and the lead (0 = the deadline). */
  key: string;
  /** This key and those of earlier moments it replaces: record all as fired. */
  covers: string[];
  incidentId: string;
  priority: Priority;
  /** "lead": a warning before the deadline; "deadline": the deadline itself. */
  kind: "lead" | "deadline";
  deadlineKind: DeadlineKind;
  deadline: number;
  /** Minutes before the deadline; 0 for the deadline itself. */
  leadMinutes: number;
  /** When it was due. */
  moment: number;
  late: boolean;
}

export interface AlertPlanInput {
  incidents: readonly Incident[];
  settings: AppSettings;
  fired: ReadonlySet<string>;
  now: number;
  /** The checking interval: an alert more than this after its moment is late. */
  tickMs: number;
}

export function alertKey(
  incidentId: string,
  kind: DeadlineKind,
  deadline: number,
  lead: number,
): string {
  // The deadline instant is part of the key: a changed priority makes a new deadline with
  // its own alerts, while the old deadline's are no longer pending.
  return firedKey(incidentId, kind, deadline, lead);
}

/** The positive lead times of the settings, without repeats. */
const leadsOf = (settings: AppSettings): number[] =>
  [...new Set(settings.alertLeadMinutes)].filter((m) => m > 0);

/**
 * The moments of a pending deadline: one per lead before it and the deadline itself. Leads
 * that would fall before the clock started (a lead longer than the SLA) are dropped: a
 * warning "in 90 min" for a 60-minute deadline would be wrong.
 */
function momentsOf(
  pending: PendingDeadline,
  leads: readonly number[],
): { lead: number; at: number }[] {
  const { deadline, since } = pending;
  return [
    ...leads.map((lead) => ({ lead, at: deadline - lead * 60_000 })),
    { lead: 0, at: deadline },
  ].filter((m) => m.at >= since);
}

/**
 * The first alert moment of the incidents after `now` (Infinity if none). The plan only
 * changes when the clock passes a moment: an empty plan stays empty until then, for the
 * same incidents, settings and fired keys.
 */
export function nextAlertMoment(
  incidents: readonly Incident[],
  settings: AppSettings,
  now: number,
): number {
  const leads = leadsOf(settings);
  let next = Infinity;
  for (const incident of incidents) {
    for (const pending of pendingDeadlines(incident, settings)) {
      for (const { at } of momentsOf(pending, leads)) if (at > now && at < next) next = at;
    }
  }
  return next;
}

export function planAlerts(input: AlertPlanInput): PlannedAlert[] {
  const { settings, fired, now, tickMs } = input;
  const leads = leadsOf(settings);
  const planned: PlannedAlert[] = [];
  for (const incident of input.incidents) {
    if (incident.resolvedAt !== null) continue;
    for (const pending of pendingDeadlines(incident, settings)) {
      const { kind, deadline, priority } = pending;
      const come = momentsOf(pending, leads)
        .filter((m) => m.at <= now)
        .sort((a, b) => a.at - b.at)
        .map((m) => ({ ...m, key: alertKey(incident.id, kind, deadline, m.lead) }));
      // Only what came after the last alert sent counts (a lead time added later in the
      // settings does not fire after a nearer one already has).
      let lastFired = -1;
      come.forEach((m, i) => {
        if (fired.has(m.key)) lastFired = i;
      });
      const moments = come.slice(lastFired + 1);
      const latest = moments[moments.length - 1];
      if (!latest) continue;
      planned.push({
        key: latest.key,
        covers: moments.map((m) => m.key),
        incidentId: incident.id,
        priority,
        kind: latest.lead === 0 ? "deadline" : "lead",
        deadlineKind: kind,
        deadline,
        leadMinutes: latest.lead,
        moment: latest.at,
        late: now - latest.at > tickMs,
      });
    }
  }
  return planned.sort((a, b) => a.moment - b.moment);
}
