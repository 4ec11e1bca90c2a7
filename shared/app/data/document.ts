import * as v from "valibot";
import { InputError, NewerSchemaError, firstIssue } from "../texts/errors";
import { duplicateIdProblem, duplicateSettingsIdProblem, type DuplicateId } from "./distinct-ids";
import { createIdLedger } from "./id-ledger";
import { JIRA_KEY } from "./jira-key";
import {
  appSettingsSchema,
  defaultAppSettings,
  optionalUrlSchema,
  parseAppSettings,
  prioritySchema,
} from "../settings/settings";

/**
 * The persisted document: everything Jour knows, one JSON value, instants as epoch ms.
 * `parseJourData` is the only way in (from disk, an import, browser storage): it migrates
 * older schema versions, then validates the whole document.
 */

/**
 * 2: the store keeps closed years in files of their own (docs/storage.md), and the optional
 * fields added since 1 are written: a Jour of version 1 must refuse such a file (its "newer
 * Jour" message) rather than open it and drop what it does not know.
 */
export const CURRENT_SCHEMA_VERSION = 2;

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
  v.number(),
  v.integer("expected epoch ms"),
  v.minValue(MIN_INSTANT, "expected a time in the years 2000–2199"),
  v.ltValue(END_INSTANT, "expected a time in the years 2000–2199"),
);
const instant = instantSchema;
const nullableInstant = v.nullable(instant);
export const entityIdSchema = v.pipe(
  v.string(),
  v.regex(/^[\w-]{1,64}$/, "expected an id (1–64 letters, digits, - or _)"),
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

/**
 * The document's schema, given the schema of its list of incidents and how the highest id
 * number in use is found (createJourDataChecker spares the incidents it knows in both).
 */
const documentSchema = (
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
      /** Weeks the user said are not theirs when asked after a call (asked once a week). */
      notHeldWeeks: v.optional(v.array(instant), []),
      weekChecklists: v.array(weekChecklistSchema),
      /** Keys of the alerts already sent, so a restart repeats none (alerts-plan.ts). */
      firedAlerts: v.array(v.string()),
      timerWatch: v.optional(timerWatchSchema, emptyTimerWatch),
      /** Source of ids; never reused. */
      nextId: v.pipe(v.number(), v.integer(), v.minValue(1)),
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

/** The number ending an id ("i-12" → 12), or 0 when it ends in none (a dash and digits). */
function idNumber(id: string): number {
  // Scanned, not matched with /-(\d+)$/ and converted: the heavy user's document holds
  // 70 000 ids. Past 15 digits a sum could round differently from Number(): converted then.
  const dash = id.lastIndexOf("-");
  if (dash < 0 || dash === id.length - 1) return 0;
  let number = 0;
  for (let i = dash + 1; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return 0;
    number = number * 10 + digit;
  }
  return id.length - dash - 1 > 15 ? Number(id.slice(dash + 1)) : number;
}

/** What holds the ids that `allocateId` hands out: incidents and their work and notes. */
interface IdNumbered {
  incidents: readonly IdNumberedIncident[];
}
type IdNumberedIncident = {
  id: string;
  work: readonly { id: string }[];
  timeline?: readonly { id: string }[] | undefined;
};

/** The highest id number of one incident: its own, its work's and its notes'. */
function incidentIdNumber(incident: IdNumberedIncident): number {
  let highest = idNumber(incident.id);
  for (const work of incident.work) highest = Math.max(highest, idNumber(work.id));
  for (const entry of incident.timeline ?? []) highest = Math.max(highest, idNumber(entry.id));
  return highest;
}

/**
 * The highest number of the ids that `allocateId` hands out (incidents and work intervals):
 * `nextId` must be above it, or a new incident or interval would reuse an id in use.
 */
export function highestIdNumber(data: IdNumbered): number {
  let highest = 0;
  for (const incident of data.incidents) highest = Math.max(highest, incidentIdNumber(incident));
  return highest;
}

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
    notHeldWeeks: [],
    weekChecklists: [],
    firedAlerts: [],
    timerWatch: emptyTimerWatch(),
    nextId: 1,
  };
}

/** Turns a document of version n into one of version n + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Every instant with a fraction of a millisecond made whole (deeply; only numbers from the
 * year 2000 on are instants, no setting comes near): builds of version 1 with the steady
 * clock saved `performance.now()` fractions, which the check refuses (`expected epoch ms`).
 */
function wholeInstants(value: unknown): unknown {
  if (typeof value === "number") {
    return value >= MIN_INSTANT && !Number.isInteger(value) ? Math.round(value) : value;
  }
  if (Array.isArray(value)) return value.map(wholeInstants);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, wholeInstants(v)]));
}

/**
 * MIGRATIONS[n - 1] upgrades version n to n + 1; a change to the document adds a migration
 * here and bumps the version.
 * 1 → 2: the same members (those added since 1 are optional, and the check fills in their
 * defaults; where the store keeps them is the store's affair), and instants made whole ms.
 */
export const MIGRATIONS: readonly Migration[] = [
  (document) => wholeInstants(document) as Record<string, unknown>,
];

/**
 * Upgrades a raw document step by step to the newest version it knows. A document of a
 * newer version throws a NewerSchemaError (not corrupt: this build is too old for it).
 */
export function migrate(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw InputError.of("data", "expected a JSON object");
  }
  let document = raw as Record<string, unknown>;
  const version = document["schemaVersion"];
  const newest = migrations.length + 1;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw InputError.of("schemaVersion", "expected a positive whole number");
  }
  if (version > newest) throw new NewerSchemaError(version, newest);
  for (let from = version; from < newest; from++) {
    const step = migrations[from - 1];
    if (step) document = { ...step(document), schemaVersion: from + 1 };
  }
  return document;
}

/**
 * A stored or imported document, migrated and validated. Throws an InputError naming the
 * first bad field ("incidents.3.work.0.end: must be after start").
 */
export function parseJourData(raw: unknown): JourData {
  const migrated = migrate(raw);
  // Only the first issue is reported, so stop at it (also ~10% faster on a large file).
  const result = v.safeParse(jourDataSchema, migrated, { abortEarly: true });
  if (!result.success) throw InputError.fromIssue(firstIssue(result.issues));
  checkDistinctIds(result.output);
  // The rules core checks the settings too (parseAppSettings), with the field named.
  parseAppSettings(result.output.settings);
  return result.output;
}

/**
 * Every id that something refers to is unique in the document: incidents, work intervals
 * (across all incidents: an edit finds an interval by its id), customers and runbook steps.
 * The error names the second use and the first ("incidents.4.work.0.id: "w-7" is also
 * incidents.1.work.2.id").
 */
function checkDistinctIds(data: JourData): void {
  throwIfProblem(duplicateIdProblem(data));
}

function throwIfProblem(problem: DuplicateId | null): void {
  if (problem) throw InputError.of(problem.field, problem.problem);
}

/** A `parseJourData` for one long-lived document: see createJourDataChecker. */
export interface JourDataChecker {
  /** parseJourData, sparing the incidents it accepted before. */
  parse(raw: unknown): JourData;
  /** Takes a document vouched for elsewhere (the store's validation memo), unchecked. */
  trust(raw: unknown): JourData;
  /**
   * Takes incidents vouched for elsewhere (a segment file the store's memo vouches for):
   * `parse` then spares them as it spares those it accepted.
   */
  vouch(incidents: readonly unknown[]): void;
  /**
   * Reads the ids of a document it accepted or trusts now (the store calls it while idle
   * after the open), so that its first check after an edit reads only what changed.
   */
  prepare(data: JourData): void;
}

/**
 * parseJourData for the store, which checks the same document again and again as it
 * changes (before it becomes the backup): the incident objects it has accepted, or been
 * told to trust, are not checked again, so a check costs the changed incidents plus the
 * rest of the document. Sound because incidents are immutable values: a change is a new
 * object, which is checked. A document it refuses is refused by parseJourData itself,
 * whose messages name the field (those here would not).
 */
export function createJourDataChecker(): JourDataChecker {
  const accepted = new WeakSet<object>();
  const isAccepted = (input: unknown): boolean =>
    typeof input === "object" && input !== null && accepted.has(input);
  // The list as one value once each incident in it is known: a schema run per incident
  // (a union of "known" and the incident's schema) cost the heavy user's 20 000 incidents
  // 20 ms on every check.
  // The ids' distinctness and highest number, kept per change (id-ledger.ts): read in full,
  // the heavy user's 70 000 ids cost 15-25 ms a check.
  const ledger = createIdLedger(incidentIdNumber);
  const highest = (data: IdNumbered): number => {
    const bound = ledger.highestBound(data.incidents);
    // Below nextId, so is every number; at or past it, the check needs the number itself.
    const { nextId } = data as { nextId?: unknown };
    return typeof nextId === "number" && bound < nextId ? bound : highestIdNumber(data);
  };
  const schema = documentSchema(
    v.custom<Incident[]>((input) => Array.isArray(input) && input.every(isAccepted)),
    highest,
  );
  const remember = (data: JourData): JourData => {
    for (const incident of data.incidents) accepted.add(incident);
    return data;
  };
  /** The document with each incident not known before checked (its output in its place). */
  const withNewIncidentsChecked = (migrated: unknown): unknown => {
    const incidents = (migrated as { incidents?: unknown } | null)?.incidents;
    if (!Array.isArray(incidents) || incidents.every(isAccepted)) return migrated;
    const checked = incidents.map((incident: unknown) => {
      if (isAccepted(incident)) return incident;
      const result = v.safeParse(incidentSchema, incident, { abortEarly: true });
      // Left unknown: the list then fails, and parseJourData names the field.
      if (!result.success) return incident;
      accepted.add(result.output);
      return result.output;
    });
    return { ...(migrated as object), incidents: checked };
  };
  return {
    parse(raw) {
      const migrated = migrate(raw);
      const result = v.safeParse(schema, withNewIncidentsChecked(migrated), { abortEarly: true });
      if (!result.success) return remember(parseJourData(raw));
      // A duplicate found: the whole check names both places.
      if (ledger.hasDuplicates(result.output.incidents)) checkDistinctIds(result.output);
      throwIfProblem(duplicateSettingsIdProblem(result.output.settings));
      parseAppSettings(result.output.settings);
      // Both: the output's copies (what a loading app keeps) and the objects checked (what
      // the store hands in again as the app changes its document).
      remember(migrated as JourData);
      return remember(result.output);
    },
    trust: (raw) => remember(raw as JourData),
    prepare(data) {
      ledger.hasDuplicates(data.incidents);
    },
    vouch(incidents) {
      for (const incident of incidents) {
        if (typeof incident === "object" && incident !== null) accepted.add(incident);
      }
    },
  };
}

/** A fresh id ("i-12") and the document that will not hand it out again. */
export function allocateId(data: JourData, prefix: string): { id: string; data: JourData } {
  return { id: `${prefix}-${data.nextId}`, data: { ...data, nextId: data.nextId + 1 } };
}
