import { NewerSchemaError } from "../../../shared/app/errors";
import type { SplitOptions } from "../../../electron/store";

/**
 * A small versioned document for the store's tests, with a real migration (version 1 held
 * one `note`, version 2 holds `notes`), so the tests do not depend on the app's data model.
 */
export interface NotesDocument {
  schemaVersion: 2;
  /** Increases with every save of the crash test's writer. */
  seq: number;
  notes: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function parseNotes(raw: unknown): NotesDocument {
  if (!isRecord(raw)) throw new Error("document: expected an object");
  const migrated =
    raw["schemaVersion"] === 1 ? { ...raw, schemaVersion: 2, notes: [raw["note"]] } : raw;
  const version = migrated["schemaVersion"];
  // As parseJourData does: a newer app's file is not corrupt, this build is too old for it.
  if (typeof version === "number" && Number.isInteger(version) && version > 2) {
    throw new NewerSchemaError(version, 2);
  }
  if (version !== 2) {
    throw new Error(`schemaVersion: ${String(migrated["schemaVersion"])} is not supported`);
  }
  const { seq, notes } = migrated;
  if (typeof seq !== "number" || !Number.isInteger(seq) || seq < 0) {
    throw new Error("seq: expected a whole number ≥ 0");
  }
  if (!Array.isArray(notes) || !notes.every((note) => typeof note === "string")) {
    throw new Error("notes: expected a list of texts");
  }
  return { schemaVersion: 2, seq, notes };
}

export const emptyNotes = (): NotesDocument => ({ schemaVersion: 2, seq: 0, notes: [] });

export const notesAt = (seq: number, notes: string[] = [`note ${seq}`]): NotesDocument => ({
  schemaVersion: 2,
  seq,
  notes,
});

/**
 * The notes split as Jour splits its incidents (docs/storage.md): `note 17 …` by its number's
 * last digit, anything else (the crash writer's changing note) in a unit of its own.
 */
export const notesSplit: SplitOptions = {
  member: "notes",
  unitOf: (note) => {
    const number = /^note (\d+)/.exec(String(note))?.[1];
    return number === undefined ? "tail" : `n${Number(number) % 10}`;
  },
};
