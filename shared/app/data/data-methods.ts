import type { CopiesPort, CopyReason } from "../ports";
import { parseInput } from "../texts/errors";
import {
  importDataSchema,
  previewImportSchema,
  restoreCopySchema,
  trashCopySchema,
} from "./data-inputs";
import type { ImportDataInput, PreviewImportInput, RestoreCopyInput } from "./data-inputs";
import type { CopyContents, ImportPreview, ImportResult, KeptCopyView } from "./data-views";
import { copyContentsOf } from "./copies";
import type { DocumentAccess } from "./document-access";
import type { JourData } from "./document";
import { importPreview, mergeIncidents, replacement } from "./import-plan";
import { keepCurrentCopy } from "./keep-copy";
import { exportJson, importJson } from "./transfer";

/** All the data at once: export, import (with its preview), and the copies kept before. */
export interface DataMethods {
  /** All data as JSON text (the persisted document). */
  exportData(): Promise<string>;
  /** What a file from exportData holds against the data now; changes nothing. */
  previewImport(input: PreviewImportInput): Promise<ImportPreview>;
  /**
   * Replaces all data with a file from exportData (mode "replace", the default), or adds
   * its incidents not already here ("merge"). The data from before is first kept as a
   * dated copy (listCopies, restoreCopy); a bad file changes nothing.
   */
  importData(input: ImportDataInput): Promise<ImportResult>;
  /** The dated copies kept before imports and restores, newest first. */
  listCopies(): Promise<KeptCopyView[]>;
  /** Puts a kept copy back (the undo of an import), keeping a copy of what it replaces. */
  restoreCopy(input: RestoreCopyInput): Promise<ImportResult>;
  /** Moves a kept copy to the system's trash (it can be brought back from there); the list after. */
  trashCopy(input: RestoreCopyInput): Promise<KeptCopyView[]>;
}

export function dataMethods(
  { current, read, change }: DocumentAccess,
  copies: CopiesPort,
): DataMethods {
  // A copy never changes once kept: what it holds is read once per id.
  const contentsOf = new Map<string, CopyContents | null>();
  async function contents(id: string): Promise<CopyContents | null> {
    if (!contentsOf.has(id)) {
      let held: CopyContents | null = null;
      try {
        held = copyContentsOf(await copies.read(id));
      } catch {
        // A copy that can no longer be read is still listed, without its contents.
      }
      contentsOf.set(id, held);
    }
    return contentsOf.get(id) ?? null;
  }

  /** The kept copies, newest first, each with what it holds. */
  async function listed(): Promise<KeptCopyView[]> {
    const kept = await copies.list();
    return Promise.all(kept.map(async (copy) => ({ ...copy, contents: await contents(copy.id) })));
  }

  async function keepCopy(reason: CopyReason): Promise<KeptCopyView> {
    const kept = await keepCurrentCopy(current, copies, reason);
    contentsOf.set(kept.id, kept.contents);
    return kept;
  }

  const replaceWith = (file: JourData): { data: JourData; result: ImportResult } => {
    const { data: next, timerPaused } = replacement(file);
    const result = { incidents: next.incidents.length, timerPaused, added: next.incidents.length };
    return { data: next, result: { ...result, mode: "replace" } };
  };

  return {
    exportData: () => read((data) => exportJson(data)),
    previewImport: (raw) =>
      read((data) => importPreview(data, importJson(parseInput(previewImportSchema, raw).json))),
    importData: async (raw) => {
      const input = parseInput(importDataSchema, raw);
      const file = importJson(input.json);
      const keptCopy = await keepCopy("before-import");
      return change((data): { data: JourData; result: ImportResult } => {
        if (input.mode === "merge") {
          const merged = mergeIncidents(data, file);
          const result = { incidents: merged.data.incidents.length, timerPaused: false };
          return {
            data: merged.data,
            result: { ...result, mode: "merge", added: merged.added, keptCopy },
          };
        }
        const replaced = replaceWith(file);
        return { data: replaced.data, result: { ...replaced.result, keptCopy } };
      });
    },
    listCopies: listed,
    restoreCopy: async (raw) => {
      const { id } = parseInput(restoreCopySchema, raw);
      const copy = importJson(await copies.read(id));
      const keptCopy = await keepCopy("before-restore");
      return change(() => {
        const replaced = replaceWith(copy);
        return { data: replaced.data, result: { ...replaced.result, keptCopy } };
      });
    },
    trashCopy: async (raw) => {
      const { id } = parseInput(trashCopySchema, raw);
      await copies.trash(id);
      contentsOf.delete(id);
      return listed();
    },
  };
}
