// The store's budgets measured in one run: the sizes share their data and setup, so one file.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { jourReading, openDocumentStore } from "../electron/store";
import { createConfStore } from "../electron/store/conf-engine";
import { asciiJson } from "../electron/store/json-writer";
import { createJourDataChecker } from "../shared/app/data/checker";
import type { JourData } from "../shared/app/data/document";
import { heavyUserData } from "./store-data";
import { benchVerification } from "./store-writer";
import { tenYearsOfData } from "./ten-years";

/** One figure of the store's budgets: `value` in `unit`, within budget when ≤ `budget`. */
export interface StoreFigure {
  name: string;
  value: number;
  unit: "ms" | "kB" | "×";
  budget?: number;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Lets the store's idle work finish, then collects the garbage (npm run bench exposes gc). */
async function quiet(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    // Several rounds: a Buffer's memory goes back only after its object was collected.
    await new Promise((resolve) => setTimeout(resolve, 25));
    gc();
  }
}

const open = (directory: string, validatorId: string, checker = createJourDataChecker()) =>
  openDocumentStore<JourData>({
    directory,
    name: "jour",
    ...jourReading(checker),
    createStore: createConfStore, // electron-store's engine; Electron cannot run here
    batchDelayMs: 0,
    validatorId,
  });

/** The document with incident `at` edited, as the app core does it: a new object. */
function withNotesEdited(data: JourData, at: number, n: number): JourData {
  const incidents = [...data.incidents];
  const incident = incidents[at];
  if (incident) incidents[at] = { ...incident, notes: `${incident.notes}\nRingde (${n}).` };
  return { ...data, incidents };
}

/** Each file's identity: a file replaced by a rename has a new inode. */
const snapshot = (directory: string): Map<string, string> =>
  new Map(
    fs.readdirSync(directory).map((name) => {
      const stat = fs.statSync(path.join(directory, name));
      return [name, `${stat.ino}:${stat.size}:${stat.mtimeMs}`];
    }),
  );

/** The bytes of the files a write created or replaced. */
function bytesWritten(directory: string, before: Map<string, string>): number {
  let bytes = 0;
  for (const [name, id] of snapshot(directory)) {
    if (before.get(name) !== id) bytes += fs.statSync(path.join(directory, name)).size;
  }
  return bytes;
}

/**
 * The main thread's schedstat, opened once: a readFileSync per reading (open, stat, read,
 * close) cost the main thread about 0.2 ms per measured edit, counted in the edit's figure.
 */
let schedstat: number | "none" | undefined;
const schedstatBytes = Buffer.alloc(128);
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * The main thread's CPU time in ms (Linux: schedstat, in ns), or undefined elsewhere. The
 * kernel adds a running thread's time to its schedstat only at a tick or when the thread
 * sleeps, so a reading is made after a sleep of 10 µs: without it the figure of a save also
 * held what the thread did before the save since it last woke (here the folder's snapshot,
 * a readdir and a stat per file), and missed the save's last stretch.
 */
function mainThreadCpuMs(): number | undefined {
  if (schedstat === "none") return undefined;
  Atomics.wait(sleeper, 0, 0, 0.01);
  try {
    schedstat ??= fs.openSync(`/proc/self/task/${process.pid}/schedstat`, "r");
    const length = fs.readSync(schedstat, schedstatBytes, 0, schedstatBytes.length, 0);
    return Number(schedstatBytes.toString("latin1", 0, length).split(" ")[0]) / 1e6;
  } catch {
    schedstat = "none";
    return undefined;
  }
}

/**
 * The main process's share of one save, from the save's call until it resolves: the main
 * thread's CPU time (Linux's schedstat of that thread: the write, the fsyncs and the read-back
 * run in libuv's thread pool and are not counted; the text, the hashing's hand-over and every
 * callback are). `busy` is the event loop's active time over the same span
 * (performance.eventLoopUtilization), which also counts the time the thread waited for a
 * core on a loaded machine: an upper bound.
 */
async function mainThreadMs(save: () => Promise<void>): Promise<{ cpu: number; busy: number }> {
  const start = performance.eventLoopUtilization();
  const cpu0 = mainThreadCpuMs();
  await save();
  const cpu1 = mainThreadCpuMs();
  const busy = performance.eventLoopUtilization(start).active;
  return { cpu: cpu0 === undefined || cpu1 === undefined ? busy : cpu1 - cpu0, busy };
}

interface EditFigures {
  firstMainMs: number;
  mainMs: number;
  busyMs: number;
  kilobytes: number;
  closedYearMainMs: number;
  closedYearKilobytes: number;
  /** The check of a write before it becomes the backup (at most once a minute): the
   * session's first, and later ones. Main-thread CPU of `flush`, which runs it now. */
  firstCheckMs: number;
  checkMs: number;
}

/** A session's edits of the current year's incidents (the last ones), and one of a closed year. */
async function edits(directory: string, runs: number, lastYearAt: number): Promise<EditFigures> {
  const { document, store } = await open(directory, "bench");
  await quiet();
  let data = document;
  let n = 0;
  const edit = (at: number) => (data = withNotesEdited(data, at, n++));
  const firstMainMs = (await mainThreadMs(() => store.save(edit(lastYearAt)))).cpu;
  // The session's first write also checks and refreshes the backup.
  const firstCheckMs = (await mainThreadMs(() => store.flush())).cpu;
  const mains: number[] = [];
  const busy: number[] = [];
  const kilobytes: number[] = [];
  for (let i = 0; i < runs; i++) {
    // As between a user's edits: idle a moment (no collection forced, the app forces none).
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = snapshot(directory);
    const next = edit(lastYearAt + (i % 50));
    const ms = await mainThreadMs(() => store.save(next));
    mains.push(ms.cpu);
    busy.push(ms.busy);
    kilobytes.push(bytesWritten(directory, before) / 1e3);
  }
  await quiet();
  const before = snapshot(directory);
  const closed = edit(Math.floor(data.incidents.length * 0.35)); // a closed year's, once
  const closedYearMainMs = (await mainThreadMs(() => store.save(closed))).cpu;
  const closedYearKilobytes = bytesWritten(directory, before) / 1e3;
  await store.flush();
  // Last: a check lets the store drop what it made ready for the next write.
  const checks: number[] = [];
  for (let i = 0; i < 5; i++) {
    await store.save(edit(lastYearAt + i));
    checks.push((await mainThreadMs(() => store.flush())).cpu);
  }
  return {
    firstMainMs,
    mainMs: median(mains),
    busyMs: median(busy),
    kilobytes: median(kilobytes),
    closedYearMainMs,
    closedYearKilobytes,
    firstCheckMs,
    checkMs: median(checks),
  };
}

/** Open after an app update: another build's memo, the incidents' schema unchanged. */
async function openAfterUpdate(
  directory: string,
  runs: number,
): Promise<{ wallMs: number; cpuMs: number }> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await quiet();
    const t0 = performance.now();
    const cpu0 = mainThreadCpuMs() ?? 0;
    const { problems } = await open(directory, `another build ${i}`);
    cpus.push((mainThreadCpuMs() ?? 0) - cpu0);
    walls.push(performance.now() - t0);
    if (problems.length > 0) throw new Error(`the benchmark's data did not load: ${problems}`);
  }
  // The first warms the file cache and the JIT.
  return { wallMs: median(walls.slice(1)), cpuMs: median(cpus.slice(1)) };
}

/**
 * The memory a session holds (opened, edited ten times, its idle work done: the JS heap and
 * the Buffers outside it) against what JSON.parse of the same data as one file holds, each
 * measured in a fresh process (bench/store-memory.ts) so no other work's garbage counts.
 * The median of `runs` of each.
 */
function memoryRatio(directory: string, data: JourData, runs: number): number {
  const single = `${directory}-single.json`;
  fs.writeFileSync(single, asciiJson(data) ?? "");
  const measure = (mode: string): number => {
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "store-memory.ts");
    const output = execFileSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", script, mode, directory, single],
      { encoding: "utf8" },
    );
    return Number(output.split(" ")[0]);
  };
  try {
    const parsed = median(Array.from({ length: runs }, () => measure("parse")));
    const session = median(Array.from({ length: runs }, () => measure("session")));
    return session / parsed;
  } finally {
    fs.rmSync(single, { force: true });
  }
}

async function written(directory: string, data: JourData): Promise<void> {
  const { store } = await open(directory, "bench");
  await store.save(data);
  await store.flush();
}

/**
 * The store's budgets (issue 13, point 4), through the real store on a temp folder with
 * conf as the engine: ten years (5 000 incidents, 3.3 MB as one file) and the heavy user
 * (20 000 incidents with long notes, 55 MB as one file).
 */
export async function benchStore(runs = 9): Promise<StoreFigure[]> {
  const tenDir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-bench-store-"));
  const heavyDir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-bench-heavy-"));
  try {
    const ten = tenYearsOfData();
    await written(tenDir, ten);
    // First, before other work leaves garbage that a later collection would count against it.
    const tenMemory = memoryRatio(tenDir, ten, 5);
    const lastYear = ten.incidents.length - 60;
    const tenEdits = await edits(tenDir, runs * 2, lastYear);
    const tenOpen = await openAfterUpdate(tenDir, runs);
    // What no JSON store can go below: reading and parsing the same data as one file.
    const single = path.join(tenDir, "single.json");
    fs.writeFileSync(single, asciiJson(ten) ?? "");
    const parseMs = median(
      Array.from({ length: runs }, () => {
        const t0 = performance.now();
        JSON.parse(fs.readFileSync(single, "utf8"));
        return performance.now() - t0;
      }),
    );
    // The same, each after a pause and a collection, as the opens above are timed.
    const quietParses: number[] = [];
    for (let i = 0; i < runs; i++) {
      await quiet();
      const t0 = performance.now();
      JSON.parse(fs.readFileSync(single, "utf8"));
      quietParses.push(performance.now() - t0);
    }
    const writer = benchVerification(tenDir, fs.readFileSync(single, "utf8"));
    fs.rmSync(single);

    const heavy = heavyUserData();
    await written(heavyDir, heavy);
    const heavyMemory = memoryRatio(heavyDir, heavy, 1);
    const heavyEdits = await edits(heavyDir, runs, heavy.incidents.length - 200);
    const heavyOpen = await openAfterUpdate(heavyDir, 3);

    const figure = (name: string, value: number, unit: StoreFigure["unit"], budget?: number) =>
      budget === undefined ? { name, value, unit } : { name, value, unit, budget };
    return [
      figure("10 years: bytes written per edit", tenEdits.kilobytes, "kB", 1_000),
      figure("10 years: main-thread CPU per edit", tenEdits.mainMs, "ms", 5),
      figure("10 years: first open after an app update (wall)", tenOpen.wallMs, "ms", 50),
      figure("10 years: memory of a session / of JSON.parse", tenMemory, "×", 1.2),
      figure("heavy user: main-thread CPU per edit", heavyEdits.mainMs, "ms", 50),
      figure(
        "heavy user: the session's first edit (main-thread CPU)",
        heavyEdits.firstMainMs,
        "ms",
        50,
      ),
      figure("heavy user: memory of a session / of JSON.parse", heavyMemory, "×", 1.2),
      figure(
        "  10 years: event loop busy per edit (counts waits for a core)",
        tenEdits.busyMs,
        "ms",
      ),
      figure("  10 years: the session's first edit (main-thread CPU)", tenEdits.firstMainMs, "ms"),
      figure(
        "  10 years: edit of a closed year (main-thread CPU)",
        tenEdits.closedYearMainMs,
        "ms",
      ),
      figure(
        "  10 years: bytes written, edit of a closed year",
        tenEdits.closedYearKilobytes,
        "kB",
      ),
      figure("  10 years: first open after an app update (main-thread CPU)", tenOpen.cpuMs, "ms"),
      figure("  10 years: read + JSON.parse of the data as one file", parseMs, "ms"),
      figure("  10 years: the same, timed as the opens (after a pause)", median(quietParses), "ms"),
      figure("  10 years: verified write of 3.3 MB, synchronous", writer.verifiedMs, "ms"),
      figure("  10 years: the same write, not verified", writer.unverifiedMs, "ms"),
      figure("  heavy user: event loop busy per edit", heavyEdits.busyMs, "ms"),
      figure(
        "  heavy user: edit of a closed year (main-thread CPU)",
        heavyEdits.closedYearMainMs,
        "ms",
      ),
      figure("  heavy user: bytes written per edit", heavyEdits.kilobytes, "kB"),
      figure("  10 years: check before a backup, first (main thread)", tenEdits.firstCheckMs, "ms"),
      figure("    later ones (at most one a minute)", tenEdits.checkMs, "ms"),
      figure(
        "  heavy user: check before a backup, first (main thread)",
        heavyEdits.firstCheckMs,
        "ms",
      ),
      figure("    later ones (at most one a minute)", heavyEdits.checkMs, "ms"),
      figure("  heavy user: first open after an app update (wall)", heavyOpen.wallMs, "ms"),
    ];
  } finally {
    fs.rmSync(tenDir, { recursive: true, force: true });
    fs.rmSync(heavyDir, { recursive: true, force: true });
  }
}
