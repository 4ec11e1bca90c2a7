import { openDocumentStore } from "../../../electron/store";
import type { OpenedDocument } from "../../../electron/store";
import { emptyNotes, notesSplit, parseNotes } from "./notes-document";
import type { NotesDocument } from "./notes-document";

/**
 * Opens the notes store in `directory` with a `parse` that counts its calls at the opening:
 * `parses` 0 means the validation memo vouched for the file. No memo without `validatorId`.
 */
export async function openCounting(
  directory: string,
  validatorId?: string,
  /** Read (and write) in the split layout, as the crash test's writer does. */
  split = false,
): Promise<OpenedDocument<NotesDocument> & { parses: number }> {
  let parses = 0;
  const opened = await openDocumentStore<NotesDocument>({
    directory,
    name: "jour",
    parse: (raw) => {
      parses++;
      return parseNotes(raw);
    },
    defaults: emptyNotes,
    batchDelayMs: 1,
    validatorId,
    ...(split ? { split: notesSplit } : {}),
  });
  // Read now, before a save could add the backup keeper's checks.
  const counted = { ...opened, parses };
  // The memo an open records is written off the main thread: wait for it, as a quit does.
  await opened.store.flush();
  return counted;
}
