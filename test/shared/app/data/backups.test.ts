import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  backupDue,
  backupName,
  backupsToKeep,
  KEEP_NEWEST,
  parseBackupName,
} from "../../../../shared/app/data/backups";
import type { DatedBackup } from "../../../../shared/app/data/backups";
import { localDate } from "../../../../shared/domain/local-time";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 7, 22, 10, 5);
const ZONE = "Europe/Stockholm";

/** Backups at distinct whole seconds up to two years before NOW (and a few after). */
const backupsArb = fc
  .uniqueArray(fc.integer({ min: -2 * 365 * 86_400, max: 2 * 86_400 }), { maxLength: 120 })
  .map((offsets): DatedBackup[] =>
    offsets.map((s) => {
      const at = NOW - s * 1000;
      return { name: backupName(at), at };
    }),
  );

const zoneArb = fc.constantFrom("Europe/Stockholm", "UTC", "America/New_York", "Asia/Kolkata");

describe("backup names", () => {
  test("a name reads back as its time, to the second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800 }), fc.nat(5), (seconds, attempt) => {
        const at = seconds * 1000;
        expect(parseBackupName(backupName(at, attempt))).toEqual({
          name: backupName(at, attempt),
          at,
        });
      }),
    );
  });

  test("other files are no backups", () => {
    for (const name of [
      "jour.db",
      "jour-backup-2026-12-07T22-10-05Z.db.damaged",
      "jour-backup-2026-12-07T22-10-05Z.db.partial",
      "jour-backup-2026-13-07T22-10-05Z.db",
      "jour-backup-2026-12-07T22-10-05Z-01.db",
      "../jour-backup-2026-12-07T22-10-05Z.db",
    ]) {
      expect(parseBackupName(name)).toBeNull();
    }
    expect(backupName(NOW)).toBe("jour-backup-2026-12-07T22-10-05Z.db");
  });
});

describe("backupDue", () => {
  test("the first, then after an hour, and after the clock was set back", () => {
    expect(backupDue(null, NOW)).toBe(true);
    expect(backupDue(NOW - HOUR + 1, NOW)).toBe(false);
    expect(backupDue(NOW - HOUR, NOW)).toBe(true);
    expect(backupDue(NOW + 1000, NOW)).toBe(true);
  });
});

describe("backupsToKeep (the rotation)", () => {
  test("keeps only names it was given, and never the newest ten", () => {
    fc.assert(
      fc.property(backupsArb, zoneArb, (backups, zone) => {
        const keep = backupsToKeep(backups, NOW, zone);
        const names = new Set(backups.map((b) => b.name));
        for (const name of keep) expect(names.has(name)).toBe(true);
        const newest = [...backups].sort((a, b) => b.at - a.at).slice(0, KEEP_NEWEST);
        for (const backup of newest) expect(keep.has(backup.name)).toBe(true);
        if (backups.length > 0) expect(keep.size).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  test("keeps the newest of each day of the last 30 days and of each month of the year", () => {
    fc.assert(
      fc.property(backupsArb, zoneArb, (backups, zone) => {
        const keep = backupsToKeep(backups, NOW, zone);
        const newestOf = (key: (at: number) => string, withinDays: number) => {
          const newest = new Map<string, DatedBackup>();
          for (const backup of backups) {
            if (backup.at > NOW || NOW - backup.at > withinDays * DAY) continue;
            const k = key(backup.at);
            const seen = newest.get(k);
            if (!seen || backup.at > seen.at) newest.set(k, backup);
          }
          return [...newest.values()];
        };
        for (const backup of newestOf((at) => localDate(at, zone), 30)) {
          expect(keep.has(backup.name)).toBe(true);
        }
        for (const backup of newestOf((at) => localDate(at, zone).slice(0, 7), 365)) {
          expect(keep.has(backup.name)).toBe(true);
        }
      }),
    );
  });

  test("keeps nothing more: each kept one is among the newest ten, dated later than now, or a day's or month's newest", () => {
    fc.assert(
      fc.property(backupsArb, zoneArb, (backups, zone) => {
        const keep = backupsToKeep(backups, NOW, zone);
        const sorted = [...backups].sort((a, b) => b.at - a.at);
        const rank = new Map(sorted.map((b, i) => [b.name, i]));
        for (const backup of backups) {
          if (!keep.has(backup.name)) continue;
          const age = NOW - backup.at;
          const newerSame = (slice: number) =>
            backups.some(
              (other) =>
                other.at > backup.at &&
                other.at <= NOW &&
                localDate(other.at, zone).slice(0, slice) ===
                  localDate(backup.at, zone).slice(0, slice),
            );
          const reason =
            (rank.get(backup.name) ?? 99) < KEEP_NEWEST ||
            backup.at > NOW ||
            (age <= 30 * DAY && !newerSame(10)) ||
            (age <= 365 * DAY && !newerSame(7));
          expect(reason).toBe(true);
        }
      }),
    );
  });

  test("at most 10 + 31 + 13 kept from the past, however many hourly backups there are", () => {
    const hourly = Array.from({ length: 24 * 400 }, (_, i) => {
      const at = NOW - i * HOUR;
      return { name: backupName(at), at };
    });
    const keep = backupsToKeep(hourly, NOW, ZONE);
    expect(keep.size).toBeLessThanOrEqual(10 + 31 + 13);
    expect(keep.size).toBeGreaterThanOrEqual(10 + 29 + 11);
    // The oldest kept is about a year old: the newest backup of that month.
    const oldest = Math.min(...hourly.filter((b) => keep.has(b.name)).map((b) => b.at));
    expect(NOW - oldest).toBeGreaterThan(330 * DAY);
    expect(NOW - oldest).toBeLessThanOrEqual(365 * DAY);
  });

  test("the days are the zone's: 23:30 and 00:30 Stockholm time are two days", () => {
    const late = Date.UTC(2026, 10, 20, 22, 30); // 23:30 in Stockholm, 20 Nov
    const early = late + HOUR; // 00:30, 21 Nov (in Tokyo both are the 21st)
    const old = [late, early].map((at) => ({ name: backupName(at), at }));
    // Ten newer ones, so only the daily rule can keep these two.
    const recent = Array.from({ length: 10 }, (_, i) => ({
      name: backupName(NOW - i * 1000),
      at: NOW - i * 1000,
    }));
    expect(backupsToKeep([...old, ...recent], NOW, ZONE).has(must(old[0]).name)).toBe(true);
    expect(backupsToKeep([...old, ...recent], NOW, "Asia/Tokyo").has(must(old[0]).name)).toBe(
      false,
    );
  });
});

/** The value, which the test knows is there (fails the test when it is not). */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("expected a value");
  return value;
}
