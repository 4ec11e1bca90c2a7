import type { JourData } from "../data/document";
import { formatSpanText } from "../texts/format";
import type { IdleSource, NotifierPort } from "../ports";
import type { SteadyClock } from "./steady-clock";
import { textsFor } from "../texts/texts";
import { askIdle, dueReminder, idleQuestion } from "./timer-watch";

const MINUTE = 60_000;

/**
 * The timer's watch over time: on the shell's tick it looks at the clocks (a jump is told
 * once per session), the desktop's idle time (back after the idle setting: ask) and the
 * session's length (remind). The decisions are timer-watch.ts's; this keeps only what
 * cannot be in the document: since when the user is away, and the clocks' last reading.
 */
export interface TimerWatchService {
  /** On the tick. true when an idle question was just asked (the shell shows the window). */
  check(): Promise<boolean>;
  /** The machine goes to sleep: a running timer's time from now on counts as idle. */
  suspended(): void;
  /** The machine woke: asks about the time asleep. true when a question was asked. */
  resumed(): Promise<boolean>;
  /** The screen was locked: the user is away from now (or from when the desktop went idle). */
  locked(): void;
  /** The screen was unlocked: asks about the time locked. true when a question was asked. */
  unlocked(): Promise<boolean>;
  /** The user was away from idleSince to backAt; true when a question was asked. */
  reportIdle(report: { idleSince: number; backAt: number }): Promise<boolean>;
}

type Change = (
  apply: (data: JourData, now: number) => { data: JourData; result: boolean },
) => Promise<boolean>;

export function createTimerWatchService(deps: {
  read: () => JourData;
  clock: SteadyClock;
  idle?: IdleSource | undefined;
  notifier: NotifierPort;
  change: Change;
}): TimerWatchService {
  const { clock, notifier } = deps;
  let awaySince: number | null = null;
  let jumpToldFor: number | null = null;
  // From the suspend event to the resume event: the time away is the resume's to report.
  let asleep = false;
  // The end of the last absence asked about: the desktop's idle count may still cover it
  // (some report the time asleep as idle until the next input), and it is not asked twice.
  let askedUntil = -Infinity;
  // From the lock to the unlock: the user is away since then, whatever the idle count says
  // (Wayland's is 0 throughout), and a resume meanwhile waits for the unlock to ask.
  let lockedSince: number | null = null;

  const running = () => deps.read().timer?.runningSince ?? null;
  const idleThreshold = () => deps.read().settings.timerWatch.idleMinutes * MINUTE;
  const send = (title: string, body: string, incidentId: string) => {
    try {
      notifier.notify({ title, body, urgent: false, incidentId });
    } catch {
      // A failing desktop notification must not stop the tick; the window shows the rest.
    }
  };

  const reportIdle = (report: { idleSince: number; backAt: number }) =>
    deps.change((data) => {
      const idleSince = Math.max(report.idleSince, askedUntil);
      const next = askIdle(data, { idleSince, backAt: report.backAt });
      const question = next === data ? null : idleQuestion(next);
      if (question) {
        askedUntil = question.backAt;
        const t = textsFor(data.settings.language).timer;
        send(
          t.away(formatSpanText(question.awayMs, data.settings.language)),
          t.awayBody,
          question.incidentId,
        );
      }
      return { data: next, result: question !== null };
    });

  const tellJump = (jump: number) => {
    const since = running();
    if (jump === 0 || since === null || jumpToldFor === since) return;
    jumpToldFor = since;
    const data = deps.read();
    const t = textsFor(data.settings.language).timer;
    const incidentId = data.timer?.incidentId ?? "";
    send(
      t.clockJumped,
      t.clockJumpedBody(jump > 0, formatSpanText(Math.abs(jump), data.settings.language)),
      incidentId,
    );
  };

  const awayUntil = (backAt: number, since: number | null): Promise<boolean> => {
    awaySince = null;
    if (since === null || running() === null) return Promise.resolve(false);
    return reportIdle({ idleSince: since, backAt });
  };
  const earliest = (a: number | null, b: number) => Math.min(a ?? Infinity, b);

  /** A forward jump seen on the tick: the machine slept `ms` and the shell missed it. */
  const missedSleep = (ms: number): Promise<boolean> => {
    if (running() === null) return Promise.resolve(false);
    const now = clock.now();
    const since = earliest(awaySince, now - ms);
    if (lockedSince !== null) {
      awaySince = since;
      return Promise.resolve(false);
    }
    return awayUntil(now, since);
  };

  const pollIdle = async (): Promise<boolean> => {
    const threshold = idleThreshold();
    if (asleep || lockedSince !== null) return false;
    if (!deps.idle || running() === null || threshold === 0) {
      awaySince = null;
      return false;
    }
    const idleMs = deps.idle.idleMs();
    const now = clock.now();
    if (idleMs >= threshold) {
      awaySince = Math.min(awaySince ?? Infinity, now - idleMs);
      return false;
    }
    if (awaySince === null) return false;
    const idleSince = awaySince;
    awaySince = null;
    return reportIdle({ idleSince, backAt: now - idleMs });
  };

  const remind = () =>
    deps.change((data, now) => {
      const due = dueReminder(data, now);
      if (!due) return { data, result: false };
      const t = textsFor(data.settings.language).timer;
      send(
        t.longSession(formatSpanText(due.sessionMs, data.settings.language)),
        t.longSessionBody,
        due.incidentId,
      );
      return { data: due.data, result: true };
    });

  return {
    async check() {
      const jump = clock.observe();
      if (jump < 0) tellJump(jump);
      const slept = jump > 0 && (await missedSleep(jump));
      const asked = await pollIdle();
      await remind();
      return slept || asked;
    },
    suspended() {
      clock.suspended();
      asleep = true;
      if (running() === null) return;
      const now = clock.now();
      const idleMs = deps.idle?.idleMs() ?? 0;
      const since = idleMs >= idleThreshold() ? now - idleMs : now;
      awaySince = Math.min(awaySince ?? Infinity, since);
    },
    async resumed() {
      // Credits the time asleep first (the monotonic clock may have stood still).
      clock.resumed();
      asleep = false;
      // Still locked: the user is not back yet; the unlock asks about it all.
      if (lockedSince !== null) return false;
      return awayUntil(clock.now(), awaySince);
    },
    locked() {
      if (lockedSince !== null) return;
      const now = clock.now();
      // An automatic lock comes after the desktop's idle delay: away since the last input.
      lockedSince = now - Math.max(0, deps.idle?.idleMs() ?? 0);
    },
    async unlocked() {
      if (lockedSince === null) return false;
      const since = earliest(awaySince, lockedSince);
      lockedSince = null;
      return awayUntil(clock.now(), since);
    },
    reportIdle,
  };
}
