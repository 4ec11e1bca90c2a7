import type { DocumentAccess } from "../data/document-access";
import type { TimerView } from "../incidents/incident-views";
import { timerView } from "../incidents/timer-view";
import { parseInput } from "../texts/errors";
import { resolveIdleSchema, type IdleQuestionView, type ResolveIdleInput } from "./idle-view";
import { idleQuestion, resolveIdle } from "./timer-watch";

/** The timer watch's question after the desktop was idle or asleep while a timer ran. */
export interface IdleMethods {
  /** The pending "you were away" question about the running session, or null. */
  getIdleQuestion(): Promise<IdleQuestionView | null>;
  /** Answers it: keep the time, discard it (resume from the return) or stop at idle start. */
  resolveIdle(input: ResolveIdleInput): Promise<TimerView | null>;
}

export function idleMethods({ read, change }: DocumentAccess): IdleMethods {
  return {
    getIdleQuestion: () => read((data) => idleQuestion(data)),
    resolveIdle: (raw) =>
      change((data, now) => {
        const next = resolveIdle(data, parseInput(resolveIdleSchema, raw).choice, now);
        return { data: next, result: timerView(next, now) };
      }),
  };
}
