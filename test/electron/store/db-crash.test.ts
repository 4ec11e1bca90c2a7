import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCrashWriter } from "./fixtures/build-crash-writer";
import { runAndKill } from "./fixtures/kill-writer";
import type { KillPlan } from "./fixtures/kill-writer";
import { digests, openJour, someYears, writeSplitLayout } from "./fixtures/jour-store";
import { tempDir } from "./fixtures/temp-dir";

let buildDir = "";
let writer = "";

beforeAll(async () => {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-crash-writer-"));
  writer = await buildCrashWriter(buildDir);
}, 30_000);

afterAll(() => fs.rmSync(buildDir, { recursive: true, force: true }));

const seqOf = (notes: string | undefined) => Number(/^seq (\d+)/.exec(notes ?? "")?.[1] ?? 0);

/** Mostly kills inside the save loop; every fourth from the spawn, to hit the open too. */
const plan = (kill: number): KillPlan =>
  kill % 4 === 0
    ? { from: "spawn", delayMs: Math.random() * 200 }
    : { from: "ready", delayMs: Math.random() * 60 };

describe("SIGKILL during saves", () => {
  it("200 kills at random: no acknowledged save lost, every open clean", async () => {
    const kills = 200;
    const lane = async (count: number) => {
      const directory = tempDir();
      let acknowledged = 0;
      let acknowledgements = 0;
      for (let kill = 0; kill < count; kill++) {
        const run = await runAndKill(writer, directory, plan(kill));
        acknowledgements += run.acknowledgements;
        expect(run.problems, `the writer's open after kill ${kill}`).toEqual([]);
        if (run.loaded !== undefined) {
          expect(
            run.loaded,
            `kill ${kill}: loaded at least the last acknowledged`,
          ).toBeGreaterThanOrEqual(acknowledged);
        }
        acknowledged = Math.max(acknowledged, run.lastAcknowledged ?? 0);
      }
      const { document, notices, store } = await openJour(directory);
      await store.close();
      expect(notices).toEqual([]);
      expect(seqOf(document.incidents[0]?.notes)).toBeGreaterThanOrEqual(acknowledged);
      // Nothing but the database and SQLite's own files: no kept-aside file, no leftover.
      expect(fs.readdirSync(directory).filter((f) => !/^jour\.db(-wal|-shm)?$/.test(f))).toEqual(
        [],
      );
      return acknowledgements;
    };
    const counts = await Promise.all([lane(kills / 2), lane(kills / 2)]);
    // The kills landed among saves, not only before the first.
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(kills);
  }, 600_000);

  it("40 migrations killed at random points start over cleanly and lose nothing", async () => {
    let duringOpen = 0;
    // Kills are spread over the time the writer takes to be ready (its start and the
    // migration), as measured by the runs that got there: a faster open must not move
    // them all past it.
    let readyMs = 280;
    for (let kill = 0; kill < 40; kill++) {
      const directory = tempDir();
      const source = someYears(600);
      writeSplitLayout(directory, source);
      const before = digests(directory);
      const run = await runAndKill(writer, directory, {
        from: "spawn",
        delayMs: 10 + Math.random() * readyMs,
      });
      if (run.loaded === undefined) duringOpen++;
      if (run.readyAfterMs !== undefined) readyMs = Math.min(readyMs, run.readyAfterMs);
      const { document, notices, store } = await openJour(directory);
      await store.close();
      expect(notices, `after kill ${kill}`).toEqual([]);
      // The source's incidents, in order (the writer may have saved edits of the first after).
      expect(document.incidents.slice(1, 600).map((i) => i.id)).toEqual(
        source.incidents.slice(1).map((i) => i.id),
      );
      const after = new Set(digests(directory).values());
      for (const [file, digest] of before) expect(after.has(digest), `${file} kept`).toBe(true);
    }
    // Most kills landed before the writer was ready: in the migration itself.
    expect(duringOpen).toBeGreaterThan(10);
  }, 600_000);
});
