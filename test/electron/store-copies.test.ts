import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createJourApp } from "../../shared/app/api";
import { emptyJourData } from "../../shared/app/data";
import { fileCopies } from "../../electron/store/copies";

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

describe("dated copies in the data folder", () => {
  it("keeps, lists newest first and reads back", async () => {
    const dir = tempDir();
    const copies = fileCopies(dir);
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
    const copies = fileCopies(tempDir());
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
      copies: fileCopies(dir),
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
});
