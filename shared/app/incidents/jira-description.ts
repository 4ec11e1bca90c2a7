import type { Incident, JourData } from "../data/document";
import { responseDeadlineOf, rollbackDeadlineOf } from "./deadlines";
import { customerName } from "./incident-display";
import { localClock, localDate } from "../../domain/local-time";
import { milestoneField } from "./incidents";
import { rollbackOutcome, slaOutcome } from "./sla-outcome";
import { textsFor } from "../texts/texts";

/**
 * The description of an incident's Jira issue: who, how urgent, when, the SLA outcome, then
 * the timeline (notes and milestones) in time order. It travels inside Jira's create-issue
 * link, whose length is capped, so it is kept within `maxEncoded` URL-encoded characters:
 * long entries are cut and the entries that do not fit are counted in a last line.
 */

/** What the description may take of the link once encoded (the link's cap is 2 000). */
export const JIRA_DESCRIPTION_BUDGET = 1_000;
const ENTRY_CHARS = 140;
const SUMMARY_CHARS = 200;

const cut = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

const encodedLength = (lines: readonly string[]): number =>
  encodeURIComponent(lines.join("\n")).length;

/** `text` cut so that it takes at most `max` characters once URL-encoded. */
function fitEncoded(text: string, max: number): string {
  let fitted = text;
  while (fitted.length > 1 && encodeURIComponent(fitted).length > max) {
    fitted = `${[...fitted].slice(0, -2).join("")}…`;
  }
  return fitted;
}

/** The timeline's entries and milestones, oldest first, as [instant, text]. */
export function timelineLines(incident: Incident, language: JourData["settings"]["language"]) {
  const t = textsFor(language).record;
  const entries: { at: number; text: string }[] = [];
  if (incident.notes.trim() !== "") entries.push({ at: incident.reportedAt, text: incident.notes });
  for (const entry of incident.timeline) entries.push(entry);
  for (const [milestone, field] of Object.entries(milestoneField)) {
    const at = incident[field];
    if (at !== null) entries.push({ at, text: t[milestone as keyof typeof milestoneField] });
  }
  return entries.sort((a, b) => a.at - b.at);
}

export function jiraDescription(
  data: JourData,
  incident: Incident,
  maxEncoded = JIRA_DESCRIPTION_BUDGET,
): string {
  const { settings } = data;
  const texts = textsFor(settings.language);
  const t = texts.jiraDescription;
  const zone = settings.rules.timeZone;
  const stamp = (ms: number) => `${localDate(ms, zone)} ${localClock(ms, zone)}`;
  const lines = [
    `${t.customer}: ${customerName(data, incident) ?? "-"}`,
    `${t.priority}: P${incident.priority}`,
    `${t.reported}: ${stamp(incident.reportedAt)}`,
  ];
  // Only milestones reached are written: measured "as of the report", nothing is overdue.
  const sla = slaOutcome(incident, responseDeadlineOf(incident, settings), incident.reportedAt);
  if (sla.outcome === "met") lines.push(texts.record.slaMet);
  if (sla.outcome === "missed") lines.push(texts.record.slaMissed(sla.lateMinutes));
  const rollback = rollbackOutcome(
    incident,
    rollbackDeadlineOf(incident, settings),
    incident.reportedAt,
  );
  if (rollback.outcome === "met") lines.push(texts.record.rollbackMet);
  if (rollback.outcome === "missed") lines.push(texts.record.rollbackMissed(rollback.lateMinutes));
  // The summary takes at most half of what is left, so the timeline keeps room.
  const room = Math.floor((maxEncoded - encodedLength(lines)) / 2);
  if (incident.summary) lines.push("", fitEncoded(cut(incident.summary, SUMMARY_CHARS), room));

  const timeline = timelineLines(incident, settings.language);
  if (timeline.length === 0) return lines.join("\n");
  lines.push("", `${texts.record.timeline}:`);
  for (const [index, entry] of timeline.entries()) {
    const left = timeline.length - index - 1;
    // Room for this line, and for the "n more" line should a later one not fit.
    const tail = left > 0 ? [texts.record.more(left)] : [];
    const room = maxEncoded - encodedLength([...lines, "", ...tail]);
    const stamped = `${stamp(entry.at)} `;
    const line = fitEncoded(`${stamped}${cut(entry.text, ENTRY_CHARS)}`, room);
    // A line cut down to its time says nothing: count it with the rest instead.
    if (line.length < stamped.length + 8 || encodedLength([...lines, line, ...tail]) > maxEncoded) {
      lines.push(texts.record.more(left + 1));
      break;
    }
    lines.push(line);
  }
  return lines.join("\n");
}
