import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDocumentStore } from "../../../electron/store";
import { asciiJson } from "../../../electron/store/json-writer";
import { createJourDataChecker } from "../../../shared/app/data/checker";
import { emptyJourData } from "../../../shared/app/data/document";
import type { Incident, JourData } from "../../../shared/app/data/document";
import { defaultAppSettings } from "../../../shared/app/settings/settings";
import { customer } from "../../shared/app/fakes";
import { notesAt } from "./fixtures/notes-document";
import type { NotesDocument } from "./fixtures/notes-document";
import { openCounting } from "./fixtures/open-counting";
import { listDir, tempDir } from "./fixtures/temp-dir";

const incident: Incident = {
  id: "i-3",
  reportedAt: Date.UTC(2026, 0, 5, 21, 10),
  priority: 1,
  customerId: customer.id,
  summary: "Kassan ger 500 – åäö",
  notes: "Ringde 😀",
  jiraKey: "WEB-12",
  respondedAt: Date.UTC(2026, 0, 5, 21, 14),
  rollbackRequestedAt: null,
  rollbackStartedAt: null,
  resolvedAt: Date.UTC(2026, 0, 5, 22, 0),
  work: [{ id: "w-4", start: Date.UTC(2026, 0, 5, 21, 12), end: Date.UTC(2026, 0, 5, 21, 58) }],
  checkedSteps: ["call"],
  timeline: [],
};

/** `null`: no memo, as when the shell runs from source. */
const open = (directory: string, validatorId: string | null = "build-1") =>
  openCounting(directory, validatorId ?? undefined);

async function savedAndClosed(directory: string, document: NotesDocument): Promise<void> {
  const { store } = await open(directory);
  await store.save(document);
  await store.flush();
}

describe("the validation memo", () => {
  it("spares the full check when the same build reopens the bytes it validated", async () => {
    const dir = tempDir();
    const saved = notesAt(4, ["Kund Å: kassan ger 500", "😀 klart"]);
    await savedAndClosed(dir, saved);
    const again = await open(dir);
    expect(again.parses).toBe(0);
    expect(again.document).toEqual(saved);
    expect(again.problems).toEqual([]);
    expect(listDir(dir)).toEqual(["jour.backup.json", "jour.checked.json", "jour.json"]);
  });

  it("writes the file in ASCII, with the same text read back", async () => {
    const dir = tempDir();
    await savedAndClosed(dir, notesAt(1, ["åäö", "😀"]));
    const bytes = fs.readFileSync(path.join(dir, "jour.json"));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect(bytes.toString()).toContain("\\u00e5");
    expect((await open(dir, null)).document.notes).toEqual(["åäö", "😀"]);
  });

  it("checks in full a file that was changed by hand, even into valid data", async () => {
    const dir = tempDir();
    await savedAndClosed(dir, notesAt(5));
    const file = path.join(dir, "jour.json");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"seq":5', '"seq":6'));
    const edited = await open(dir);
    expect(edited.parses).toBe(1);
    expect(edited.document.seq).toBe(6);
    // Now vouched for: the next open of the edited bytes is spared again.
    expect((await open(dir)).parses).toBe(0);
  });

  it("still moves aside a file changed into invalid data, and restores the backup", async () => {
    const dir = tempDir();
    await savedAndClosed(dir, notesAt(5));
    const file = path.join(dir, "jour.json");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"seq":5', '"seq":-5'));
    const reopened = await open(dir);
    expect(reopened.document.seq).toBe(5);
    expect(reopened.problems[0]).toContain("seq: expected a whole number");
    expect(reopened.problems[1]).toContain("backup (jour.backup.json) was restored");
    // The restored file is the backup's bytes, which passed the full check just now.
    expect((await open(dir)).parses).toBe(0);
  });

  it("checks in full when another build opens the file", async () => {
    const dir = tempDir();
    await savedAndClosed(dir, notesAt(2));
    expect((await open(dir, "build-2")).parses).toBe(1);
    expect((await open(dir, "build-2")).parses).toBe(0);
    expect((await open(dir, null)).parses).toBe(1);
    // The memo is build-2's now: one memo, of the build that ran last.
    expect((await open(dir, "build-1")).parses).toBe(1);
    expect((await open(dir, "build-1")).parses).toBe(0);
  });

  it("never vouches for a file that had to be migrated: it is migrated at every open", async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "jour.json"),
      JSON.stringify({ schemaVersion: 1, seq: 3, note: "x" }),
    );
    for (let i = 0; i < 2; i++) {
      const opened = await open(dir);
      expect(opened.parses).toBe(1);
      expect(opened.document).toEqual({ schemaVersion: 2, seq: 3, notes: ["x"] });
    }
  });

  it("never vouches for a file that parse changes: it is parsed at every open", async () => {
    const dir = tempDir();
    // parseNotes drops what it does not know, as valibot does (and trims what it trims).
    const file = { ...notesAt(3), extra: "left over" };
    fs.writeFileSync(path.join(dir, "jour.json"), JSON.stringify(file));
    for (let i = 0; i < 2; i++) {
      const opened = await open(dir);
      expect(opened.parses).toBe(1);
      expect(opened.document).toEqual(notesAt(3));
    }
  });

  it("vouches, after one full check, for a Jour file as the store writes it", async () => {
    const dir = tempDir();
    const data = {
      ...emptyJourData(),
      settings: { ...defaultAppSettings(), customers: [customer] },
      incidents: [incident],
      nextId: 10,
    };
    // As a crash leaves it: written, never checked (no memo).
    fs.writeFileSync(path.join(dir, "jour.json"), asciiJson(data) ?? "");
    const openJour = async () => {
      let parses = 0;
      const checker = createJourDataChecker();
      const opened = await openDocumentStore<JourData>({
        directory: dir,
        name: "jour",
        parse: (raw) => {
          parses++;
          return checker.parse(raw);
        },
        trust: checker.trust,
        defaults: emptyJourData,
        validatorId: "build-1",
      });
      return { ...opened, parses };
    };
    const first = await openJour();
    expect(first.parses).toBe(1);
    await first.store.flush(); // the memo is written off the main thread; a quit waits for it
    const second = await openJour();
    expect(second.parses).toBe(0);
    expect(second.document).toEqual(first.document);
    expect(second.document).toEqual(data);
  });

  it("hands the opened document to prepareParse once, while idle after the open", async () => {
    const dir = tempDir();
    const data = { ...emptyJourData(), incidents: [incident], nextId: 10 };
    fs.writeFileSync(path.join(dir, "jour.json"), asciiJson(data) ?? "");
    const prepared: unknown[] = [];
    const checker = createJourDataChecker();
    const opened = await openDocumentStore<JourData>({
      directory: dir,
      name: "jour",
      parse: checker.parse,
      trust: checker.trust,
      defaults: emptyJourData,
      prepareParse: (document) => prepared.push(document),
    });
    // Not within the open: the open's caller gets its document first.
    expect(prepared).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(prepared).toHaveLength(1);
    expect(prepared[0]).toBe(opened.document);
    await opened.store.flush();
  });

  it("does not vouch at quit for a saved document that parse would change", async () => {
    const dir = tempDir();
    const withExtra = { ...notesAt(2), extra: "left over" } as NotesDocument;
    await savedAndClosed(dir, withExtra);
    const reopened = await open(dir);
    expect(reopened.parses).toBe(1);
    expect(reopened.document).toEqual(notesAt(2));
  });

  it("checks in full, then rewrites, a damaged or missing memo", async () => {
    const dir = tempDir();
    await savedAndClosed(dir, notesAt(3));
    const memo = path.join(dir, "jour.checked.json");
    for (const damage of [() => fs.writeFileSync(memo, "{not json"), () => fs.rmSync(memo)]) {
      damage();
      const opened = await open(dir);
      expect(opened.parses).toBe(1);
      expect(opened.problems).toEqual([]);
      expect((await open(dir)).parses).toBe(0);
    }
  });

  it("vouches at quit for the last write, which the minute between checks left unchecked", async () => {
    const dir = tempDir();
    const { store } = await open(dir);
    await store.save(notesAt(1)); // the session's first write: checked
    await store.save(notesAt(2)); // within the minute: not yet
    expect((await open(dir)).parses).toBe(1);
    await store.flush();
    const reopened = await open(dir);
    expect(reopened.parses).toBe(0);
    expect(reopened.document).toEqual(notesAt(2));
    expect(JSON.parse(fs.readFileSync(path.join(dir, "jour.backup.json"), "utf8"))).toEqual(
      notesAt(2),
    );
  });

  it("removes the temp file of an interrupted memo write", async () => {
    const dir = tempDir();
    await savedAndClosed(dir, notesAt(1));
    fs.writeFileSync(path.join(dir, "jour.checked.json.tmp-1764087000123abc123"), "{");
    await open(dir);
    expect(listDir(dir)).toEqual(["jour.backup.json", "jour.checked.json", "jour.json"]);
  });
});
