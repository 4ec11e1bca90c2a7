import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createJourApp } from "../../../shared/app/api";
import { emptyJourData } from "../../../shared/app/data/document";
import { fileCopies } from "../../../electron/store/copies";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-copies-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const AT = Date.UTC(2026, 10, 30, 21, 50, 0, 123);

/** A stand-in for the system's trash: a folder beside the data folder the file moves into. */
const trashTo = (dir: string) => async (file: string) => {
  const trash = `${dir}-trash`;
  dirs.push(trash);
  fs.mkdirSync(trash, { recursive: true });
  fs.renameSync(file, path.join(trash, path.basename(file)));
};

describe("dated copies in the data folder", () => {
  it("keeps, lists newest first and reads back", async () => {
    const dir = tempDir();
    const copies = fileCopies(dir, trashTo(dir));
    const first = await copies.keep('{"a":1}', "before-import", AT);
    const second = await copies.keep('{"a":2}', "before-restore", AT + 60_000);
    const same = await copies.keep('{"a":3}', "before-import", AT);
    expect(first.id).toBe("before-import-2026-11-30T21-50-00-123Z");
    expect(fs.readFileSync(path.join(dir, `jour.${first.id}.json`), "utf8")).toBe('{"a":1}');
    expect(same.id).toBe(`${first.id}-1`);
    fs.writeFileSync(path.join(dir, "jour.json"), "{}");
    fs.writeFileSync(path.join(dir, "jour.corrupt-2026-11-30T21-50-00-000Z.json"), "x");
    expect((await copies.list()).map((c) => c.id)).toEqual([second.id, same.id, first.id]);
    expect(await copies.read(second.id)).toBe('{"a":2}');
  });

  it("reads nothing but a copy (no path in an id), and says which is missing", async () => {
    const copies = fileCopies(tempDir(), () => Promise.reject(new Error("no trash")));
    await expect(copies.read("../jour")).rejects.toThrow(/^id: no kept copy/);
    await expect(copies.read("before-import-2026-11-30T21-50-00-123Z")).rejects.toThrow(/^id: /);
  });

  it("an import in the app keeps the file, and restore brings the data back", async () => {
    const dir = tempDir();
    let saved = "";
    const app = createJourApp({
      clock: { now: () => AT },
      storage: { save: async (doc) => void (saved = JSON.stringify(doc)) },
      notifier: { notify: () => undefined },
      copies: fileCopies(dir, trashTo(dir)),
    });
    await app.createIncident({ summary: "före" });
    await app.stopTimer();
    const result = await app.importData({ json: JSON.stringify(emptyJourData()) });
    expect(fs.existsSync(path.join(dir, `jour.${result.keptCopy?.id ?? ""}.json`))).toBe(true);
    expect(JSON.parse(saved).incidents).toHaveLength(0);
    await app.restoreCopy({ id: result.keptCopy?.id ?? "" });
    expect(JSON.parse(saved).incidents).toHaveLength(1);
    expect((await app.listCopies()).map((c) => c.reason)).toEqual([
      "before-restore",
      "before-import",
    ]);
  });

  it("moves a copy to the trash, unlisted but whole there; only a copy, never another file", async () => {
    const dir = tempDir();
    const app = createJourApp({
      clock: { now: () => AT },
      storage: { save: async () => undefined },
      notifier: { notify: () => undefined },
      copies: fileCopies(dir, trashTo(dir)),
    });
    const kept = (await app.importData({ json: JSON.stringify(emptyJourData()) })).keptCopy;
    const id = kept?.id ?? "";
    const bytes = fs.readFileSync(path.join(dir, `jour.${id}.json`), "utf8");
    expect(await app.trashCopy({ id })).toEqual([]);
    expect(fs.existsSync(path.join(dir, `jour.${id}.json`))).toBe(false);
    expect(fs.readFileSync(path.join(`${dir}-trash`, `jour.${id}.json`), "utf8")).toBe(bytes);
    await expect(app.trashCopy({ id })).rejects.toMatchObject({ field: "copy", code: "notFound" });
    fs.writeFileSync(path.join(dir, "jour.json"), "{}");
    await expect(app.trashCopy({ id: "../jour" })).rejects.toThrow(/^(id|copy): /);
    expect(fs.existsSync(path.join(dir, "jour.json"))).toBe(true);
  });

  it("a trash that refuses leaves the copy listed and says so, in the window's words", async () => {
    const dir = tempDir();
    const copies = fileCopies(dir, () => Promise.reject(new Error("Failed to move item")));
    const kept = await copies.keep('{"a":1}', "before-import", AT);
    const error: unknown = await copies.trash(kept.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ field: "copy", code: "notTrashed" });
    expect((await copies.list()).map((c) => c.id)).toEqual([kept.id]);
  });
});
