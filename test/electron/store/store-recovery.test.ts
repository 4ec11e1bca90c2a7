import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDocumentStore } from "../../../electron/store";
import { moveAside } from "../../../electron/store/atomic-file";
import { emptyNotes, notesAt, parseNotes } from "./fixtures/notes-document";
import { listDir, readJson, tempDir } from "./fixtures/temp-dir";

const open = (directory: string) =>
  openDocumentStore({
    directory,
    name: "jour",
    parse: parseNotes,
    defaults: emptyNotes,
    batchDelayMs: 5,
  });

/** A folder whose store has saved `seq` and quit (so its backup holds it too). */
async function savedAt(seq: number): Promise<string> {
  const dir = tempDir();
  const { store } = await open(dir);
  await store.save(notesAt(seq));
  await store.flush();
  return dir;
}

const corruptFiles = (dir: string, stem = "jour") =>
  listDir(dir).filter((name) => new RegExp(`^${stem}\\.corrupt-[-0-9TZ]+\\.json$`).test(name));

describe("opening a bad file", () => {
  it("moves corrupt JSON aside unchanged, restores the backup and says so", async () => {
    const dir = await savedAt(5);
    const torn = '{"schemaVersion":2,"seq":6,"no';
    fs.writeFileSync(path.join(dir, "jour.json"), torn);

    const { document, problems } = await open(dir);

    expect(document).toEqual(notesAt(5));
    const [aside] = corruptFiles(dir);
    expect(aside).toBeDefined();
    expect(fs.readFileSync(path.join(dir, aside ?? ""), "utf8")).toBe(torn);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^jour\.json could not be used \(not valid JSON: .+\)/);
    expect(problems[0]).toContain(`kept as ${aside}`);
    expect(problems[1]).toContain("backup (jour.backup.json) was restored");
    // The restored file is in place, so the next start is clean even without a save.
    expect(readJson(path.join(dir, "jour.json"))).toEqual(notesAt(5));
    expect((await open(dir)).problems).toEqual([]);
  });

  it("treats an empty file (a torn non-atomic write) as corrupt", async () => {
    const dir = await savedAt(2);
    fs.writeFileSync(path.join(dir, "jour.json"), "");
    const { document, problems } = await open(dir);
    expect(document).toEqual(notesAt(2));
    expect(corruptFiles(dir)).toHaveLength(1);
    expect(problems[0]).toContain("not valid JSON");
  });

  it("moves aside a file that parse rejects, naming the field, and restores the backup", async () => {
    const dir = await savedAt(8);
    const invalid = JSON.stringify({ schemaVersion: 2, seq: "nine", notes: [] });
    fs.writeFileSync(path.join(dir, "jour.json"), invalid);

    const { document, problems } = await open(dir);

    expect(document).toEqual(notesAt(8));
    expect(problems[0]).toMatch(/^jour\.json could not be used \(invalid data: seq: expected/);
    const [aside] = corruptFiles(dir);
    expect(fs.readFileSync(path.join(dir, aside ?? ""), "utf8")).toBe(invalid);
  });

  it("moves aside a file of an unknown schema version rather than guessing at it", async () => {
    const dir = await savedAt(1);
    fs.writeFileSync(path.join(dir, "jour.json"), JSON.stringify({ schemaVersion: "two" }));
    const { document, problems } = await open(dir);
    expect(document).toEqual(notesAt(1));
    expect(problems[0]).toContain("schemaVersion: two is not supported");
  });

  it("starts from the defaults when there is no backup, keeping the bad file", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "jour.json"), "not json at all");

    const { document, problems, store } = await open(dir);

    expect(document).toEqual(emptyNotes());
    expect(problems).toHaveLength(2);
    expect(problems[1]).toBe("No usable backup: the app started with default data.");
    const [aside] = corruptFiles(dir);
    expect(fs.readFileSync(path.join(dir, aside ?? ""), "utf8")).toBe("not json at all");
    // Saving afterwards leaves the kept file alone.
    await store.save(notesAt(1));
    expect(corruptFiles(dir)).toEqual([aside]);
  });

  it("keeps a bad backup too, and starts from the defaults", async () => {
    const dir = await savedAt(4);
    fs.writeFileSync(path.join(dir, "jour.json"), "{");
    fs.writeFileSync(path.join(dir, "jour.backup.json"), JSON.stringify({ schemaVersion: 2 }));

    const { document, problems } = await open(dir);

    expect(document).toEqual(emptyNotes());
    expect(corruptFiles(dir)).toHaveLength(1);
    expect(corruptFiles(dir, "jour\\.backup")).toHaveLength(1);
    expect(problems[1]).toMatch(/^jour\.backup\.json could not be used \(invalid data: seq:/);
    expect(problems[2]).toContain("default data");
  });

  it("restores the backup when the file itself is missing", async () => {
    const dir = await savedAt(3);
    fs.rmSync(path.join(dir, "jour.json"));
    const { document, problems } = await open(dir);
    expect(document).toEqual(notesAt(3));
    expect(problems).toEqual([
      "jour.json was missing; the last good backup (jour.backup.json) was restored.",
    ]);
  });

  it("never overwrites an earlier kept file", async () => {
    const dir = await savedAt(1);
    for (const junk of ["first", "second", "third"]) {
      fs.writeFileSync(path.join(dir, "jour.json"), junk);
      await open(dir);
    }
    const kept = corruptFiles(dir).map((name) => fs.readFileSync(path.join(dir, name), "utf8"));
    expect(kept.sort()).toEqual(["first", "second", "third"]);
  });

  it("gives files moved aside in the same millisecond names of their own", () => {
    const dir = tempDir();
    const at = new Date(Date.UTC(2026, 0, 31, 8, 15));
    const names = ["a", "b"].map((content) => {
      fs.writeFileSync(path.join(dir, "jour.json"), content);
      return moveAside(path.join(dir, "jour.json"), at);
    });
    expect(names).toEqual([
      "jour.corrupt-2026-01-31T08-15-00-000Z.json",
      "jour.corrupt-2026-01-31T08-15-00-000Z-1.json",
    ]);
    expect(fs.readFileSync(path.join(dir, names[0] ?? ""), "utf8")).toBe("a");
  });

  it("accepts a file saved with a byte order mark", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "jour.json"), `\uFEFF${JSON.stringify(notesAt(2))}`);
    expect(await open(dir)).toMatchObject({ document: notesAt(2), problems: [] });
  });

  it("removes temp files of interrupted writes, and nothing else", async () => {
    const dir = await savedAt(2);
    const leftovers = ["jour.json.tmp-1764087000123abc123", "jour.backup.json.tmp"];
    const others = ["jour.corrupt-2026-01-01T00-00-00-000Z.json", "other.json.tmp-1"];
    for (const name of [...leftovers, ...others]) fs.writeFileSync(path.join(dir, name), "x");
    await open(dir);
    expect(listDir(dir)).toEqual(["jour.backup.json", "jour.json", ...others].sort());
  });

  it("fails loudly, moving nothing, when the file cannot be read at all", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "jour.json"));
    await expect(open(dir)).rejects.toThrow(/EISDIR/);
    expect(listDir(dir)).toEqual(["jour.json"]);
  });
});
