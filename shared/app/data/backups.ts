import { localParts } from "../../domain/local-time";

/**
 * Backups of the database (the shell takes them, electron/backups/): their file names, when
 * the next one is due, and which of them the rotation keeps. Pure: time is passed in.
 */

export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many of the newest backups are always kept, whatever their age. */
export const KEEP_NEWEST = 10;
/** Days back in which the newest backup of each local day is kept. */
export const KEEP_DAILY_DAYS = 30;
/** Days back in which the newest backup of each local month is kept. */
export const KEEP_MONTHLY_DAYS = 365;

export interface DatedBackup {
  /** Its file name, e.g. "jour-backup-2026-12-07T22-10-05Z.db". */
  name: string;
  /** When it was taken (epoch ms, to the second). */
  at: number;
}

const NAME = /^jour-backup-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)Z(?:-(\d{1,3}))?\.db$/;

/** A backup's file name from its time (UTC, to the second), sortable and legal everywhere. */
export function backupName(at: number, attempt = 0): string {
  const stamp = new Date(at).toISOString().slice(0, 19).replace(/:/g, "-");
  return `jour-backup-${stamp}Z${attempt > 0 ? `-${attempt}` : ""}.db`;
}

/** The time a backup's file name stands for; null when it is not a backup's name. */
export function parseBackupName(name: string): DatedBackup | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds] = match;
  const at = Date.parse(`${day}T${hours}:${minutes}:${seconds}Z`);
  if (Number.isNaN(at) || backupName(at, Number(match[5] ?? 0)) !== name) return null;
  return { name, at };
}

/**
 * Whether a backup is due after a change: none taken yet, an hour passed since the last,
 * or the clock was set back before it (else none would come for as long).
 */
export function backupDue(lastAt: number | null, now: number): boolean {
  return lastAt === null || now - lastAt >= BACKUP_INTERVAL_MS || now < lastAt;
}

/** Newest first; the same second by name, so the order is stable. */
export function newestBackupsFirst<T extends DatedBackup>(backups: readonly T[]): T[] {
  return [...backups].sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1));
}

/**
 * The names the rotation keeps: the newest 10; the newest of each local day of the last 30
 * days; the newest of each local month of the last year; and any dated after `now` (the
 * clock was set back: nothing says they are old). The others may be pruned.
 */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  now: number,
  timeZone: string,
): Set<string> {
  const sorted = newestBackupsFirst(backups);
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  sorted.forEach((backup, index) => {
    if (index < KEEP_NEWEST || backup.at > now) {
      keep.add(backup.name);
    }
    const { year, month, day } = localParts(backup.at, timeZone);
    const dayKey = `${year}-${month}-${day}`;
    const monthKey = `${year}-${month}`;
    // Newest first: the first seen of a day or month is its newest.
    if (now - backup.at <= KEEP_DAILY_DAYS * DAY_MS && !days.has(dayKey)) {
      days.add(dayKey);
      keep.add(backup.name);
    }
    if (now - backup.at <= KEEP_MONTHLY_DAYS * DAY_MS && !months.has(monthKey)) {
      months.add(monthKey);
      keep.add(backup.name);
    }
  });
  return keep;
}
