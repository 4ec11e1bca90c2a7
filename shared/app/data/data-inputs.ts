import * as v from "valibot";
import { entityIdSchema } from "./document";
import { plainObject } from "../texts/plain-object";

/** The arguments of the import, export and kept-copy methods of the JourApi, as schemas (checked at IPC and again here). */

export const importDataSchema = plainObject({
  /** The exported JSON text. */
  json: v.pipe(v.string(), v.maxLength(50_000_000)),
  /** Replace all data (the default), or add the file's incidents not already here. */
  mode: v.exactOptional(v.picklist(["replace", "merge"] as const)),
});

export const previewImportSchema = plainObject({
  json: v.pipe(v.string(), v.maxLength(50_000_000)),
});

export const restoreCopySchema = plainObject({ id: entityIdSchema });

export const trashCopySchema = restoreCopySchema;

export type ImportDataInput = v.InferOutput<typeof importDataSchema>;

export type PreviewImportInput = v.InferOutput<typeof previewImportSchema>;

export type RestoreCopyInput = v.InferOutput<typeof restoreCopySchema>;
