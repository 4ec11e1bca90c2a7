import type { Incident, JourData } from "../data/document";
import { InputError } from "../texts/errors";
import { formatDayMonthTime } from "../texts/format";
import { incidentCustomer } from "../data/customer-snapshot";
import { customerName } from "./incident-display";
import { jiraDescription } from "./jira-description";
import { missingSettings } from "./missing-settings";
import type { AppSettings } from "../settings/settings";
import { textsFor } from "../texts/texts";
import { isSafeHttpUrl } from "../settings/urls";
import type { ChecklistItemView, IncidentChecklist } from "./incident-views";

/**
 * The runbook checklist of an incident (DOMAIN §1): the steps come from the settings, each
 * step's link is a template filled from the incident and its customer.
 *
 * Placeholders whose value is a URL are inserted as they are:
 *   {siteUrl} {newRelicUrl} {elmahUrl} (the customer's; {newRelicUrl} falls back to the
 *   New Relic link of the settings), {callLink}, {jiraUrl}, {portalUrl}, {jiraCreateUrl}.
 * Placeholders whose value is text are URL-encoded:
 *   {summary} {customer} {priority} {jiraKey} {incidentId}, and the incident's time window
 *   {startMs} {endMs} (epoch ms) {startIso} {endIso} (UTC ISO 8601), so New Relic can open
 *   at the minutes of the call.
 * A link with an empty or unknown placeholder is not offered (`url` null, `missing` says
 * which); only http(s) links are ever offered.
 */

/** The problem usually began before the customer called: the window opens this much earlier. */
export const WINDOW_LEAD_MS = 30 * 60_000;

const URL_PLACEHOLDERS = new Set([
  "siteUrl",
  "newRelicUrl",
  "elmahUrl",
  "callLink",
  "jiraUrl",
  "portalUrl",
  "jiraCreateUrl",
]);

/** The minutes around the call: from before the report to its resolution (or now). */
export function incidentWindow(incident: Incident, now: number): { start: number; end: number } {
  const start = incident.reportedAt - WINDOW_LEAD_MS;
  const end = Math.max(incident.resolvedAt ?? now, incident.reportedAt + 60_000);
  return { start, end };
}

/** Jira's create-issue link, pre-filled; null until Jira's URL, project and type are set. */
export function jiraCreateUrl(data: JourData, incident: Incident): string | null {
  const { jira, jiraProjectId, jiraIssueTypeId } = data.settings.links;
  if (jira === "" || jiraProjectId === "" || jiraIssueTypeId === "") return null;
  const customer = customerName(data, incident);
  const summary = cutToJiraSummary(
    [customer, incident.summary || textsFor(data.settings.language).untitledIncident]
      .filter(Boolean)
      .join(": "),
  );
  const base = `${jira.replace(/\/+$/, "")}/secure/CreateIssueDetails!init.jspa?`;
  const link = (summaryText: string, description: string) =>
    base +
    [
      ["pid", jiraProjectId],
      ["issuetype", jiraIssueTypeId],
      ["summary", summaryText],
      ["description", description],
      ["labels", "Production"],
      ["labels", "Jour"],
    ]
      .map(([k = "", v = ""]) => `${k}=${encodeURIComponent(v)}`)
      .join("&");
  // Windows cannot open a longer link (electron/electron#9987): the description gives way
  // first, then (only if the summary alone is too long) the summary; labels always stay.
  // The description has what the link leaves it; longestFitting stays as the last guard.
  const description = jiraDescription(data, incident, JIRA_LINK_MAX - link(summary, "").length);
  const shortDescription = longestFitting(description, (d) => link(summary, d));
  if (shortDescription !== null) return link(summary, shortDescription);
  return link(longestFitting(summary, (t) => link(t, "")) ?? "", "");
}

/** Jira refuses a summary longer than this (its field's limit). */
const JIRA_SUMMARY_MAX = 255;

function cutToJiraSummary(text: string): string {
  const chars = Array.from(text);
  return chars.length <= JIRA_SUMMARY_MAX
    ? text
    : `${chars.slice(0, JIRA_SUMMARY_MAX - 1).join("")}…`;
}

/** Jira create links stay within what every platform opens. */
export const JIRA_LINK_MAX = 2000;

/**
 * The text, or its longest prefix (whole code points) followed by "…", whose link is at
 * most JIRA_LINK_MAX long; "" if only that fits, null if not even "" does.
 */
function longestFitting(text: string, linkOf: (text: string) => string): string | null {
  const fits = (candidate: string) => linkOf(candidate).length <= JIRA_LINK_MAX;
  if (fits(text)) return text;
  const chars = Array.from(text);
  const cut = (n: number) => `${chars.slice(0, n).join("").trimEnd()}…`;
  // The link grows with the prefix: binary search for the longest that fits.
  let lo = -1;
  let hi = chars.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(cut(mid))) lo = mid;
    else hi = mid;
  }
  if (lo >= 0) return cut(lo);
  return fits("") ? "" : null;
}

function placeholderValues(data: JourData, incident: Incident, now: number): Map<string, string> {
  const { links } = data.settings;
  const customer = incidentCustomer(data, incident);
  const window = incidentWindow(incident, now);
  return new Map([
    ["siteUrl", customer?.siteUrl ?? ""],
    ["newRelicUrl", customer?.newRelicUrl || links.newRelic],
    ["elmahUrl", customer?.elmahUrl ?? ""],
    ["callLink", links.callLink],
    ["jiraUrl", links.jira],
    ["portalUrl", links.callForwardingPortal],
    ["jiraCreateUrl", jiraCreateUrl(data, incident) ?? ""],
    ["summary", incident.summary],
    ["customer", customer?.name ?? ""],
    ["priority", `P${incident.priority}`],
    ["jiraKey", incident.jiraKey ?? ""],
    ["incidentId", incident.id],
    ["startMs", String(window.start)],
    ["endMs", String(window.end)],
    ["startIso", new Date(window.start).toISOString()],
    ["endIso", new Date(window.end).toISOString()],
  ]);
}

/** Fills a link template; `url` is null when a placeholder is empty or the link not http(s). */
export function fillTemplate(
  template: string,
  values: ReadonlyMap<string, string>,
): { url: string | null; missing: string[] } {
  if (template.trim() === "") return { url: null, missing: [] };
  const missing: string[] = [];
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values.get(name) ?? "";
    if (value === "") missing.push(name);
    return URL_PLACEHOLDERS.has(name) ? value : encodeURIComponent(value);
  });
  if (missing.length > 0) return { url: null, missing };
  // A template may add "?a=b" to a URL that already has a query: join with "&" instead.
  const q = filled.indexOf("?");
  const url = q < 0 ? filled : filled.slice(0, q + 1) + filled.slice(q + 1).replaceAll("?", "&");
  return { url: isSafeHttpUrl(url) ? url : null, missing };
}

export function incidentChecklist(
  data: JourData,
  incident: Incident,
  now: number,
): IncidentChecklist {
  const values = placeholderValues(data, incident, now);
  return {
    incidentId: incident.id,
    window: incidentWindow(incident, now),
    jiraCreateUrl: jiraCreateUrl(data, incident),
    steps: data.settings.runbook.map((step) => {
      const filled = fillTemplate(step.link, values);
      return {
        id: step.id,
        text: step.text,
        ...filled,
        missingSettings: missingSettings(data, incident, filled.missing),
        done: incident.checkedSteps.includes(step.id),
        info: false,
      };
    }),
  };
}

/** Ids of the items of the week checklists (fixed: their texts come from texts.ts). */
export const WEEK_START_ITEMS = ["forward", "handover"] as const;
export const WEEK_END_ITEMS = ["report", "jira-keys"] as const;

export function weekChecklists(
  settings: AppSettings,
  done: readonly string[],
  nextHandover: number,
  missingJiraKeys: number,
): { start: ChecklistItemView[]; end: ChecklistItemView[] } {
  const t = textsFor(settings.language);
  const item = (
    id: string,
    text: string,
    url: string,
    info = false,
    setting = "",
  ): ChecklistItemView => ({
    id,
    text,
    url: url === "" ? null : url,
    missing: [],
    // A step whose link is not set says which setting would give it one.
    missingSettings: url === "" && setting !== "" ? [setting] : [],
    done: done.includes(id),
    info,
  });
  const when = formatDayMonthTime(nextHandover, settings.rules.timeZone, settings.language);
  return {
    start: [
      item(
        "forward",
        t.weekStart.forward,
        settings.links.callForwardingPortal,
        false,
        "links.callForwardingPortal",
      ),
      item("handover", t.weekStart.handover(when), "", true),
    ],
    end: [
      item("report", t.weekEnd.report, settings.links.jira, false, "links.jira"),
      item("jira-keys", t.weekEnd.jiraKeys(missingJiraKeys), "", true),
    ],
  };
}

export function checkWeekItem(itemId: string): void {
  const known: readonly string[] = [...WEEK_START_ITEMS, ...WEEK_END_ITEMS];
  if (!known.includes(itemId)) throw InputError.of("itemId", `no week checklist item ${itemId}`);
}
