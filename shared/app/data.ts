import * as v from "valibot";
import { InputError, NewerSchemaError, firstIssue } from "./errors";
import {
  appSettingsSchema,
  defaultAppSettings,
  parseAppSettings,
  prioritySchema,
} from "./settings";

/**
 * The persisted document: everything Jour knows, one JSON value, instants as epoch ms.
 * `parseJourData` is the only way in (from disk, an import, browser storage): it migrates
 * older schema versions, then validates the whole document.
 */

export const CURRENT_SCHEMA_VERSION = 1;

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
  v.regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/, 'expected a Jira key like "WEB-123"'),
);

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

export const weekChecklistSchema = v.object({
  /** Any instant inside the week (normally its start). */
  week: instant,
  done: v.array(entityIdSchema),
});

export type Incident = v.InferOutput<typeof incidentSchema>;

/** The document's schema, given the schema of one incident in it (see createJourDataChecker). */
const documentSchema = <S extends v.GenericSchema<unknown, Incident>>(incident: S) =>
  v.pipe(
    v.object({
      schemaVersion: v.literal(CURRENT_SCHEMA_VERSION),
      settings: appSettingsSchema,
      incidents: v.array(incident),
      timer: v.nullable(timerSchema),
      /** Weeks the user holds the on-call phone (an instant inside each). */
      onDutyWeeks: v.array(instant),
      /** Weeks already reported in Jira (an instant inside each). */
      reportedWeeks: v.array(instant),
      weekChecklists: v.array(weekChecklistSchema),
      /** Keys of the alerts already sent, so a restart repeats none (alerts-plan.ts). */
      firedAlerts: v.array(v.string()),
      /** Source of ids; never reused. */
      nextId: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
    v.forward(
      v.check(
        (data) => new Set(data.incidents.map((i) => i.id)).size === data.incidents.length,
        "incident ids must be distinct",
      ),
      ["incidents"],
    ),
    v.forward(
      v.check(
        (data) => data.nextId > highestIdNumber(data),
        (issue) =>
          `must be above ${highestIdNumber(issue.input)}, the highest id number in use ` +
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

export const jourDataSchema = documentSchema(incidentSchema);

/** The number ending an id ("i-12" → 12), or 0 when it ends in none. */
function idNumber(id: string): number {
  const digits = /-(\d+)$/.exec(id)?.[1];
  return digits === undefined ? 0 : Number(digits);
}

/**
 * The highest number of the ids that `allocateId` hands out (incidents and work intervals):
 * `nextId` must be above it, or a new incident or interval would reuse an id in use.
 */
function highestIdNumber(data: {
  incidents: readonly {
    id: string;
    work: readonly { id: string }[];
    timeline?: readonly { id: string }[] | undefined;
  }[];
}): number {
  let highest = 0;
  for (const incident of data.incidents) {
    highest = Math.max(highest, idNumber(incident.id));
    for (const work of incident.work) highest = Math.max(highest, idNumber(work.id));
    for (const entry of incident.timeline ?? []) highest = Math.max(highest, idNumber(entry.id));
  }
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
    reportedWeeks: [],
    weekChecklists: [],
    firedAlerts: [],
    nextId: 1,
  };
}

/** Turns a document of version n into one of version n + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n - 1] upgrades version n to n + 1. Version 1 is the first shipped schema, so
 * the list is empty; a change to the document adds a migration here and bumps the version.
 */
export const MIGRATIONS: readonly Migration[] = [];

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
  // The rules core checks the settings too (parseAppSettings), with the field named.
  parseAppSettings(result.output.settings);
  return result.output;
}

/** A `parseJourData` for one long-lived document: see createJourDataChecker. */
export interface JourDataChecker {
  /** parseJourData, sparing the incidents it accepted before. */
  parse(raw: unknown): JourData;
  /** Takes a document vouched for elsewhere (the store's validation memo), unchecked. */
  trust(raw: unknown): JourData;
}

/**
 * parseJourData for the store, which checks the same document again and again as it
 * changes (before it becomes the backup): the incident objects it has accepted, or been
 * told to trust, are not checked again, so a check costs the changed incidents plus the
 * rest of the document. Sound because incidents are immutable values: a change is a new
 * object, which is checked. A document it refuses is refused by parseJourData itself,
 * whose messages name the field (those of the union here would not).
 */
export function createJourDataChecker(): JourDataChecker {
  const accepted = new WeakSet<object>();
  const known = v.custom<Incident>(
    (input) => typeof input === "object" && input !== null && accepted.has(input),
  );
  const schema = documentSchema(v.union([known, incidentSchema]));
  const remember = (data: JourData): JourData => {
    for (const incident of data.incidents) accepted.add(incident);
    return data;
  };
  return {
    parse(raw) {
      const migrated = migrate(raw);
      const result = v.safeParse(schema, migrated, { abortEarly: true });
      if (!result.success) return remember(parseJourData(raw));
      parseAppSettings(result.output.settings);
      // Both: the output's copies (what a loading app keeps) and the objects checked (what
      // the store hands in again as the app changes its document).
      remember(migrated as JourData);
      return remember(result.output);
    },
    trust: (raw) => remember(raw as JourData),
  };
}

/** A fresh id ("i-12") and the document that will not hand it out again. */
export function allocateId(data: JourData, prefix: string): { id: string; data: JourData } {
  return { id: `${prefix}-${data.nextId}`, data: { ...data, nextId: data.nextId + 1 } };
}
