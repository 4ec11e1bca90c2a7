import type { Links } from "../../shared/app/settings/settings";
import type { StatusView } from "../../shared/app/status/status-views";
import type { WeekInfo } from "../../shared/app/weeks/week-views";
import { weeksLabel } from "./copied-weeks";
import { formatElapsed } from "./format";
import type { ShellTexts } from "./texts";

/** What the tray shows: read from the app core on each refresh. */
export interface TrayState {
  status: StatusView;
  links: Pick<Links, "callForwardingPortal" | "newRelic" | "jira">;
  /** The on-call week before the current one. */
  lastWeek: WeekInfo | null;
  /** Unreported weeks up to now, oldest first. */
  unreported: WeekInfo[];
  /** Unreported weeks just copied with "all unreported weeks": one click marks them. */
  toMark?: WeekInfo[];
  /** Reported weeks that changed after the report: a correction is due (Week report). */
  changed?: WeekInfo[];
}

/** What a menu item does, as data: the menu stays a pure value that tests can read. */
export type TrayAction =
  | { type: "startIncident" }
  | { type: "stopTimer" }
  | { type: "pauseTimer" }
  | { type: "resumeTimer" }
  | { type: "openIncident"; incidentId: string }
  | { type: "copyReport"; weeks: number[]; what: string; markable?: true }
  | { type: "markReported"; weeks: number[]; what: string }
  | { type: "openLink"; url: string }
  | { type: "openWindow" }
  | { type: "openSettings" }
  | { type: "openWeeks" }
  | { type: "openReport" }
  | { type: "quit" };

export interface TrayMenuItem {
  id: string;
  label?: string;
  type?: "separator";
  enabled?: boolean;
  action?: TrayAction;
  submenu?: TrayMenuItem[];
}

const separator = (id: string): TrayMenuItem => ({ id, type: "separator" });

/** The whole tray menu for a state, rebuilt each time the state changes. */
export function buildTrayMenu(state: TrayState, texts: ShellTexts): TrayMenuItem[] {
  const { status } = state;
  const items: TrayMenuItem[] = [
    { id: "status", label: statusLine(status, texts), enabled: false },
  ];
  if (status.nextHeldLine !== null) {
    // Leads to My jour weeks, where the rotation and the swaps are.
    items.push({ id: "next-held-week", label: status.nextHeldLine, action: { type: "openWeeks" } });
  }

  items.push(separator("sep-incident"));
  items.push({
    id: "start-incident",
    label: texts.startIncident,
    action: { type: "startIncident" },
  });
  if (status.timer) {
    items.push({
      id: "stop-timer",
      label: texts.stopTimer(formatElapsed(status.timer.elapsedMs)),
      action: { type: "stopTimer" },
    });
    items.push(
      status.timer.status === "running"
        ? { id: "pause-timer", label: texts.pause, action: { type: "pauseTimer" } }
        : { id: "resume-timer", label: texts.resume, action: { type: "resumeTimer" } },
    );
  }
  for (const deadline of status.deadlines) {
    items.push({
      id: `deadline-${deadline.incidentId}`,
      // Native menus cannot colour an item: a passed deadline is marked in words.
      label: deadline.passed ? `⚠ ${deadline.label} (${texts.passed})` : deadline.label,
      action: { type: "openIncident", incidentId: deadline.incidentId },
    });
  }

  items.push(separator("sep-report"));
  items.push({
    id: "copy-report",
    label: texts.copyReport(status.week.label),
    action: { type: "copyReport", weeks: [status.week.start], what: status.week.label },
  });
  const toMark = state.toMark ?? [];
  if (toMark.length > 0) {
    const what = weeksLabel(toMark);
    items.push({
      id: "mark-reported",
      label: texts.markReported(what),
      action: { type: "markReported", weeks: toMark.map((week) => week.start), what },
    });
  }
  const changed = state.changed ?? [];
  if (changed.length > 0) {
    items.push({
      id: "changed-weeks",
      label: texts.changedAfterReport(weeksLabel(changed)),
      action: { type: "openReport" },
    });
  }
  items.push({
    id: "more-reports",
    label: texts.moreReports,
    submenu: reportSubmenu(state, texts),
  });

  const links = linkItems(state.links, texts);
  if (links.length > 0) items.push({ id: "links", label: texts.links, submenu: links });

  items.push(separator("sep-app"));
  items.push({ id: "open-window", label: texts.openWindow, action: { type: "openWindow" } });
  items.push({ id: "settings", label: texts.settings, action: { type: "openSettings" } });
  items.push({ id: "quit", label: texts.quit, action: { type: "quit" } });
  return items;
}

function statusLine(status: StatusView, texts: ShellTexts): string {
  const line = status.statusLine;
  if (!status.week.storhelg || line.toLowerCase().includes(texts.storhelg)) return line;
  return `${line} · ${texts.storhelg}`;
}

/**
 * The submenu of the lists last shown, kept: the tray compares its menu each second while a
 * timer runs, and the lists (years of unreported weeks) stay the same objects until a change.
 */
let keptSubmenu: {
  lastWeek: WeekInfo | null;
  unreported: readonly WeekInfo[];
  texts: ShellTexts;
  items: TrayMenuItem[];
} | null = null;

function reportSubmenu(state: TrayState, texts: ShellTexts): TrayMenuItem[] {
  const { lastWeek, unreported } = state;
  const kept = keptSubmenu;
  if (kept?.lastWeek === lastWeek && kept.unreported === unreported && kept.texts === texts) {
    return kept.items;
  }
  const items = reportSubmenuOf(lastWeek, unreported, texts);
  keptSubmenu = { lastWeek, unreported, texts, items };
  return items;
}

function reportSubmenuOf(
  lastWeek: WeekInfo | null,
  unreported: readonly WeekInfo[],
  texts: ShellTexts,
): TrayMenuItem[] {
  const labels = unreported.map((week) => week.label).join(", ");
  return [
    lastWeek
      ? {
          id: "copy-last-week",
          label: texts.lastWeek(lastWeek.label),
          action: { type: "copyReport", weeks: [lastWeek.start], what: lastWeek.label },
        }
      : { id: "copy-last-week", label: texts.lastWeek("–"), enabled: false },
    {
      id: "copy-unreported",
      label: texts.allUnreported(unreported.length),
      enabled: unreported.length > 0,
      ...(unreported.length > 0
        ? {
            action: {
              type: "copyReport",
              weeks: unreported.map((week) => week.start),
              what: labels,
              markable: true,
            },
          }
        : {}),
    },
  ];
}

function linkItems(links: TrayState["links"], texts: ShellTexts): TrayMenuItem[] {
  const entries: [string, string, string][] = [
    ["link-call-forwarding", texts.callForwarding, links.callForwardingPortal],
    ["link-new-relic", texts.newRelic, links.newRelic],
    ["link-jira", texts.jira, links.jira],
  ];
  return entries
    .filter(([, , url]) => url !== "")
    .map(([id, label, url]) => ({ id, label, action: { type: "openLink", url } }));
}
