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
 * link, whose length is capped, so it is kept within `maxEncoded` URL-encoded characters
 * (what the link has left of its 2 000): every entry that fits is kept whole, the first that
 * does not is shortened with "…", and only entries really left out are counted in a last line.
 */

const SUMMARY_CHARS = 200;

/** One line: runs of white space (line breaks included) as one space. */
const flat = (text: string): string => text.replace(/\s+/g, " ").trim();

const cut = (text: string, max: number): string => {
  const line = flat(text);
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
};

const encodedLength = (lines: readonly string[]): number =>
  encodeURIComponent(lines.join("\n")).length;

/** `text`, or its beginning and "…", in at most `max` characters once URL-encoded. */
function fitEncoded(text: string, max: number): string {
  if (encodeURIComponent(text).length <= max) return text;
  const room = max - encodeURIComponent("…").length;
  let kept = "";
  let used = 0;
  for (const char of text) {
    used += encodeURIComponent(char).length;
    if (used > room) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
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

export function jiraDescription(data: JourData, incident: Incident, maxEncoded: number): string {
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
  const lineOf = (index: number) => {
    const entry = timeline[index] as (typeof timeline)[number];
    const stamped = `${stamp(entry.at)} `;
    return { stamped, whole: `${stamped}${flat(entry.text)}` };
  };
  const kept: string[] = [];
  while (kept.length < timeline.length) {
    const { whole } = lineOf(kept.length);
    if (encodedLength([...lines, ...kept, whole]) > maxEncoded) break;
    kept.push(whole);
  }
  // The first entry that does not fit is shortened with …, and the ones after it counted.
  // Cut to its time and a few letters it says nothing: then the entry before it is
  // shortened instead, to leave room for the count.
  for (let next = kept.length; next < timeline.length; next = kept.length) {
    const left = timeline.length - next - 1;
    const tail = left > 0 ? [texts.record.more(left)] : [];
    const { stamped, whole } = lineOf(next);
    const room = maxEncoded - encodedLength([...lines, ...kept, "", ...tail]);
    const shortened = fitEncoded(whole, room);
    if (shortened.length >= stamped.length + 8) {
      kept.push(shortened, ...tail);
      break;
    }
    if (kept.length === 0) {
      kept.push(texts.record.more(left + 1));
      break;
    }
    kept.pop();
  }
  return [...lines, ...kept].join("\n");
}
