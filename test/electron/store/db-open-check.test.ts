import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { openJourStore } from "../../../electron/store";
import { createJourDataChecker } from "../../../shared/app/data/checker";
import { emptyJourData } from "../../../shared/app/data/document";
import type { JourData } from "../../../shared/app/data/document";
import { someYears } from "./fixtures/jour-store";
import { tempDir } from "./fixtures/temp-dir";

/** Opened as the app opens it: with the store's checker (electron/open-data.ts). */
const openAsApp = (directory: string) =>
  openJourStore<JourData>({
    directory,
    parse: createJourDataChecker().parse,
    defaults: emptyJourData,
    batchDelayMs: 1,
  });

/** A closed jour.db of `data` with the body of its incident at `position` changed by `edit`. */
async function withIncidentRow(data: JourData, position: number, edit: (body: object) => object) {
  const dir = tempDir();
  const { store } = await openAsApp(dir);
  await store.save(data);
  await store.close();
  const db = new DatabaseSync(path.join(dir, "jour.db"));
  const row = db.prepare("SELECT body FROM incidents WHERE position = ?").get(position);
  const body = edit(JSON.parse(String(row?.["body"])) as object);
  db.prepare("UPDATE incidents SET body = ? WHERE position = ?").run(
    JSON.stringify(body),
    position,
  );
  db.close();
  return dir;
}

describe("the open's check of the incidents read from jour.db", () => {
  it("an incident row with a bad value: the database is kept aside, the field named", async () => {
    const dir = await withIncidentRow(someYears(30), 4, (body) => ({ ...body, priority: 9 }));
    const { notices, store } = await openAsApp(dir);
    await store.close();
    expect(notices[0]).toMatchObject({
      kind: "unusable",
      detail: expect.stringMatching(/incidents\.4\.priority/),
    });
  });

  it("a member Jour does not know is stripped before the app sees it, also after an edit", async () => {
    const dir = await withIncidentRow(someYears(30), 7, (body) => ({ ...body, secret: "x" }));
    const opened = await openAsApp(dir);
    expect(opened.notices).toEqual([]);
    expect(opened.document.incidents[7]).not.toHaveProperty("secret");
    expect(opened.document.incidents).toHaveLength(30);
    // Another incident edited and saved: the document stays the checked one.
    const incidents = [...opened.document.incidents];
    const first = incidents[0];
    if (first === undefined) throw new Error("no incident");
    incidents[0] = { ...first, notes: "Ringde igen" };
    await opened.store.save({ ...opened.document, incidents });
    await opened.store.close();
    const again = await openAsApp(dir);
    await again.store.close();
    expect(again.document.incidents[0]?.notes).toBe("Ringde igen");
    expect(again.document.incidents[7]).not.toHaveProperty("secret");
  });
});
