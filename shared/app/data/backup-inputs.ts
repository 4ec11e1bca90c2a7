import * as v from "valibot";
import { plainObject } from "../texts/plain-object";
import { backupFolderSchema } from "./backup-views";

/** The argument of restoreBackup, as a schema (checked at IPC and again here). */

export const restoreBackupSchema = plainObject({
  folder: backupFolderSchema,
  /** A backup's file name only: it can never name another file. */
  name: v.pipe(
    v.string(),
    v.regex(/^jour-backup-[\dTZ-]{20,30}\.db$/, "expected a backup's file name"),
  ),
});

export type RestoreBackupInput = v.InferOutput<typeof restoreBackupSchema>;
