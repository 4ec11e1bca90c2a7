import { formatHours } from "../../index";
import type { RecordedWork } from "../data/document";
import { formatSek } from "../texts/format";
import { weekLabel } from "../texts/format";
import type { WeekInfo } from "../weeks/week-views";
import type { RecordFigures } from "./report-record";
import type { RecordChange } from "./record-views";

/**
 * What changed in a reported week, and the correction text to paste into Jira. Like the
 * organizer text it is Swedish in both languages (the Jira is Swedish), hours with a decimal
 * comma and no trailing zeros, one line: "Rättelse v. 51: Taxa 1: +0,5h, Taxa 3: −1h".
 */

const TARIFFS = [1, 2, 3] as const;
const EPSILON = 1e-6;
const differ = (a: number, b: number) => Math.abs(a - b) > EPSILON;

export function recordChanges(before: RecordFigures, after: RecordFigures): RecordChange[] {
  const changes: RecordChange[] = [];
  if (before.onDuty !== after.onDuty) {
    changes.push({ kind: "held", before: before.onDuty, after: after.onDuty });
  } else if (differ(before.allowanceSek, after.allowanceSek)) {
    changes.push({ kind: "allowance", before: before.allowanceSek, after: after.allowanceSek });
  }
  for (const tariff of TARIFFS) {
    const [was, is] = [before.hours[tariff], after.hours[tariff]];
    if (differ(was, is)) changes.push({ kind: "hours", tariff, before: was, after: is });
  }
  for (const tariff of TARIFFS) {
    const paid = before.hours[tariff] > 0 || after.hours[tariff] > 0;
    const [was, is] = [before.rates[tariff], after.rates[tariff]];
    if (paid && differ(was, is)) changes.push({ kind: "rate", tariff, before: was, after: is });
  }
  return [...changes, ...workChanges(before.work, after.work)];
}

/** Incidents whose work in the week went, came or moved. */
function workChanges(before: readonly RecordedWork[], after: readonly RecordedWork[]) {
  const spansOf = (work: readonly RecordedWork[]) => {
    const spans = new Map<string, { summary: string; spans: string[] }>();
    for (const w of work) {
      const entry = spans.get(w.incidentId) ?? { summary: w.summary, spans: [] };
      entry.spans.push(`${w.start}-${w.end}`);
      spans.set(w.incidentId, entry);
    }
    return spans;
  };
  const [was, is] = [spansOf(before), spansOf(after)];
  const changes: RecordChange[] = [];
  for (const [incidentId, entry] of was) {
    const now = is.get(incidentId);
    if (!now) changes.push({ kind: "incident", change: "removed", incidentId, ...summary(entry) });
    else if (now.spans.join() !== entry.spans.join()) {
      changes.push({ kind: "incident", change: "edited", incidentId, ...summary(now) });
    }
  }
  for (const [incidentId, entry] of is) {
    if (!was.has(incidentId)) {
      changes.push({ kind: "incident", change: "added", incidentId, ...summary(entry) });
    }
  }
  return changes;
}

const summary = (entry: { summary: string }) => ({ summary: entry.summary });

/** "+0,5h", "−1h": a real minus sign. */
function signedHours(delta: number): string {
  return `${delta < 0 ? "−" : "+"}${formatHours(Math.abs(delta))}h`;
}

/** The correction text of a week, from its changes (null when none changes the figures). */
export function correctionText(week: WeekInfo, changes: readonly RecordChange[]): string | null {
  const parts: string[] = [];
  for (const change of changes) {
    if (change.kind === "held") parts.push(`${change.after ? "+" : "−"}1 x Jourvecka`);
    if (change.kind === "allowance") {
      parts.push(`Jourvecka: ${formatSek(change.after)} (var ${formatSek(change.before)})`);
    }
    if (change.kind === "hours") {
      parts.push(`Taxa ${change.tariff}: ${signedHours(change.after - change.before)}`);
    }
    if (change.kind === "rate") {
      parts.push(
        `Taxa ${change.tariff}: ${formatSek(change.after)}/h (var ${formatSek(change.before)}/h)`,
      );
    }
  }
  if (parts.length === 0) return null;
  return `Rättelse ${weekLabel(week.isoWeek, "sv")}: ${parts.join(", ")}`;
}
