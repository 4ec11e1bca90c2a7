import type { RateEntry } from "./rate-history";
import type { AppSettings } from "./settings";

/**
 * A week's settings (DOMAIN §4 "Rates in force"): the allowance, the storhelg supplement
 * and the rates of the history's entry in force at the week's handover, the rest as they
 * are. The entry in force is the latest one starting at or before `weekStart` (stored
 * entries start at a handover, so any instant of the week gives the same one); a week
 * before every entry is paid with the earliest, as nothing older is known.
 *
 * The same object comes back for the same settings and entry, and the settings themselves
 * when the entry's values are theirs: the rules core keeps its checked rules per object, so
 * a report over years of weeks checks each entry once, not each week.
 */
export function settingsInForce(settings: AppSettings, weekStart: number): AppSettings {
  const history = historyOf(settings);
  if (!history) return settings;
  const { entries, made } = history;
  let i = entries.length - 1;
  while (i > 0 && ((entries[i] as RateEntry).from ?? -Infinity) > weekStart) i--;
  let inForce = made[i];
  if (!inForce) {
    inForce = withEntry(settings, entries[i] as RateEntry);
    made[i] = inForce;
  }
  return inForce;
}

interface History {
  /** The entries, oldest first. */
  entries: readonly RateEntry[];
  /** The settings made for each entry, as they are asked for. */
  made: (AppSettings | undefined)[];
}

/** Per settings object: sound because settings are never changed in place (a change is new). */
const histories = new WeakMap<AppSettings, History | null>();

function historyOf(settings: AppSettings): History | null {
  let history = histories.get(settings);
  if (history !== undefined) return history;
  // Settings made in code without a history (a test's literal) pay with their own rules.
  const list = settings.rateHistory as readonly RateEntry[] | undefined;
  history =
    !list || list.length === 0
      ? null
      : {
          entries: [...list].sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity)),
          made: [],
        };
  histories.set(settings, history);
  return history;
}

function withEntry(settings: AppSettings, entry: RateEntry): AppSettings {
  const { allowance, rates } = settings.rules;
  if (
    entry.allowance.weeklySek === allowance.weeklySek &&
    entry.allowance.storhelgSupplement === allowance.storhelgSupplement &&
    entry.rates[1] === rates[1] &&
    entry.rates[2] === rates[2] &&
    entry.rates[3] === rates[3]
  ) {
    return settings;
  }
  return {
    ...settings,
    rules: { ...settings.rules, allowance: { ...entry.allowance }, rates: { ...entry.rates } },
  };
}
