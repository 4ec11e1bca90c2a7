import { InputError } from "../texts/errors";
import type { CopiesPort, CopyReason, KeptCopy } from "../ports";
import type { CopyContents } from "./data-views";

/** What a copy of `data` holds: its incidents, on-call weeks and newest incident. */
export function copyContents(data: {
  incidents: readonly { reportedAt: number }[];
  onDutyWeeks: readonly unknown[];
}): CopyContents {
  let latest: number | null = null;
  for (const { reportedAt } of data.incidents) latest = Math.max(latest ?? reportedAt, reportedAt);
  return {
    incidents: data.incidents.length,
    heldWeeks: data.onDutyWeeks.length,
    latestIncidentAt: latest,
  };
}

/**
 * What a kept copy's JSON holds, read without checking the whole document (a heavy user's
 * copy is tens of MB, and Settings → Data lists every copy); null when it is no Jour data.
 * Restoring one still checks it in full.
 */
export function copyContentsOf(json: string): CopyContents | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const { incidents, onDutyWeeks } = (raw ?? {}) as { incidents?: unknown; onDutyWeeks?: unknown };
  if (!Array.isArray(incidents) || !Array.isArray(onDutyWeeks)) return null;
  const times = incidents.map(
    (incident: unknown) => (incident as { reportedAt?: unknown } | null)?.reportedAt,
  );
  const valid = times.filter((at): at is number => typeof at === "number" && Number.isFinite(at));
  if (valid.length !== times.length) return null;
  return copyContents({ incidents: valid.map((reportedAt) => ({ reportedAt })), onDutyWeeks });
}

/** A copy's id from its reason and time: sortable, and a legal file name everywhere. */
export function copyId(reason: CopyReason, at: number, attempt = 0): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, "-");
  return `${reason}-${stamp}${attempt > 0 ? `-${attempt}` : ""}`;
}

const COPY_ID =
  /^(before-import|before-restore)-(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z(?:-\d+)?$/;

/** The reason and time an id stands for; null when it is not a copy's id. */
export function parseCopyId(id: string): KeptCopy | null {
  const match = COPY_ID.exec(id);
  if (!match) return null;
  const [, reason, day, minutes, seconds, ms] = match;
  const at = Date.parse(`${day}:${minutes}:${seconds}.${ms}Z`);
  if (Number.isNaN(at)) return null;
  return { id, reason: reason as CopyReason, at };
}

/** Newest first; the same instant by id, so the order is stable. */
export function newestFirst(copies: KeptCopy[]): KeptCopy[] {
  return copies.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
}

/** Copies held in memory: the app's default when a shell gives none (tests, benches). */
export function memoryCopies(): CopiesPort & {
  texts: Map<string, string>;
  trashed: Map<string, string>;
} {
  const texts = new Map<string, string>();
  // In memory the trash is a second map: what the tests (and the preview) can look into.
  const trashed = new Map<string, string>();
  return {
    texts,
    trashed,
    async keep(json, reason, at) {
      let attempt = 0;
      while (texts.has(copyId(reason, at, attempt))) attempt++;
      const id = copyId(reason, at, attempt);
      texts.set(id, json);
      return { id, reason, at };
    },
    async list() {
      return newestFirst([...texts.keys()].flatMap((id) => parseCopyId(id) ?? []));
    },
    async read(id) {
      const text = texts.get(id);
      if (text === undefined) throw InputError.of("id", `no kept copy ${id}`);
      return text;
    },
    async trash(id) {
      const text = texts.get(id);
      if (text === undefined) throw InputError.of("copy", `no kept copy ${id}`, "notFound");
      trashed.set(id, text);
      texts.delete(id);
    },
  };
}
