/**
 * The memory benchmark's child process (bench/store.ts): measures, in a process of its own so
 * that no earlier work's garbage is counted, what one thing holds on the JS heap and in the
 * Buffers outside it: `parse` (JSON.parse of the data as one file) or `session` (the store
 * opened on the folder, ten edits saved), each after the same work on
 * a copy (so that the code compiled is not counted as data). Prints the bytes.
 *
 * Usage: node --expose-gc --import tsx bench/store-memory.ts parse|session <folder> <file>
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openBench, withNotesEdited } from "./store";

const [mode, directory = "", single = ""] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    gc();
  }
}
const used = (): number => {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
};

/** A session on `folder`: opened, ten edits saved, its idle work done. */
async function session(folder: string): Promise<unknown[]> {
  const opened = await openBench(folder);
  let document = opened.document;
  for (let i = 0; i < 10; i++) {
    document = withNotesEdited(document, document.incidents.length - 1 - i, i);
    await opened.store.save(document);
  }
  return [opened, document];
}

// The same work done once first, on a copy of the folder: the code it compiles (and
// optimizes, which only data of this size makes it do) is the program's, not the data's.
const copy = fs.mkdtempSync(path.join(os.tmpdir(), "jour-bench-memory-"));
if (mode === "parse") JSON.parse(fs.readFileSync(single, "utf8"));
else {
  fs.cpSync(directory, copy, { recursive: true });
  await session(copy);
}
fs.rmSync(copy, { recursive: true, force: true });

await settle();
const before = used();
const held: unknown[] =
  mode === "parse" ? [JSON.parse(fs.readFileSync(single, "utf8"))] : await session(directory);
await settle();
process.stdout.write(`${used() - before} ${held.length}\n`);
