// settings/: every setting, its check and default, the runbook, URLs, the settings' methods.
import * as v from "valibot";
import { dailyRest, defaultSettings, onCallWeek, responseDeadline } from "../../index";
import type { Settings } from "../../index";
import { languages } from "../texts/language";
import { csvStyles } from "../texts/csv-format";
import { InputError, firstIssue } from "../texts/errors";
import { inJourWords } from "../texts/issue-words";
import { plainObjectCheck } from "../texts/plain-object";
import { isGlobalShortcut } from "./accelerator";
import { urlProblem } from "./urls";
import { defaultRunbook, runbookInLanguage, runbookStepSchema } from "./runbook";
import { settingIdSchema } from "./setting-id";
import { hhmmSchema, isIsoWeekday, isoWeekday, rulesSchema } from "./rules-settings";
import {
  checkRateWeeks,
  firstRateEntry,
  latestRateEntry,
  normalizeRateHistory,
  rateHistorySchema,
} from "./rate-history";

/**
 * The app's settings: the rules' `Settings` (DOMAIN §6) under `rules`, plus what the app
 * itself needs (links, customers, runbook, alerts, language, desktop integration).
 */

// What a stored document may hold: the check of the first versions. Kept lenient for files
// (a link a later, stricter check refuses must not make a whole file unreadable); every
// change of the settings and every link opened goes through urls.ts (checkSettingsUrls).
const storedHttpUrl = /^https?:\/\/[^\s]+$/i;

/** "" (not set) or an http(s) URL: external links are only ever http(s) (PRODUCT §4). */
export const optionalUrlSchema = v.union(
  [v.literal(""), v.pipe(v.string(), v.regex(storedHttpUrl, 'expected "" or an http(s) URL'))],
  'expected "" or an http(s) URL',
);

const LINK_FIELDS = ["callForwardingPortal", "newRelic", "jira", "callLink"] as const;
const CUSTOMER_URL_FIELDS = ["siteUrl", "newRelicUrl", "elmahUrl"] as const;

/** The settings' links by the one URL check (urls.ts); throws naming the first bad one. */
export function checkSettingsUrls(settings: AppSettings, field = "settings"): void {
  const check = (url: string, path: string) => {
    const problem = url === "" ? null : urlProblem(url);
    if (problem) throw InputError.of(`${field}.${path}`, problem);
  };
  for (const name of LINK_FIELDS) check(settings.links[name], `links.${name}`);
  settings.customers.forEach((customer, i) => {
    for (const name of CUSTOMER_URL_FIELDS) check(customer[name], `customers.${i}.${name}`);
  });
}

export const prioritySchema = v.picklist([1, 2, 3] as const);

export const customerSchema = v.object({
  id: settingIdSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, "a customer needs a name"), v.maxLength(200)),
  siteUrl: optionalUrlSchema,
  newRelicUrl: optionalUrlSchema,
  elmahUrl: optionalUrlSchema,
});

export const linksSchema = v.object({
  /** Telenor's call forwarding portal (week start). */
  callForwardingPortal: optionalUrlSchema,
  newRelic: optionalUrlSchema,
  /** Jira's base URL, e.g. https://agency.atlassian.net */
  jira: optionalUrlSchema,
  /** Jira's numeric project id and issue type id for the create-issue link. */
  jiraProjectId: v.pipe(v.string(), v.regex(/^\d*$/, "expected Jira's numeric project id")),
  jiraIssueTypeId: v.pipe(v.string(), v.regex(/^\d*$/, "expected Jira's numeric issue type id")),
  /** The call link (Teams meeting); Skype closed in 2025, so it is a setting. */
  callLink: optionalUrlSchema,
});

function distinctIds<T extends { id: string }>(items: T[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

/** The rest rule's settings (shared/domain/rest.ts) and where its results show. */
export const restSettingsSchema = v.object({
  /** The engineer's regular working hours: separate from the office hours used for P3. */
  regular: v.pipe(
    v.object({
      days: v.pipe(
        v.array(isoWeekday),
        v.check((days) => new Set(days).size === days.length, "weekdays must be distinct"),
      ),
      start: hhmmSchema,
      end: hhmmSchema,
    }),
    v.forward(
      v.check((regular) => regular.end > regular.start, "must be after start"),
      ["end"],
    ),
  ),
  /** Local time at which each 24-hour period starts. */
  periodStart: hhmmSchema,
  dailyRestHours: v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(24)),
  weeklyRestHours: v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(168)),
  /** The advice on Now after night work. */
  showOnNow: v.boolean(),
  /** A notification when the night's timer stops with the rest cut short. */
  notify: v.boolean(),
  /** The short days and the week's longest rest in the Week report and its CSV. */
  inReport: v.boolean(),
});

export type RestAppSettings = v.InferOutput<typeof restSettingsSchema>;

export function defaultRestAppSettings(): RestAppSettings {
  return {
    regular: { days: [1, 2, 3, 4, 5], start: "08:00", end: "17:00" },
    periodStart: "00:00",
    dailyRestHours: 11,
    weeklyRestHours: 36,
    showOnNow: true,
    notify: true,
    inReport: true,
  };
}
const minutes = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60));

/** The forgotten-timer guards (timer-watch.ts), in minutes; 0 switches one off. */
export const timerWatchSettingsSchema = v.object({
  /** Back after this long idle while a timer ran: ask keep / discard / stop. */
  idleMinutes: minutes,
  /** A session running this long gets a reminder, then one every hour. */
  longSessionMinutes: minutes,
  /** The shortcut resumes the incident stopped within this long instead of a new one. */
  resumeMinutes: minutes,
});

export const defaultTimerWatchSettings = () => ({
  idleMinutes: 10,
  longSessionMinutes: 120,
  resumeMinutes: 15,
});
/** The handover reminders (held-reminders.ts), each switchable; all on by default. */
export const handoverRemindersSchema = v.object({
  /** At the handover into a held week: forward the phone. */
  weekStart: v.boolean(),
  /** At the end of a held week: report it. */
  weekEnd: v.boolean(),
  /** At start or wake while an ended held week is unreported, at most once a day. */
  unreported: v.boolean(),
});
const defaultHandoverReminders = { weekStart: true, weekEnd: true, unreported: true };

export const appSettingsSchema = v.object({
  /**
   * Its allowance and rates are those of the latest `rateHistory` entry (kept so by the
   * methods); a week is paid with the entry in force at its handover (rates-in-force.ts).
   */
  rules: rulesSchema,
  /** The allowance, storhelg supplement and rates with the week each applies from. */
  rateHistory: rateHistorySchema,
  links: linksSchema,
  customers: v.pipe(
    v.array(customerSchema),
    v.check(distinctIds, (issue) => duplicateInList(issue.input, "customer ids must be distinct")),
  ),
  runbook: v.pipe(
    v.array(runbookStepSchema),
    v.check(distinctIds, (issue) => duplicateInList(issue.input, "step ids must be distinct")),
  ),
  /** Minutes before a deadline at which to warn; the deadline itself always alerts. */
  alertLeadMinutes: v.pipe(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60))),
    v.maxLength(10),
    v.check((leads) => new Set(leads).size === leads.length, "lead times must be distinct"),
  ),
  defaultPriority: prioritySchema,
  language: v.picklist(languages),
  startAtLogin: v.boolean(),
  /** An Electron accelerator; checked for real by the shell when it registers it. */
  globalShortcut: v.pipe(v.string(), v.maxLength(100)),
  /** CSV for a Swedish spreadsheet (";", decimal comma, BOM) or RFC 4180 for programs. */
  csvStyle: v.optional(v.picklist(csvStyles), "excel"),
  /** Absent in files from before the rest rule: the defaults. */
  rest: v.optional(restSettingsSchema, defaultRestAppSettings),
  timerWatch: v.optional(timerWatchSettingsSchema, defaultTimerWatchSettings),
  handoverReminders: v.optional(handoverRemindersSchema, defaultHandoverReminders),
  /** The first-run setup was finished or skipped: it is offered once. */
  setupDone: v.optional(v.boolean(), false),
});

export type AppSettings = v.InferOutput<typeof appSettingsSchema>;
export type Customer = v.InferOutput<typeof customerSchema>;
export type Links = AppSettings["links"];

/** A shallow patch: each given top-level field replaces the current one. */
export const settingsPatchSchema = v.pipe(plainObjectCheck, v.partial(appSettingsSchema));
export type SettingsPatch = v.InferOutput<typeof settingsPatchSchema>;

// Compile-time guard: the rules part must stay usable as the rules core's Settings.
const rulesAreSettings: (rules: AppSettings["rules"]) => Settings = (rules) => rules;
void rulesAreSettings;

export function defaultAppSettings(): AppSettings {
  const rules = defaultSettings;
  return {
    // A plain copy: the core's defaults are frozen and the app edits its own.
    rules: {
      timeZone: rules.timeZone,
      eveningsAsHolidays: rules.eveningsAsHolidays,
      weekStartsOn: rules.weekStartsOn,
      handoverTime: rules.handoverTime,
      allowance: { ...rules.allowance },
      rates: { ...rules.rates },
      rounding: rules.rounding,
      office: { ...rules.office, days: rules.office.days.filter(isIsoWeekday) },
      ...(rules.sla ? { sla: { ...rules.sla } } : {}),
    },
    rateHistory: [firstRateEntry(rules)],
    links: {
      callForwardingPortal: "",
      newRelic: "https://one.newrelic.com",
      jira: "",
      jiraProjectId: "",
      jiraIssueTypeId: "",
      callLink: "https://teams.microsoft.com",
    },
    customers: [],
    runbook: defaultRunbook.map((step) => ({ ...step })),
    alertLeadMinutes: [15],
    defaultPriority: 2,
    language: "sv",
    startAtLogin: false,
    globalShortcut: "CommandOrControl+Alt+J",
    csvStyle: "excel",
    rest: defaultRestAppSettings(),
    timerWatch: defaultTimerWatchSettings(),
    handoverReminders: { ...defaultHandoverReminders },
    setupDone: false,
  };
}

/**
 * Validates a whole settings object. Beyond the schema, the rules core gets the last word
 * (it must accept them), so settings that pass never make a later computation throw.
 */
export function parseAppSettings(raw: unknown, field = "settings"): AppSettings {
  const result = v.safeParse(appSettingsSchema, raw, inJourWords);
  if (!result.success) throw InputError.fromIssue(firstIssue(result.issues), field);
  const settings = result.output;
  try {
    const at = new Date(0);
    onCallWeek(at, settings.rules);
    responseDeadline(3, at, settings.rules);
    dailyRest(at, [], settings.rest, settings.rules);
    checkRateWeeks(settings.rateHistory, settings.rules, `${field}.rateHistory`);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError(
        error.message
          .replace(/^settings\./, `${field}.rules.`)
          .replace(/^rest\./, `${field}.rest.`),
      );
    }
    throw error;
  }
  return settings;
}

/** The current settings with a patch applied, validated as a whole. */
export function applySettingsPatch(current: AppSettings, patch: unknown): AppSettings {
  const result = v.safeParse(settingsPatchSchema, patch, inJourWords);
  if (!result.success) throw InputError.fromIssue(firstIssue(result.issues), "settings");
  const changes = result.output;
  // Checked when it changes (an older file may hold free text; it stays until edited).
  if (
    changes.globalShortcut !== undefined &&
    changes.globalShortcut !== current.globalShortcut &&
    !isGlobalShortcut(changes.globalShortcut)
  ) {
    throw InputError.of(
      "settings.globalShortcut",
      'expected a key combination like "CommandOrControl+Alt+J"',
    );
  }
  const language = changes.language ?? current.language;
  const runbook = changes.runbook ?? current.runbook;
  const rules = changes.rules ?? current.rules;
  const settings = parseAppSettings({
    ...current,
    ...changes,
    rules,
    rateHistory: changes.rateHistory ?? current.rateHistory,
    runbook: runbookInLanguage(runbook, current.language, language),
  });
  checkSettingsUrls(settings);
  return withRatesInHistory(settings, current, changes.rateHistory !== undefined);
}

/**
 * The history stored as it is read (each entry from its week's handover, oldest first) and
 * the rules' allowance and rates those of its latest entry. Rates change only through the
 * history, from a week: a change of the rules' own would pay every past week anew.
 */
function withRatesInHistory(
  settings: AppSettings,
  current: AppSettings,
  historyGiven: boolean,
): AppSettings {
  const { allowance, rates } = settings.rules;
  const was = current.rules;
  if (
    !historyGiven &&
    (allowance.weeklySek !== was.allowance.weeklySek ||
      allowance.storhelgSupplement !== was.allowance.storhelgSupplement ||
      rates[1] !== was.rates[1] ||
      rates[2] !== was.rates[2] ||
      rates[3] !== was.rates[3])
  ) {
    throw InputError.of(
      "settings.rules.rates",
      "rates change from a week: give them as an entry of rateHistory",
      "ratesFromWeek",
    );
  }
  const rateHistory = normalizeRateHistory(settings.rateHistory, settings.rules, was);
  // Moved with a new week day or time, two entries may now share a week.
  checkRateWeeks(rateHistory, settings.rules, "settings.rateHistory");
  const latest = latestRateEntry(rateHistory) ?? firstRateEntry(settings.rules);
  return {
    ...settings,
    rules: { ...settings.rules, allowance: { ...latest.allowance }, rates: { ...latest.rates } },
    rateHistory,
  };
}

/** For a list's own check: `"c-1" is used twice (0 and 2)`, or a fallback when none is. */
function duplicateInList(items: unknown, fallback: string): string {
  if (!Array.isArray(items)) return fallback;
  const seen = new Map<unknown, number>();
  for (let i = 0; i < items.length; i++) {
    const id: unknown = (items[i] as { id?: unknown } | null)?.id;
    const first = seen.get(id);
    if (first !== undefined) return `${fallback}: "${String(id)}" is used by ${first} and ${i}`;
    seen.set(id, i);
  }
  return fallback;
}
