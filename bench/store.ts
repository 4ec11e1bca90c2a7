import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDocumentStore } from "../electron/store";
import { createConfStore } from "../electron/store/conf-engine";
import { emptyJourData, parseJourData } from "../shared/app/data";
import type { JourData } from "../shared/app/data";
import type { BenchResult } from "./measure";
import { tenYearsOfData } from "./ten-years";

async function medianOf(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: JIT, file cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/**
 * Ten years of data (5 000 incidents) through the real repository, on a temp folder:
 * load = open (read, JSON, migrate + validate with `parseJourData`); save = one coalesced
 * write made durable (atomic write, fsync, backup copy, directory fsync). The engine is
 * conf, electron-store's own, since the Electron binary cannot run under plain Node.
 */
export async function benchStore(runs = 9): Promise<BenchResult[]> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "jour-bench-store-"));
  try {
    const data = tenYearsOfData();
    const open = () =>
      openDocumentStore<JourData>({
        directory,
        name: "jour",
        parse: parseJourData,
        defaults: emptyJourData,
        createStore: createConfStore,
      });
    const { store } = await open();
    const save = async () => {
      await Promise.all([store.save(data), store.flush()]);
    };
    await save();
    const megabytes = fs.statSync(store.path).size / 1e6;

    const loadMs = await medianOf(runs, async () => {
      const opened = await open();
      if (opened.problems.length > 0 || opened.document.incidents.length !== 5_000) {
        throw new Error(`the benchmark's file did not load: ${opened.problems.join(" ")}`);
      }
    });
    const saveMs = await medianOf(runs, save);
    // What no store can avoid, measured alongside: a busy machine inflates all four alike.
    const text = fs.readFileSync(store.path, "utf8");
    const jsonMs = await medianOf(runs, async () => JSON.parse(text));
    const raw: unknown = JSON.parse(text);
    const validateMs = await medianOf(runs, async () => parseJourData(raw));
    const label = `10 years, 5 000 incidents, ${megabytes.toFixed(1)} MB`;
    return [
      { name: `store load (${label})`, medianMs: loadMs },
      { name: `store save (${label})`, medianMs: saveMs },
      { name: "  of the load: JSON.parse alone", medianMs: jsonMs },
      { name: "  of the load: parseJourData alone", medianMs: validateMs },
    ];
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
