import * as v from "valibot";

/** What the JourApi returns about the data as a whole: kept copies, imports and their preview (schemas, as IPC checks them). */

const instant = v.number();

/** What a kept copy holds, so that copies can be told apart before restoring one. */
const copyContentsSchema = v.object({
  incidents: v.number(),
  /** The weeks marked as the user's on-call weeks. */
  heldWeeks: v.number(),
  /** When the newest incident in it was reported; null when it holds none. */
  latestIncidentAt: v.nullable(instant),
});

export const keptCopySchema = v.object({
  id: v.string(),
  reason: v.picklist(["before-import", "before-restore"] as const),
  at: instant,
  /** null when the copy can no longer be read as Jour data. */
  contents: v.nullable(copyContentsSchema),
});

export const importModeSchema = v.picklist(["replace", "merge"] as const);

export const importResultSchema = v.object({
  /** Incidents in the data afterwards. */
  incidents: v.number(),
  /** The file's timer was running: it comes back paused (tell the user). */
  timerPaused: v.boolean(),
  mode: v.exactOptional(importModeSchema),
  /** Incidents added (merge) or taken from the file (replace). */
  added: v.exactOptional(v.number()),
  /** The copy of the data from before, which Settings → Data can restore. */
  keptCopy: v.exactOptional(keptCopySchema),
});

const dataCountsSchema = v.object({
  incidents: v.number(),
  heldWeeks: v.number(),
  reportedWeeks: v.number(),
  customers: v.number(),
});

/** An import file against the current data, before anything is replaced. */

export const importPreviewSchema = v.object({
  file: dataCountsSchema,
  current: dataCountsSchema,
  settingsChanged: v.boolean(),
  /** The file's incidents whose id is not here: what "add" would add. */
  newIncidents: v.number(),
  /** The incidents here whose id is not in the file: what "replace" would lose. */
  lostIncidents: v.number(),
  /** The incidents here that the file holds otherwise: "replace" takes the file's. */
  changedIncidents: v.number(),
  /** The file's timer was running (it would come back paused). */
  timerRunning: v.boolean(),
});

export type KeptCopyView = v.InferOutput<typeof keptCopySchema>;

export type CopyContents = v.InferOutput<typeof copyContentsSchema>;

export type ImportResult = v.InferOutput<typeof importResultSchema>;

export type ImportMode = v.InferOutput<typeof importModeSchema>;

export type DataCounts = v.InferOutput<typeof dataCountsSchema>;

export type ImportPreview = v.InferOutput<typeof importPreviewSchema>;
