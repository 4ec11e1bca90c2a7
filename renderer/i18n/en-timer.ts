import type { svTimer } from "./sv-timer";

export const enTimer: Record<keyof typeof svTimer, string> = {
  "idle.title": "You were away {span} while the timer ran",
  "idle.detail": "No activity {from}–{to}. What should happen to that time?",
  "idle.keep": "Keep the time",
  "idle.discard": "Discard it, continue from {to}",
  "idle.stop": "Stop the timer at {from}",
  "settings.timerWatch": "Forgotten timer",
  "settings.idleMinutes": "Ask after idle time (min, 0 = off)",
  "settings.longSessionMinutes": "Remind when the timer has run (min, 0 = off)",
  "settings.resumeMinutes": "The shortcut resumes within (min, 0 = off)",
  "problem.shortcutTaken": "is already used by another app",
  "problem.shortcutInvalid": "is not a valid shortcut (e.g. Ctrl+Alt+J)",
};
