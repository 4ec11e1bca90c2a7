import type { svQa } from "./sv-qa";

/** English texts added by the QA pass. */
export const enQa: Record<keyof typeof svQa, string> = {
  "problem.above": "enter a number above {n}",
  "problem.atLeast": "enter at least {n}",
  "problem.atMost": "enter at most {n}",
  "problem.integer": "enter a whole number",
  "problem.maxLength": "at most {n} characters",
  "problem.future": "cannot be in the future",
  "problem.years": "enter a time between the years 2000 and 2199",
  "problem.idleAnswered": "the question was already answered",
  "report.oneIncident": "1 incident",
  "now.weekNotHeld": "{week} · {range}",
  "idle.stopOn": "Stop the timer at {from}",
};
