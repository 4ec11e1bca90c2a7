import type { DocumentAccess } from "../data/document-access";
import { InputError, parseInput } from "../texts/errors";
import { heldIcsSchema, heldYearSchema, setRotationSchema } from "./held-inputs";
import type { HeldIcsInput, HeldYearInput, SetRotationInput } from "./held-inputs";
import type { HeldYearView, RotationView } from "./held-views";
import { setRotation } from "./held-weeks";
import { defaultIcsRange, heldWeeksIcs, heldYearView, isoWeekAt, rotationView } from "./held-year";
import { setOnDuty, setWeekChecklistItem, weekView } from "./week";
import {
  setOnDutySchema,
  weekAtSchema,
  weekChecklistItemSchema,
  weekOfSchema,
} from "./week-inputs";
import type {
  SetOnDutyInput,
  WeekAtInput,
  WeekChecklistItemInput,
  WeekOfInput,
} from "./week-inputs";
import type { WeekView } from "./week-views";
import { answerNotHeld } from "./whose-week";

/**
 * The on-call week (Now's week, its checklists, whose week it is) and My jour weeks: a year
 * of weeks, the rotation (swaps go through setOnDuty), a calendar.
 */
export interface WeekMethods {
  getWeek(input?: WeekAtInput): Promise<WeekView>;
  setOnDuty(input: SetOnDutyInput): Promise<WeekView>;
  /** "Is this your on-call week?" answered no: not held, and not asked again for it. */
  dismissHeldQuestion(input: WeekOfInput): Promise<WeekView>;
  setWeekChecklistItem(input: WeekChecklistItemInput): Promise<WeekView>;

  getHeldWeeks(input: HeldYearInput): Promise<HeldYearView>;
  /** Weeks already begun keep whether they were held. */
  setRotation(input: SetRotationInput): Promise<RotationView | null>;
  /** The held weeks as an iCalendar file (RFC 5545); the past and next 12 months by default. */
  exportHeldWeeksIcs(input?: HeldIcsInput): Promise<string>;
}

export function weekMethods({ read, change }: DocumentAccess): WeekMethods {
  return {
    getWeek: (raw) =>
      read((data, now) => weekView(data, parseInput(weekAtSchema, raw)?.week ?? now, now)),
    setOnDuty: (raw) =>
      change((data, now) => {
        const input = parseInput(setOnDutySchema, raw);
        const next = setOnDuty(data, input.week, input.onDuty);
        return { data: next, result: weekView(next, input.week, now) };
      }),
    dismissHeldQuestion: (raw) =>
      change((data, now) => {
        const { week } = parseInput(weekOfSchema, raw);
        const next = answerNotHeld(data, week);
        return { data: next, result: weekView(next, week, now) };
      }),
    setWeekChecklistItem: (raw) =>
      change((data, now) => {
        const input = parseInput(weekChecklistItemSchema, raw);
        const next = setWeekChecklistItem(data, input.week, input.itemId, input.done);
        return { data: next, result: weekView(next, input.week, now) };
      }),

    getHeldWeeks: (raw) =>
      read((data, now) => heldYearView(data, parseInput(heldYearSchema, raw).year, now)),
    setRotation: (raw) =>
      change((data, now) => {
        const input = parseInput(setRotationSchema, raw).rotation;
        let rotation = null;
        if (input) {
          const week = isoWeekAt(input.fromYear, input.fromIsoWeek, data.settings);
          if (!week) {
            throw InputError.of(
              "rotation.fromIsoWeek",
              `${input.fromYear} has no week ${input.fromIsoWeek}`,
            );
          }
          rotation = { everyWeeks: input.everyWeeks, fromWeek: week.start };
        }
        const next = setRotation(data, rotation, now);
        return { data: next, result: rotationView(next) };
      }),
    exportHeldWeeksIcs: (raw) =>
      read((data, now) =>
        heldWeeksIcs(data, parseInput(heldIcsSchema, raw) ?? defaultIcsRange(now), now),
      ),
  };
}
