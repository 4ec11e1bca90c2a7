import type { JourData } from "../data/document";
import { formatDuration, formatMoment } from "../texts/format";
import { customerName } from "./incident-display";
import { findIncident } from "./incidents";
import { incidentSpans, unionMs } from "./intervals";
import { responseDeadlineOf } from "./deadlines";
import { textsFor } from "../texts/texts";
import type { ToggleResult } from "./incident-views";

/**
 * What the global shortcut did, in words: it works without a window, so it always says so
 * (a notification). Started: the response deadline. Stopped: the time worked, "00:12:34".
 */
export function toggleMessage(
  data: JourData,
  action: ToggleResult["action"],
  incidentId: string,
  now: number,
): ToggleResult {
  const { settings } = data;
  const t = textsFor(settings.language);
  const incident = findIncident(data, incidentId);
  const name = [customerName(data, incident), incident.summary].filter(Boolean).join(" · ");
  const elapsed = formatDuration(unionMs(incidentSpans(data, incident, now)));
  if (action === "started") {
    const deadline = responseDeadlineOf(incident, settings);
    const when = formatMoment(deadline, now, settings.rules.timeZone, settings.language);
    return {
      action,
      incidentId,
      title: t.timer.started,
      body: t.dueBy(incident.priority, "response", when),
    };
  }
  if (action === "stopped") {
    return {
      action,
      incidentId,
      title: t.timer.stopped(elapsed),
      body: name || t.untitledIncident,
    };
  }
  return {
    action,
    incidentId,
    title: t.timer.resumed,
    body: `${name || t.untitledIncident} · ${elapsed}`,
  };
}
