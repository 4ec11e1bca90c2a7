// data/: the document and its safety: schema, check, ids, store, access, export, import, copies.
import * as v from "valibot";
import { MAX_ID_NUMBER, highestIdNumber, type IdNumbered } from "./ids";
import { JIRA_KEY } from "./jira-key";
import { reportRecordSchemaOf } from "./report-record";
import {
  appSettingsSchema,
  defaultAppSettings,
  optionalUrlSchema,
  prioritySchema,
} from "../settings/settings";

/**
 * The persisted document: everything Jour knows, one JSON value, instants as epoch ms.
 * `parseJourData` (checker.ts) is the only way in (from disk, an import, browser storage):
 * it migrates older schema versions (migrations.ts), then validates the whole document.
 */

/**
 * 2: the store keeps closed years in files of their own (docs/storage.md), and the optional
 * fields added since 1 are written: a Jour of version 1 must refuse such a file (its "newer
 * Jour" message) rather than open it and drop what it does not know.
 * 3: the settings keep the history of the rates (`settings.rateHistory`): a Jour of
 * version 2 would drop it and pay every past week with today's rates.
 */
export const CURRENT_SCHEMA_VERSION = 3;

/** The instants Jour accepts: far wider than any real use, far inside what a Date holds. */
export const MIN_INSTANT = Date.UTC(2000, 0, 1);
/** Exclusive. */
export const END_INSTANT = Date.UTC(2200, 0, 1);

/**
 * An instant (epoch ms) in the years 2000–2199. Bounded so that a typing mistake or a
 * hand-edited file (9e15) is refused with the field named, instead of making every date
 * computation over it throw a RangeError later.
 */
export const instantSchema = v.pipe(
  v.number("expected a time (epoch ms)"),
  v.integer("expected epoch ms"),
  v.minValue(MIN_INSTANT, "expected a time in the years 2000–2199"),
  v.ltValue(END_INSTANT, "expected a time in the years 2000–2199"),
);
const instant = instantSchema;
const nullableInstant = v.nullable(instant);
export const entityIdSchema = v.pipe(
  v.string(),
  v.regex(/^[\w-]{1,64}$/, "expected an id (1–64 letters, digits, - or _)"),
  // Its number counts against nextId: one past MAX_ID_NUMBER could never be stayed above.
  v.check(
    (id) => !/-\d{16,}$/.test(id),
    `expected an id (1–64 letters, digits, - or _) ending in a number of at most 15 digits`,
  ),
);

export const workIntervalSchema = v.pipe(
  v.object({ id: entityIdSchema, start: instant, end: instant }),
  v.forward(
    v.check((work) => work.end > work.start, "must be after start"),
    ["end"],
  ),
);

/** A Jira issue key such as "WEB-123". */
export const jiraKeySchema = v.pipe(
  v.string(),
  v.regex(JIRA_KEY, 'expected a Jira key like "WEB-123"'),
);

/**
 * The customer as it was when chosen for an incident: later edits or removal of the
 * customer in the settings change no past incident (its name, links, CSV, Jira text).
 */
export const customerSnapshotSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(200)),
  siteUrl: optionalUrlSchema,
  newRelicUrl: optionalUrlSchema,
  elmahUrl: optionalUrlSchema,
});
export type CustomerSnapshot = v.InferOutput<typeof customerSnapshotSchema>;
/** A timestamped note of an incident's timeline (stamped now, text and time editable). */
export const timelineEntrySchema = v.object({
  id: entityIdSchema,
  at: instant,
  text: v.pipe(v.string(), v.maxLength(2_000)),
});

export const incidentSchema = v.object({
  id: entityIdSchema,
  reportedAt: instant,
  priority: prioritySchema,
  customerId: v.nullable(entityIdSchema),
  /**
   * Absent or null: none chosen, or an incident from before snapshots (the live list then).
   * Left out rather than defaulted so that incidents written as literals stay valid.
   */
  customer: v.exactOptional(v.nullable(customerSnapshotSchema)),
  summary: v.pipe(v.string(), v.maxLength(500)),
  notes: v.pipe(v.string(), v.maxLength(20_000)),
  jiraKey: v.nullable(jiraKeySchema),
  respondedAt: nullableInstant,
  rollbackRequestedAt: nullableInstant,
  rollbackStartedAt: nullableInstant,
  resolvedAt: nullableInstant,
  work: v.array(workIntervalSchema),
  /** Ids of the runbook steps ticked off. */
  checkedSteps: v.array(entityIdSchema),
  /** Timestamped notes (older files have only `notes`, shown as the first entry). */
  timeline: v.optional(v.array(timelineEntrySchema), []),
});

/** The one incident timer; `runningSince` null while paused. */
export const timerSchema = v.object({
  incidentId: entityIdSchema,
  runningSince: nullableInstant,
});

/**
 * What the timer's watch remembers (timer-watch.ts): a pending idle question (kept in the
 * document so it outlives a closed window and a restart: the session it qualifies does),
 * the last stopped incident (for the shortcut's resume) and the last long-session reminder.
 */
export const timerWatchSchema = v.object({
  idleQuestion: v.nullable(
    v.object({
      incidentId: entityIdSchema,
      /** The session the question is about: stale once that one stops. */
      runningSince: instant,
      idleSince: instant,
      backAt: instant,
    }),
  ),
  lastStopped: v.nullable(v.object({ incidentId: entityIdSchema, at: instant })),
  /** The session reminded about and how many reminders it has had. */
  reminded: v.nullable(v.object({ runningSince: instant, count: v.number() })),
});

export type TimerWatch = v.InferOutput<typeof timerWatchSchema>;

export const emptyTimerWatch = (): TimerWatch => ({
  idleQuestion: null,
  lastStopped: null,
  reminded: null,
});

export const weekChecklistSchema = v.object({
  /** Any instant inside the week (normally its start). */
  week: instant,
  done: v.array(entityIdSchema),
});

export type Incident = v.InferOutput<typeof incidentSchema>;

/**
 * The user's rotation: every `everyWeeks` weeks from the week holding `fromWeek` (its
 * middle, like the other week marks). Single swaps are the explicit week marks.
 */
export const rotationSchema = v.object({
  everyWeeks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(52)),
  fromWeek: instant,
});
export type Rotation = v.InferOutput<typeof rotationSchema>;

/** What was reported for a week (data/report-record.ts). */
export const reportRecordSchema = reportRecordSchemaOf(instant, entityIdSchema);
export type ReportRecord = v.InferOutput<typeof reportRecordSchema>;
export type RecordedWork = ReportRecord["work"][number];

/**
 * The document's schema, given the schema of its list of incidents and how the highest id
 * number in use is found (createJourDataChecker spares the incidents it knows in both).
 */
export const documentSchema = (
  incidents: v.GenericSchema<unknown, Incident[]>,
  highest: (data: IdNumbered) => number = highestIdNumber,
) =>
  v.pipe(
    v.object({
      schemaVersion: v.literal(CURRENT_SCHEMA_VERSION),
      settings: appSettingsSchema,
      incidents,
      timer: v.nullable(timerSchema),
      /** Weeks the user holds the on-call phone (an instant inside each). */
      onDutyWeeks: v.array(instant),
      /** Weeks of the rotation the user does not hold (swapped away): held-weeks.ts. */
      offDutyWeeks: v.optional(v.array(instant), []),
      /** The repeating pattern of held weeks, if any. */
      rotation: v.optional(v.nullable(rotationSchema), null),
      /** Weeks already reported in Jira (an instant inside each). */
      reportedWeeks: v.array(instant),
      /**
       * What was reported, oldest first (a week's latest record is its signed state). A week
       * in `reportedWeeks` without one was reported before Jour kept records.
       */
      reports: v.optional(v.pipe(v.array(reportRecordSchema), v.maxLength(100_000)), []),
      /** Weeks the user said are not theirs when asked after a call (asked once a week). */
      notHeldWeeks: v.optional(v.array(instant), []),
      weekChecklists: v.array(weekChecklistSchema),
      /** Keys of the alerts already sent, so a restart repeats none (fired-alerts.ts). */
      firedAlerts: v.array(v.string()),
      timerWatch: v.optional(timerWatchSchema, emptyTimerWatch),
      /** Source of ids; never reused. At most MAX_ID_NUMBER + 1 (ids.ts). */
      nextId: v.pipe(
        v.number("expected a whole number"),
        v.integer("expected a whole number"),
        v.minValue(1, "must be at least 1"),
        v.maxValue(MAX_ID_NUMBER + 1, `must be at most ${MAX_ID_NUMBER + 1}`),
      ),
    }),
    v.forward(
      v.check(
        (data) => data.nextId > highest(data),
        (issue) =>
          `must be above ${highest(issue.input)}, the highest id number in use ` +
          "(new incidents and work intervals would reuse an id)",
      ),
      ["nextId"],
    ),
    v.forward(
      v.check(
        (data) =>
          data.timer === null || data.incidents.some((i) => i.id === data.timer?.incidentId),
        "refers to an incident that does not exist",
      ),
      ["timer", "incidentId"],
    ),
  );

export const jourDataSchema = documentSchema(v.array(incidentSchema));

export type JourData = v.InferOutput<typeof jourDataSchema>;
export type WorkInterval = v.InferOutput<typeof workIntervalSchema>;
export type TimelineEntry = v.InferOutput<typeof timelineEntrySchema>;
export type TimerState = v.InferOutput<typeof timerSchema>;

export function emptyJourData(settings = defaultAppSettings()): JourData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings,
    incidents: [],
    timer: null,
    onDutyWeeks: [],
    offDutyWeeks: [],
    rotation: null,
    reportedWeeks: [],
    reports: [],
    notHeldWeeks: [],
    weekChecklists: [],
    firedAlerts: [],
    timerWatch: emptyTimerWatch(),
    nextId: 1,
  };
}
