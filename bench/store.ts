// The store's budgets measured in one run: the sizes share their data and setup, so one file.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { openJourStore } from "../electron/store";
import { createJourDataChecker } from "../shared/app/data/checker";
import { emptyJourData } from "../shared/app/data/document";
import type { JourData } from "../shared/app/data/document";
import { heavyUserData } from "./store-data";
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

export const openBench = (directory: string) =>
  openJourStore<JourData>({
    directory,
    parse: createJourDataChecker().parse,
    defaults: emptyJourData,
    batchDelayMs: 0,
  });

/** The document with incident `at` edited, as the app core does it: a new object. */
export function withNotesEdited(data: JourData, at: number, n: number): JourData {
  const incidents = [...data.incidents];
  const incident = incidents[at];
  if (incident) incidents[at] = { ...incident, notes: `${incident.notes}\nRingde (${n}).` };
  return { ...data, incidents };
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/**
 * The main thread's CPU time (Linux's schedstat of that thread), in ms: SQLite's calls are
 * synchronous, so this is the whole save but the time the thread sleeps in fsync. Read after
 * a 10 µs sleep, since the kernel adds a running thread's time only at a tick or a sleep.
 */
function mainThreadCpuMs(): number {
  Atomics.wait(sleeper, 0, 0, 0.01);
  const text = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, "latin1");
  return Number(text.split(" ")[0]) / 1e6;
}

/** Bytes this process asked the system to write (`wchar` of /proc/self/io), in kB. */
function writtenKb(): number {
  const io = fs.readFileSync("/proc/self/io", "latin1");
  return Number(/wchar: (\d+)/.exec(io)?.[1] ?? NaN) / 1024;
}

/** Edits of the last incidents, one save (one transaction) each: CPU and bytes per edit. */
async function edits(directory: string, runs: number) {
  const { document, store } = await openBench(directory);
  let data = document;
  const cpu: number[] = [];
  const kb: number[] = [];
  for (let i = 0; i < runs; i++) {
    data = withNotesEdited(data, data.incidents.length - 1 - (i % 50), i);
    const kb0 = writtenKb();
    const t0 = mainThreadCpuMs();
    await store.save(data);
    cpu.push(mainThreadCpuMs() - t0);
    kb.push(writtenKb() - kb0);
  }
  await store.close();
  return { cpuMs: median(cpu), kilobytes: median(kb) };
}

/** The open (wall time, after a pause and a collection), against read + JSON.parse of the same. */
async function openRatio(directory: string, data: JourData, runs: number) {
  const single = path.join(os.tmpdir(), `jour-bench-${process.pid}.json`);
  fs.writeFileSync(single, JSON.stringify(data));
  const opens: number[] = [];
  const parses: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
      let t0 = performance.now();
      const { store } = await openBench(directory);
      opens.push(performance.now() - t0);
      await store.close();
      gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
      t0 = performance.now();
      JSON.parse(fs.readFileSync(single, "utf8"));
      parses.push(performance.now() - t0);
    }
  } finally {
    fs.rmSync(single, { force: true });
  }
  return { openMs: median(opens), parseMs: median(parses) };
}

/**
 * What a session holds (opened, ten edits saved) against JSON.parse of the same data as one
 * file, each in a fresh process (bench/store-memory.ts) so no other work's garbage counts.
 */
function memoryRatio(directory: string, data: JourData, runs: number): number {
  const single = `${directory}-single.json`;
  fs.writeFileSync(single, JSON.stringify(data));
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
  const { store } = await openBench(directory);
  await store.save(data);
  await store.close();
}

/**
 * The store's budgets (issue 22), through the real store (node:sqlite) on a temp folder:
 * ten years (5 000 incidents) and the heavy user (20 000 incidents with long notes).
 */
export async function benchStore(runs = 9): Promise<StoreFigure[]> {
  const tenDir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-bench-store-"));
  const heavyDir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-bench-heavy-"));
  try {
    const ten = tenYearsOfData();
    await written(tenDir, ten);
    const tenMemory = memoryRatio(tenDir, ten, 3);
    const tenEdits = await edits(tenDir, runs * 4);
    const tenOpen = await openRatio(tenDir, ten, runs);
    const heavy = heavyUserData();
    await written(heavyDir, heavy);
    const heavyEdits = await edits(heavyDir, runs * 2);
    const heavyOpen = await openRatio(heavyDir, heavy, 3);
    const figure = (name: string, value: number, unit: StoreFigure["unit"], budget?: number) =>
      budget === undefined ? { name, value, unit } : { name, value, unit, budget };
    return [
      figure("10 years: main-thread CPU per edit", tenEdits.cpuMs, "ms", 2),
      figure("10 years: bytes written per edit", tenEdits.kilobytes, "kB", 64),
      figure(
        "10 years: open / read + JSON.parse of the same",
        tenOpen.openMs / tenOpen.parseMs,
        "×",
        1.5,
      ),
      figure("10 years: memory of a session / of JSON.parse", tenMemory, "×", 1.2),
      figure("heavy user: main-thread CPU per edit", heavyEdits.cpuMs, "ms", 5),
      figure("  10 years: open (wall)", tenOpen.openMs, "ms"),
      figure("  10 years: read + JSON.parse of the data as one file", tenOpen.parseMs, "ms"),
      figure("  heavy user: bytes written per edit", heavyEdits.kilobytes, "kB"),
      figure("  heavy user: open (wall)", heavyOpen.openMs, "ms"),
      figure("  heavy user: read + JSON.parse of the same", heavyOpen.parseMs, "ms"),
    ];
  } finally {
    fs.rmSync(tenDir, { recursive: true, force: true });
    fs.rmSync(heavyDir, { recursive: true, force: true });
  }
}
