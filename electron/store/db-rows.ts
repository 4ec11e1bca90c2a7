import type { DatabaseSync, StatementSync } from "node:sqlite";

/**
 * The document's members kept in tables of their own (db-schema.ts); every other member
 * (settings, nextId, rotation, …, and any a later Jour adds) is a row of `document`.
 */
const weekLists = ["onDutyWeeks", "offDutyWeeks", "reportedWeeks", "notHeldWeeks"] as const;
const tableMembers = new Set<string>([
  "incidents",
  "timer",
  "reports",
  "weekChecklists",
  "firedAlerts",
  ...weekLists,
]);

type Doc = Record<string, unknown>;
interface Identified {
  id: string;
  reportedAt?: unknown;
}
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const weekOf = (value: unknown): number => {
  const week = (value as { week?: unknown } | null)?.week;
  return typeof week === "number" && Number.isInteger(week) ? week : 0;
};

/** The first column of each row (rows read as arrays: no object per row, 15 000 at an open). */
function firstColumn(db: DatabaseSync, sql: string, ...params: string[]): unknown[] {
  const statement = db.prepare(sql);
  statement.setReturnArrays(true);
  return (statement.all(...params) as unknown as unknown[][]).map((row) => row[0]);
}

/** The document as the tables hold it (not checked: the caller's `parse` does that). */
export function readDocument(db: DatabaseSync): Doc {
  const doc: Doc = {};
  for (const row of db.prepare("SELECT key, value FROM document").all()) {
    doc[row["key"] as string] = JSON.parse(row["value"] as string);
  }
  const bodies = (sql: string) =>
    firstColumn(db, sql).map((body) => JSON.parse(body as string) as unknown);
  doc["incidents"] = bodies("SELECT body FROM incidents ORDER BY position");
  const timer = db.prepare("SELECT body FROM timer").get();
  doc["timer"] = timer === undefined ? null : JSON.parse(timer["body"] as string);
  for (const list of weekLists) {
    doc[list] = firstColumn(db, "SELECT week FROM weeks WHERE list = ? ORDER BY position", list);
  }
  doc["reports"] = bodies("SELECT body FROM reports ORDER BY position");
  doc["weekChecklists"] = bodies("SELECT body FROM week_checklists ORDER BY position");
  doc["firedAlerts"] = firstColumn(db, "SELECT key FROM fired_alerts ORDER BY position");
  return doc;
}

/** How many rows each table holds: compared with the source after a migration. */
export function countRows(db: DatabaseSync): Record<string, number> {
  const tables = ["incidents", "timer", "weeks", "reports", "week_checklists", "fired_alerts"];
  return Object.fromEntries(
    tables.map((table) => {
      const row = db.prepare(`SELECT count(*) AS n FROM ${table}`).get();
      return [table, Number(row?.["n"] ?? 0)];
    }),
  );
}

/** The counts `countRows` should find for a document. */
export function expectedRows(doc: Doc): Record<string, number> {
  return {
    incidents: asList(doc["incidents"]).length,
    timer: doc["timer"] === null || doc["timer"] === undefined ? 0 : 1,
    weeks: weekLists.reduce((sum, list) => sum + asList(doc[list]).length, 0),
    reports: asList(doc["reports"]).length,
    week_checklists: asList(doc["weekChecklists"]).length,
    fired_alerts: asList(doc["firedAlerts"]).length,
  };
}

export interface RowWriter {
  /** The document the tables hold now (no statement run): the open's, or a migration's. */
  adopt(doc: Doc): void;
  /**
   * Writes what differs from the last document written, compared by object identity (saved
   * documents are never changed in place: the app core replaces an object to change it), in
   * one transaction. On failure it is rolled back and the writer still knows the old state,
   * so the next write sends the whole difference again.
   */
  write(doc: Doc): void;
}

export function createRowWriter(db: DatabaseSync): RowWriter {
  const cache = new Map<string, StatementSync>();
  const run = (sql: string, ...params: (string | number | null)[]) => {
    let statement = cache.get(sql);
    if (statement === undefined) cache.set(sql, (statement = db.prepare(sql)));
    statement.run(...params);
  };
  let last: Doc = {};
  // Each incident last written, by id, with its position: an edit is one row.
  let incidents = new Map<string, { item: unknown; position: number }>();

  const indexIncidents = (list: unknown[]) => {
    const index = new Map<string, { item: unknown; position: number }>();
    list.forEach((item, position) => index.set((item as Identified).id, { item, position }));
    return index;
  };

  /** Rewrites a positional list from its first changed element on (most only grow). */
  const syncList = (
    before: unknown[],
    after: unknown[],
    remove: (from: number) => void,
    insert: (position: number, item: unknown) => void,
  ) => {
    let first = 0;
    const common = Math.min(before.length, after.length);
    while (first < common && before[first] === after[first]) first++;
    if (first === before.length && first === after.length) return;
    if (first < before.length) remove(first);
    for (let i = first; i < after.length; i++) insert(i, after[i]);
  };

  type Known = { item: unknown; position: number };
  /** The rows' changes, as updates of `incidents` made once the transaction committed. */
  const writeIncidents = (after: unknown[]): [string, Known | null][] => {
    const updates: [string, Known | null][] = [];
    let kept = 0;
    let added = 0;
    for (let position = 0; position < after.length; position++) {
      const item = after[position] as Identified;
      const known = incidents.get(item.id);
      if (known !== undefined) kept++;
      else added++;
      if (known?.item === item && known.position === position) continue;
      if (known?.item === item) {
        run("UPDATE incidents SET position = ? WHERE id = ?", position, item.id);
      } else {
        const reportedAt = typeof item.reportedAt === "number" ? item.reportedAt : 0;
        run(
          "INSERT INTO incidents (id, position, reported_at, body) VALUES (?, ?, ?, ?) " +
            "ON CONFLICT (id) DO UPDATE SET position = excluded.position, " +
            "reported_at = excluded.reported_at, body = excluded.body",
          item.id,
          position,
          reportedAt,
          JSON.stringify(item),
        );
      }
      updates.push([item.id, { item, position }]);
    }
    if (kept + added !== after.length || kept < incidents.size) {
      const present = new Set(after.map((item) => (item as Identified).id));
      for (const id of incidents.keys()) {
        if (present.has(id)) continue;
        run("DELETE FROM incidents WHERE id = ?", id);
        updates.push([id, null]);
      }
    }
    return updates;
  };

  const writeMembers = (doc: Doc) => {
    let updates: [string, Known | null][] = [];
    if (doc["incidents"] !== last["incidents"]) updates = writeIncidents(asList(doc["incidents"]));
    if (doc["timer"] !== last["timer"]) {
      run("DELETE FROM timer");
      const timer = doc["timer"] as { incidentId?: unknown } | null | undefined;
      if (timer !== null && timer !== undefined) {
        run(
          "INSERT INTO timer (one, incident_id, body) VALUES (1, ?, ?)",
          String(timer.incidentId),
          JSON.stringify(timer),
        );
      }
    }
    for (const list of weekLists) {
      if (doc[list] === last[list]) continue;
      syncList(
        asList(last[list]),
        asList(doc[list]),
        (from) => run("DELETE FROM weeks WHERE list = ? AND position >= ?", list, from),
        (position, week) =>
          run(
            "INSERT INTO weeks (list, position, week) VALUES (?, ?, ?)",
            list,
            position,
            Number(week),
          ),
      );
    }
    const positional = [
      ["reports", "reports"],
      ["weekChecklists", "week_checklists"],
    ] as const;
    for (const [member, table] of positional) {
      if (doc[member] === last[member]) continue;
      syncList(
        asList(last[member]),
        asList(doc[member]),
        (from) => run(`DELETE FROM ${table} WHERE position >= ?`, from),
        (position, item) =>
          run(
            `INSERT INTO ${table} (position, week, body) VALUES (?, ?, ?)`,
            position,
            weekOf(item),
            JSON.stringify(item),
          ),
      );
    }
    if (doc["firedAlerts"] !== last["firedAlerts"]) {
      syncList(
        asList(last["firedAlerts"]),
        asList(doc["firedAlerts"]),
        (from) => run("DELETE FROM fired_alerts WHERE position >= ?", from),
        (position, key) =>
          run("INSERT INTO fired_alerts (position, key) VALUES (?, ?)", position, String(key)),
      );
    }
    for (const key of new Set([...Object.keys(last), ...Object.keys(doc)])) {
      if (tableMembers.has(key) || doc[key] === last[key]) continue;
      if (doc[key] === undefined) run("DELETE FROM document WHERE key = ?", key);
      else {
        run(
          "INSERT INTO document (key, value) VALUES (?, ?) " +
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
          key,
          JSON.stringify(doc[key]),
        );
      }
    }
    return updates;
  };

  return {
    adopt(doc) {
      last = doc;
      incidents = indexIncidents(asList(doc["incidents"]));
    },
    write(doc) {
      if (doc === last) return;
      db.exec("BEGIN IMMEDIATE");
      let updates: [string, Known | null][];
      try {
        updates = writeMembers(doc);
        db.exec("COMMIT");
      } catch (error) {
        if (db.isTransaction) db.exec("ROLLBACK");
        throw error;
      }
      last = doc;
      for (const [id, known] of updates) {
        if (known === null) incidents.delete(id);
        else incidents.set(id, known);
      }
    },
  };
}
