import { allocateId } from "../data/ids";
import { type Incident, type JourData, type TimelineEntry } from "../data/document";
import { InputError } from "../texts/errors";
import { findIncident, replaceIncident } from "./incidents";
import type {
  AddTimelineEntryInput,
  TimelineEntryRef,
  UpdateTimelineEntryInput,
} from "./incident-inputs";

/**
 * An incident's timeline: timestamped notes, stamped now when written, text and time
 * editable afterwards. An older incident's free-text `notes` moves into the timeline as its
 * first entry (at the report) the first time the timeline is written, so nothing is lost.
 */

function checkAt(incident: Incident, at: number, now: number): number {
  if (at > now) throw InputError.of("at", "is in the future");
  if (at < incident.reportedAt) throw InputError.of("at", "is before the incident was reported");
  return at;
}

function checkText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") throw InputError.of("text", "is empty");
  return trimmed;
}

const byTime = (a: TimelineEntry, b: TimelineEntry): number => a.at - b.at;

/** The incident with its old `notes` moved into the timeline (a fresh id), if it had any. */
function withNotesMoved(
  data: JourData,
  incident: Incident,
): { data: JourData; incident: Incident } {
  if (incident.notes.trim() === "") return { data, incident };
  const allocated = allocateId(data, "n");
  const entry = { id: allocated.id, at: incident.reportedAt, text: incident.notes.trim() };
  return {
    data: allocated.data,
    incident: { ...incident, notes: "", timeline: [entry, ...incident.timeline] },
  };
}

export function addTimelineEntry(
  data: JourData,
  input: AddTimelineEntryInput,
  now: number,
): { data: JourData; entryId: string } {
  const found = findIncident(data, input.id);
  const text = checkText(input.text);
  const at = checkAt(found, input.at ?? now, now);
  const moved = withNotesMoved(data, found);
  const allocated = allocateId(moved.data, "n");
  const timeline = [...moved.incident.timeline, { id: allocated.id, at, text }].sort(byTime);
  return {
    data: replaceIncident(allocated.data, { ...moved.incident, timeline }),
    entryId: allocated.id,
  };
}

function findEntry(incident: Incident, entryId: string): TimelineEntry {
  const entry = incident.timeline.find((e) => e.id === entryId);
  if (!entry) throw InputError.of("entryId", `no timeline entry ${entryId}`);
  return entry;
}

export function updateTimelineEntry(
  data: JourData,
  input: UpdateTimelineEntryInput,
  now: number,
): JourData {
  const incident = findIncident(data, input.id);
  const entry = findEntry(incident, input.entryId);
  const next: TimelineEntry = {
    ...entry,
    ...(input.text === undefined ? {} : { text: checkText(input.text) }),
    ...(input.at === undefined ? {} : { at: checkAt(incident, input.at, now) }),
  };
  const timeline = incident.timeline.map((e) => (e === entry ? next : e)).sort(byTime);
  return replaceIncident(data, { ...incident, timeline });
}

export function deleteTimelineEntry(data: JourData, input: TimelineEntryRef): JourData {
  const incident = findIncident(data, input.id);
  const entry = findEntry(incident, input.entryId);
  return replaceIncident(data, {
    ...incident,
    timeline: incident.timeline.filter((e) => e !== entry),
  });
}
