import * as v from "valibot";

/** What the JourApi says about the database's backups (schemas, as IPC checks them). */

export const backupFolderSchema = v.picklist(["data", "second"] as const);

export const backupViewSchema = v.object({
  folder: backupFolderSchema,
  /** Its file name in that folder. */
  name: v.string(),
  at: v.number(),
  bytes: v.number(),
  /** What it holds; null when it cannot be read. */
  contents: v.nullable(
    v.object({
      incidents: v.number(),
      heldWeeks: v.number(),
      latestIncidentAt: v.nullable(v.number()),
    }),
  ),
});

export const backupsViewSchema = v.object({
  /** false where no backups are taken (the browser preview). */
  available: v.boolean(),
  /** Newest first, both folders. */
  backups: v.array(backupViewSchema),
  /** The second folder backups are also written to; null when none was chosen. */
  secondFolder: v.nullable(v.string()),
});

export type BackupView = v.InferOutput<typeof backupViewSchema>;

export type BackupsView = v.InferOutput<typeof backupsViewSchema>;
