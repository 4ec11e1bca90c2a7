import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCrashWriter } from "./fixtures/build-crash-writer";
import type { KillPlan } from "./fixtures/kill-writer";
import { runAndKill } from "./fixtures/kill-writer";
import { openCounting } from "./fixtures/open-counting";
import { tempDir } from "./fixtures/temp-dir";

const kills = 200;
// Two writers at a time, each on its own folder: spawning Node dominates, and overlaps.
const lanes = 2;

let buildDir = "";
let writer = "";

beforeAll(async () => {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-crash-writer-"));
  writer = await buildCrashWriter(buildDir);
}, 30_000);

afterAll(() => {
  fs.rmSync(buildDir, { recursive: true, force: true });
});

/** Mostly kills inside the write loop; every fourth from the spawn, to hit the open too. */
function plan(kill: number): KillPlan {
  return kill % 4 === 0
    ? { from: "spawn", delayMs: Math.random() * 250 }
    : { from: "ready", delayMs: Math.random() * 60 };
}

const hasTempFile = (dir: string) => fs.readdirSync(dir).some((name) => name.includes(".tmp"));
/** A temp file of a segment (a year's file in Jour), not of the manifest. */
const hasSegmentTemp = (dir: string) =>
  fs.readdirSync(dir).some((name) => /^jour\.(backup\.)?notes-.*\.tmp/.test(name));

interface LaneResult {
  /** The highest seq acknowledged. */
  acknowledged: number;
  acknowledgements: number;
  maxLost: number;
  killedMidWrite: number;
  /** Kills that left a segment's temp file: mid-write of a segment. */
  killedMidSegment: number;
  /** Opens after a kill that the memo spared the full check. */
  vouched: number;
}

async function lane(killsInLane: number): Promise<LaneResult> {
  const directory = tempDir();
  let acknowledged = 0;
  let acknowledgements = 0;
  let maxLost = 0;
  let killedMidWrite = 0;
  let killedMidSegment = 0;
  let vouched = 0;
  for (let kill = 0; kill < killsInLane; kill++) {
    const run = await runAndKill(writer, directory, plan(kill));
    if (hasTempFile(directory)) killedMidWrite++;
    if (hasSegmentTemp(directory)) killedMidSegment++;
    acknowledged = Math.max(acknowledged, run.lastAcknowledged ?? 0);
    acknowledgements += run.acknowledgements;

    // The file loads cleanly after every kill, and holds the last acknowledged save; what
    // the validation memo lets through unchecked is what the full check gives.
    const { document, problems, parses } = await openCounting(directory, "crash-writer", true);
    if (parses === 0) vouched++;
    const checked = await openCounting(directory, undefined, true);
    expect(run.problems, `the writer's open after kill ${kill}`).toEqual([]);
    expect(problems, `open after kill ${kill}`).toEqual([]);
    expect(checked.problems, `full check after kill ${kill}`).toEqual([]);
    expect(document, `memo vs full check after kill ${kill}`).toEqual(checked.document);
    maxLost = Math.max(maxLost, acknowledged - document.seq);
    expect(document.seq, `seq after kill ${kill}`).toBeGreaterThanOrEqual(acknowledged);
  }
  // The layout: segments beside the manifest, and the backup's own copies.
  expect(fs.readdirSync(directory).filter((name) => name.startsWith("jour.notes-")).length).toBe(
    11,
  );
  return { acknowledged, acknowledgements, maxLost, killedMidWrite, killedMidSegment, vouched };
}

describe("the store under SIGKILL", () => {
  it(`loses no acknowledged save and never needs recovery, over ${kills} kills`, async () => {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: lanes }, () => lane(Math.ceil(kills / lanes))),
    );
    const total = (key: keyof LaneResult) => results.reduce((sum, r) => sum + r[key], 0);
    console.info(
      `crash test: ${kills} kills in ${Math.round(performance.now() - started)} ms; ` +
        `${total("acknowledgements")} writes acknowledged; ${total("killedMidWrite")} kills ` +
        `left a temp file (mid-write), ${total("killedMidSegment")} of a segment; ${total("vouched")} opens trusted the validation memo; ` +
        `max acknowledged lost ${Math.max(...results.map((r) => r.maxLost))}`,
    );
    expect(Math.max(...results.map((r) => r.maxLost))).toBe(0);
    // The kills did interrupt writes: the writers got somewhere, and some died mid-write.
    for (const result of results) expect(result.acknowledged).toBeGreaterThan(0);
    expect(total("killedMidWrite")).toBeGreaterThan(0);
    expect(total("killedMidSegment")).toBeGreaterThan(0);
    // The memo was used, not only bypassed: most kills land after a vouched write.
    expect(total("vouched")).toBeGreaterThan(0);
  }, 120_000);
});
