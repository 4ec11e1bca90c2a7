import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDocumentStore } from "../electron/store";
import { createConfStore } from "../electron/store/conf-engine";
import { createJourDataChecker, emptyJourData, parseJourData } from "../shared/app/data";
import type { JourData } from "../shared/app/data";
import type { BenchResult } from "./measure";
import { benchVerification } from "./store-writer";
import { tenYearsOfData } from "./ten-years";

/** Lets the work a store does while idle after an open finish, then collects the garbage. */
async function quiet(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Each run starts on a clean heap, as an app does at start (npm run bench exposes gc).
  (globalThis as { gc?: () => void }).gc?.();
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * The median of the times `fn` reports for itself, after one warm-up (JIT, file cache),
 * each run from a quiet state.
 */
async function medianOfTimed(runs: number, fn: () => Promise<number>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await quiet();
    times.push(await fn());
  }
  return median(times);
}

async function timedQuietly(fn: () => Promise<unknown>): Promise<number> {
  await quiet();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const medianOf = (runs: number, fn: () => Promise<unknown>): Promise<number> =>
  medianOfTimed(runs, async () => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  });

/** The document with incident `n` edited, as the app core does it: a new object. */
function withNotesEdited(data: JourData, n: number): JourData {
  const incidents = [...data.incidents];
  const at = n % incidents.length;
  const incident = incidents[at];
  if (incident) incidents[at] = { ...incident, notes: `${incident.notes}\nRingde kunden (${n}).` };
  return { ...data, incidents };
}

/**
 * Ten years of data (5 000 incidents) through the real repository, on a temp folder, with
 * conf as the engine (electron-store's own; the Electron binary cannot run under plain Node).
 * - load: open = read, JSON.parse, and the full check (`parseJourData`) unless the
 *   validation memo vouches for the bytes (the file as this build left it).
 * - save: the write of one edit: the document's text (each unchanged incident's reused),
 *   the atomic write with fsync, and the folder's fsync. The session's first save (every
 *   incident's text) and the one at quit (the full check, the backup copy, the memo) are
 *   measured apart.
 */
export async function benchStore(runs = 9): Promise<BenchResult[]> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "jour-bench-store-"));
  try {
    // As the app does: one checker per session (it spares the incidents it has seen).
    const open = (validatorId?: string, checker = createJourDataChecker()) =>
      openDocumentStore<JourData>({
        directory,
        name: "jour",
        parse: checker.parse,
        trust: checker.trust,
        defaults: emptyJourData,
        createStore: createConfStore,
        batchDelayMs: 0,
        validatorId,
      });
    const opened = async (validatorId?: string) => {
      const result = await open(validatorId);
      if (result.problems.length > 0 || result.document.incidents.length !== 5_000) {
        throw new Error(`the benchmark's file did not load: ${result.problems.join(" ")}`);
      }
      return result;
    };

    // The file: ten years, written once.
    const first = await open("bench");
    await first.store.save(tenYearsOfData());
    await first.store.flush();

    // A session edits what it loaded, as the app core does, from the second the app takes to
    // come up: the incidents' texts are made in slices meanwhile (document-store.ts).
    let edits = 0;
    const session = async () => {
      const { document, store } = await opened("bench");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      let data = document;
      const edit = () => {
        data = withNotesEdited(data, edits++);
        return data;
      };
      return { store, edit };
    };
    const firstSaveMs = await medianOfTimed(runs, async () => {
      const { store, edit } = await session();
      const next = edit();
      const t0 = performance.now();
      await store.save(next);
      const ms = performance.now() - t0;
      await store.flush();
      return ms;
    });

    const { store, edit } = await session();
    await store.save(edit()); // the session's first save, measured above
    const saveMs = await medianOf(runs * 2, () => store.save(edit()));
    const quitMs = await medianOfTimed(runs, async () => {
      await store.save(edit());
      const t0 = performance.now();
      await store.flush();
      return performance.now() - t0;
    });
    const megabytes = fs.statSync(store.path).size / 1e6;

    // The load and what no JSON store can avoid (reading and parsing the same file), measured
    // in alternation so that a busy machine inflates both alike: their ratio is reliable.
    const readAndParse = async () => JSON.parse(fs.readFileSync(store.path, "utf8")) as unknown;
    const loads: number[] = [];
    const jsons: number[] = [];
    await opened("bench");
    await readAndParse();
    for (let i = 0; i < runs * 2 + 1; i++) {
      loads.push(await timedQuietly(() => opened("bench")));
      jsons.push(await timedQuietly(readAndParse));
    }
    const loadMs = median(loads);
    const jsonMs = median(jsons);
    // As after an update: another build's memo, so a full check, then the memo recorded.
    let build = 0;
    const fullLoadMs = await medianOf(runs, () => opened(`bench-${++build}`));
    const raw: unknown = JSON.parse(fs.readFileSync(store.path, "utf8"));
    const validateMs = await medianOf(runs, async () => parseJourData(raw));
    const writer = benchVerification(directory, fs.readFileSync(store.path, "utf8"));
    const label = `10 years, 5 000 incidents, ${megabytes.toFixed(1)} MB`;
    return [
      { name: `store load (${label})`, medianMs: loadMs },
      { name: `store save of one edit (${label})`, medianMs: saveMs },
      { name: "  load of a file this build has not checked", medianMs: fullLoadMs },
      { name: "  the session's first save (1 s after open)", medianMs: firstSaveMs },
      { name: "  save at quit (check, backup, memo)", medianMs: quitMs },
      { name: "  of a load: read + JSON.parse alone", medianMs: jsonMs },
      { name: "  of a full check: parseJourData alone", medianMs: validateMs },
      { name: "  the file's write, verified (read back, compared)", medianMs: writer.verifiedMs },
      { name: "  the same write, not verified", medianMs: writer.unverifiedMs },
    ];
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
