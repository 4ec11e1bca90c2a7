import type { MessageKey } from "../i18n/sv";

/** Settings, a section at a time: each with its own place in the settings' navigation. */
export const SETTINGS_SECTIONS = [
  "general",
  "rules",
  "rest",
  "links",
  "reminders",
  "customers",
  "runbook",
  "holidays",
  "data",
  "about",
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const sectionLabels: Record<SettingsSection, MessageKey> = {
  general: "settings.general",
  rules: "settings.rules",
  rest: "settings.rest",
  links: "settings.links",
  reminders: "settings.remindersSection",
  customers: "settings.customers",
  runbook: "settings.runbook",
  holidays: "settings.holidays",
  data: "settings.data",
  about: "settings.about",
};

export function isSection(name: string | undefined): name is SettingsSection {
  return (SETTINGS_SECTIONS as readonly string[]).includes(name ?? "");
}

/** The section holding a field ("links.jira" → links), so an error can be shown in place. */
export function sectionOfField(field: string): SettingsSection {
  const head = field.split(".", 1)[0] ?? "";
  if (head === "rules" || head === "links" || head === "customers" || head === "runbook") {
    return head;
  }
  if (head === "rateHistory") return "rules";
  if (head === "rest") return "rest";
  if (head === "timerWatch" || head === "handoverReminders") return "reminders";
  return "general";
}
