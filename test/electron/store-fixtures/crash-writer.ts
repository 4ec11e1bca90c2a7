/**
 * The crash test's writer: a separate process that opens the store in the folder given as
 * its argument and saves a growing sequence number as fast as it can, printing each number
 * once its save has resolved. The test kills it with SIGKILL at random moments.
 *
 * Output: `ready <seq it loaded> <problems as JSON>`, then one acknowledged seq per line.
 */
import { openDocumentStore } from "../../../electron/store";
import { emptyNotes, notesAt, notesSplit, parseNotes } from "./notes-document";

const directory = process.argv[2];
if (directory === undefined) throw new Error("usage: crash-writer <directory>");

// ~100 kB, so that a write takes long enough for kills to land inside it.
const filler = Array.from({ length: 100 }, (_, i) => `note ${i} `.padEnd(1000, "x"));

const { document, problems, store } = await openDocumentStore({
  directory,
  name: "jour",
  parse: parseNotes,
  defaults: emptyNotes,
  batchDelayMs: 2,
  // Every write is validated, made the backup and recorded in the memo, so kills land in
  // all three.
  backupIntervalMs: 0,
  validatorId: "crash-writer",
  // A file per unit, as Jour keeps a file per year: kills land in segment writes too.
  split: notesSplit,
});
process.stdout.write(`ready ${document.seq} ${JSON.stringify(problems)}\n`);

let seq = document.seq;
for (;;) {
  // Several saves per batch: only the last is written, all are acknowledged by that write.
  const saves = [1, 2, 3].map(() => {
    seq++;
    return store.save(notesAt(seq, [...filler, "·".repeat(seq % 997)]));
  });
  await Promise.all(saves);
  // Synchronous on a pipe, so the parent has the line before the next write starts.
  process.stdout.write(`${seq}\n`);
}
