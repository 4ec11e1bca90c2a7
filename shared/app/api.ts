import { holidays } from "../index";
import { createAlertService } from "./alert-service";
import { forgetAlertsOf, type PlannedAlert } from "./alerts-plan";
import { incidentChecklist } from "./checklist";
import { emptyJourData, type JourData } from "./data";
import { InputError } from "./errors";
import { incidentView, listIncidents } from "./incident-view";
import {
  createIncident,
  deleteIncident,
  findIncident,
  markMilestone,
  setChecklistStep,
  undoMilestone,
  updateIncident,
} from "./incidents";
import {
  addIntervalSchema,
  byIdSchema,
  checklistStepSchema,
  createIncidentSchema,
  holidaysSchema,
  importDataSchema,
  intervalRefSchema,
  listIncidentsSchema,
  markSchema,
  markWeeksReportedSchema,
  parseInput,
  setOnDutySchema,
  undoMilestoneSchema,
  updateIncidentSchema,
  updateIntervalSchema,
  weekAtSchema,
  weekChecklistItemSchema,
  weeksSchema,
  addTimelineEntrySchema,
  updateTimelineEntrySchema,
  timelineEntryRefSchema,
  type Milestone,
} from "./inputs";
import { addTimelineEntry, deleteTimelineEntry, updateTimelineEntry } from "./timeline";
import { addInterval, deleteInterval, updateInterval } from "./intervals";
import type { Clock, NotifierPort, StoragePort } from "./ports";
import { markWeeksReported, refsOfWeeks, unreportedWeeks, weekRefs, weekReport } from "./reports";
import { applySettingsPatch, defaultAppSettings, runbookInLanguage } from "./settings";
import type { AppSettings, SettingsPatch } from "./settings";
import { statusView, timerView } from "./status";
import { createDocumentStore } from "./store";
import { pauseTimer, releaseTimer, resumeTimer, startTimer, stopTimer } from "./timer";
import { textsFor } from "./texts";
import { exportJson, importJson, incidentsCsv, weeklyPayCsv } from "./transfer";
import { setOnDuty, setWeekChecklistItem, weekView } from "./week";
import type {
  AddIntervalInput,
  ChecklistStepInput,
  CreateIncidentInput,
  HolidaysInput,
  ImportDataInput,
  IntervalRef,
  ListIncidentsInput,
  MarkInput,
  MarkWeeksReportedInput,
  SetOnDutyInput,
  UndoMilestoneInput,
  UpdateIncidentInput,
  AddTimelineEntryInput,
  UpdateTimelineEntryInput,
  TimelineEntryRef,
  UpdateIntervalInput,
  WeekAtInput,
  WeekChecklistItemInput,
  WeeksInput,
} from "./inputs";
import type {
  HolidayView,
  ImportResult,
  IncidentChecklist,
  IncidentView,
  ReportView,
  StatusView,
  TimerView,
  ToggleResult,
  WeekRef,
  WeekView,
} from "./views";

/**
 * Everything the tray and the window can ask and do. Every method is async (it crosses IPC
 * in Electron) and takes at most one plain-JSON argument; instants are epoch ms. Bad input
 * rejects with an InputError whose message starts with the field, and changes nothing.
 * The IPC contract (shared/ipc.ts) has one channel per method.
 */
export interface JourApi {
  // The tray and the Now view at a glance.
  getStatus(): Promise<StatusView>;

  // Incidents.
  listIncidents(filter?: ListIncidentsInput): Promise<IncidentView[]>;
  getIncident(input: { id: string }): Promise<IncidentView>;
  /**
   * A call came in: reportedAt = now, priority from the settings, and its timer starts. With
   * a `reportedAt` (not in the future) it logs a past call: reported then, no timer.
   */
  createIncident(input?: CreateIncidentInput): Promise<IncidentView>;
  updateIncident(input: UpdateIncidentInput): Promise<IncidentView>;
  markResponded(input: MarkInput): Promise<IncidentView>;
  markRollbackRequested(input: MarkInput): Promise<IncidentView>;
  markRollbackStarted(input: MarkInput): Promise<IncidentView>;
  /** Also stops its timer. */
  markResolved(input: MarkInput): Promise<IncidentView>;
  /** Clears a milestone set by mistake. */
  undoMilestone(input: UndoMilestoneInput): Promise<IncidentView>;
  deleteIncident(input: { id: string }): Promise<void>;
  /** A timestamped note (now unless `at` is given). */
  addTimelineEntry(input: AddTimelineEntryInput): Promise<IncidentView>;
  updateTimelineEntry(input: UpdateTimelineEntryInput): Promise<IncidentView>;
  deleteTimelineEntry(input: TimelineEntryRef): Promise<IncidentView>;

  // The one incident timer.
  /** Starts (or resumes) this incident's timer; another running timer stops first. */
  startTimer(input: { id: string }): Promise<TimerView>;
  /** Ends the session into a work interval; null afterwards (also when none ran). */
  stopTimer(): Promise<null>;
  pauseTimer(): Promise<TimerView>;
  resumeTimer(): Promise<TimerView>;
  /** The global shortcut: running → stop, paused → resume, none → a new incident. */
  toggleTimer(): Promise<ToggleResult>;

  // Work intervals edited by hand (end after start, not in the future; overlaps allowed).
  addInterval(input: AddIntervalInput): Promise<IncidentView>;
  updateInterval(input: UpdateIntervalInput): Promise<IncidentView>;
  deleteInterval(input: IntervalRef): Promise<IncidentView>;

  // The runbook checklist of an incident, links filled.
  getChecklist(input: { id: string }): Promise<IncidentChecklist>;
  setChecklistStep(input: ChecklistStepInput): Promise<IncidentChecklist>;

  // The on-call week.
  getWeek(input?: WeekAtInput): Promise<WeekView>;
  setOnDuty(input: SetOnDutyInput): Promise<WeekView>;
  setWeekChecklistItem(input: WeekChecklistItemInput): Promise<WeekView>;

  // Reports.
  /** Weeks on duty or with incidents, newest first. */
  listWeeks(): Promise<WeekRef[]>;
  /** Weeks up to the current one that are on duty or have work, not yet reported; oldest first. */
  listUnreportedWeeks(): Promise<WeekRef[]>;
  getReport(input: WeeksInput): Promise<ReportView>;
  markWeeksReported(input: MarkWeeksReportedInput): Promise<WeekRef[]>;

  // Settings.
  getSettings(): Promise<AppSettings>;
  /** Each given top-level field replaces the current one; the result is validated whole. */
  updateSettings(patch: SettingsPatch): Promise<AppSettings>;
  getDefaultSettings(): Promise<AppSettings>;
  getHolidays(input: HolidaysInput): Promise<HolidayView[]>;

  // Export and import.
  /** All data as JSON text (the persisted document). */
  exportData(): Promise<string>;
  /** Replaces all data with a file from exportData; a bad file changes nothing. */
  importData(input: ImportDataInput): Promise<ImportResult>;
  exportIncidentsCsv(): Promise<string>;
  exportWeeklyPayCsv(): Promise<string>;
}

export type JourMethod = keyof JourApi;

/** The app object the shells hold: the JourApi plus what only the main side needs. */
export interface JourApp extends JourApi {
  /** Called after every change of the data (not on the passing of time: poll on a tick). */
  onChange(listener: () => void): () => void;
  /** Sends the SLA alerts due now; the shell calls it on a short tick, at start, on wake. */
  checkAlerts(): Promise<PlannedAlert[]>;
  /** The current document (read-only), e.g. for the store's shutdown flush. */
  snapshot(): JourData;
}

export interface JourAppDeps {
  clock: Clock;
  storage: StoragePort<JourData>;
  notifier: NotifierPort;
  /** The document loaded by the shell (already through parseJourData); empty when absent. */
  initial?: JourData;
  /** The alert tick interval (default 15 s): alerts more than this late are marked late. */
  tickMs?: number;
}

export function createJourApp(deps: JourAppDeps): JourApp {
  const { clock } = deps;
  const store = createDocumentStore(deps.storage, deps.initial ?? emptyJourData());
  const alerts = createAlertService({
    store,
    clock,
    notifier: deps.notifier,
    ...(deps.tickMs === undefined ? {} : { tickMs: deps.tickMs }),
  });

  /**
   * Every change: computed in full from the current document first (a throw changes
   * nothing), then swapped in and saved; resolves once saved.
   */
  async function change<T>(
    apply: (data: JourData, now: number) => { data: JourData; result: T },
  ): Promise<T> {
    const { data, result } = apply(store.read(), clock.now());
    if (data !== store.read()) await save(data);
    return result;
  }

  // A failed save (a full disk) does not undo the change: it stays in memory, the user is
  // told once, and the next change or alert tick writes the whole document again. Failing
  // the change instead would invite a retry that does it twice.
  let unsaved = false;
  async function save(data: JourData): Promise<void> {
    try {
      await store.write(data);
      unsaved = false;
    } catch (error) {
      if (!unsaved) {
        const t = textsFor(store.read().settings.language);
        deps.notifier.notify({ title: t.saveFailed, body: String(error), urgent: true });
      }
      unsaved = true;
    }
  }

  const read = <T>(view: (data: JourData, now: number) => T): Promise<T> =>
    Promise.resolve().then(() => view(store.read(), clock.now()));

  const incidentResult = (id: string) => (data: JourData, now: number) =>
    incidentView(data, findIncident(data, id), now);

  const withView =
    (id: string, update: (data: JourData, now: number) => JourData) =>
    (data: JourData, now: number) => {
      const next = update(data, now);
      return { data: next, result: incidentResult(id)(next, now) };
    };

  const mark = (milestone: Milestone) => (raw: MarkInput) =>
    change((data, now) => {
      const input = parseInput(markSchema, raw);
      let next = markMilestone(data, input.id, milestone, input.at, now);
      // The fired alerts stay recorded: undoing "resolved" must not send them again. A
      // resolved incident plans none, and deleting it forgets them.
      if (milestone === "resolved") next = releaseTimer(next, input.id, now);
      return { data: next, result: incidentResult(input.id)(next, now) };
    });

  const timerResult = (data: JourData, now: number): TimerView => {
    const view = timerView(data, now);
    if (!view) throw InputError.of("timer", "no timer");
    return view;
  };

  const newIncident = (data: JourData, now: number, raw: unknown) => {
    const input = parseInput(createIncidentSchema, raw);
    const created = createIncident(data, input, now);
    // A past call logged afterwards has no timer running: its work is added by hand.
    const past = input?.reportedAt !== undefined;
    let next = past ? created.data : startTimer(created.data, created.incident.id, now);
    // A call on the on-call phone means this week is ours.
    next = setOnDuty(next, created.incident.reportedAt, true);
    return { data: next, id: created.incident.id };
  };

  return {
    onChange: (listener) => store.onChange(listener),
    checkAlerts: async () => {
      if (unsaved) await save(store.read());
      return alerts.check();
    },
    snapshot: () => store.read(),

    getStatus: () => read(statusView),

    listIncidents: (filter) =>
      read((data, now) => listIncidents(data, parseInput(listIncidentsSchema, filter), now)),
    getIncident: (raw) =>
      read((data, now) => incidentResult(parseInput(byIdSchema, raw).id)(data, now)),
    createIncident: (raw) =>
      change((data, now) => {
        const created = newIncident(data, now, raw);
        return { data: created.data, result: incidentResult(created.id)(created.data, now) };
      }),
    updateIncident: (raw) =>
      change((data, now) => {
        const input = parseInput(updateIncidentSchema, raw);
        return withView(input.id, (d) => updateIncident(d, input, now))(data, now);
      }),
    markResponded: mark("responded"),
    markRollbackRequested: mark("rollbackRequested"),
    markRollbackStarted: mark("rollbackStarted"),
    markResolved: mark("resolved"),
    undoMilestone: (raw) =>
      change((data, now) => {
        const input = parseInput(undoMilestoneSchema, raw);
        return withView(input.id, (d) => undoMilestone(d, input.id, input.milestone))(data, now);
      }),
    deleteIncident: (raw) =>
      change((data) => {
        const { id } = parseInput(byIdSchema, raw);
        findIncident(data, id);
        // The running session of a deleted incident is dropped with it.
        const released = data.timer?.incidentId === id ? { ...data, timer: null } : data;
        const next = deleteIncident(released, id);
        return {
          data: { ...next, firedAlerts: forgetAlertsOf(next.firedAlerts, id) },
          result: undefined,
        };
      }),

    addTimelineEntry: (raw) =>
      change((data, now) => {
        const input = parseInput(addTimelineEntrySchema, raw);
        return withView(input.id, (d) => addTimelineEntry(d, input, now).data)(data, now);
      }),
    updateTimelineEntry: (raw) =>
      change((data, now) => {
        const input = parseInput(updateTimelineEntrySchema, raw);
        return withView(input.id, (d) => updateTimelineEntry(d, input, now))(data, now);
      }),
    deleteTimelineEntry: (raw) =>
      change((data, now) => {
        const input = parseInput(timelineEntryRefSchema, raw);
        return withView(input.id, (d) => deleteTimelineEntry(d, input))(data, now);
      }),

    startTimer: (raw) =>
      change((data, now) => {
        const next = startTimer(data, parseInput(byIdSchema, raw).id, now);
        return { data: next, result: timerResult(next, now) };
      }),
    stopTimer: () => change((data, now) => ({ data: stopTimer(data, now), result: null })),
    pauseTimer: () =>
      change((data, now) => {
        const next = pauseTimer(data, now);
        return { data: next, result: timerResult(next, now) };
      }),
    resumeTimer: () =>
      change((data, now) => {
        const next = resumeTimer(data, now);
        return { data: next, result: timerResult(next, now) };
      }),
    toggleTimer: () =>
      change((data, now): { data: JourData; result: ToggleResult } => {
        const timer = data.timer;
        if (timer?.runningSince != null) {
          return {
            data: stopTimer(data, now),
            result: { action: "stopped", incidentId: timer.incidentId },
          };
        }
        if (timer) {
          return {
            data: resumeTimer(data, now),
            result: { action: "resumed", incidentId: timer.incidentId },
          };
        }
        const created = newIncident(data, now, undefined);
        return { data: created.data, result: { action: "started", incidentId: created.id } };
      }),

    addInterval: (raw) =>
      change((data, now) => {
        const input = parseInput(addIntervalSchema, raw);
        return withView(input.incidentId, (d) => addInterval(d, input, now))(data, now);
      }),
    updateInterval: (raw) =>
      change((data, now) => {
        const input = parseInput(updateIntervalSchema, raw);
        return withView(input.incidentId, (d) => updateInterval(d, input, now))(data, now);
      }),
    deleteInterval: (raw) =>
      change((data, now) => {
        const input = parseInput(intervalRefSchema, raw);
        return withView(input.incidentId, (d) => deleteInterval(d, input))(data, now);
      }),

    getChecklist: (raw) =>
      read((data, now) =>
        incidentChecklist(data, findIncident(data, parseInput(byIdSchema, raw).id), now),
      ),
    setChecklistStep: (raw) =>
      change((data, now) => {
        const input = parseInput(checklistStepSchema, raw);
        const next = setChecklistStep(data, input.id, input.stepId, input.done);
        return { data: next, result: incidentChecklist(next, findIncident(next, input.id), now) };
      }),

    getWeek: (raw) =>
      read((data, now) => weekView(data, parseInput(weekAtSchema, raw)?.week ?? now, now)),
    setOnDuty: (raw) =>
      change((data, now) => {
        const input = parseInput(setOnDutySchema, raw);
        const next = setOnDuty(data, input.week, input.onDuty);
        return { data: next, result: weekView(next, input.week, now) };
      }),
    setWeekChecklistItem: (raw) =>
      change((data, now) => {
        const input = parseInput(weekChecklistItemSchema, raw);
        const next = setWeekChecklistItem(data, input.week, input.itemId, input.done);
        return { data: next, result: weekView(next, input.week, now) };
      }),

    listWeeks: () => read((data, now) => weekRefs(data, now).reverse()),
    listUnreportedWeeks: () => read(unreportedWeeks),
    getReport: (raw) =>
      read((data, now) => weekReport(data, parseInput(weeksSchema, raw).weeks, now)),
    markWeeksReported: (raw) =>
      change((data, now) => {
        const input = parseInput(markWeeksReportedSchema, raw);
        const next = markWeeksReported(data, input.weeks, input.reported);
        return { data: next, result: refsOfWeeks(next, input.weeks, now) };
      }),

    getSettings: () => read((data) => structuredCopy(data.settings)),
    updateSettings: (patch) =>
      change((data) => {
        const settings = applySettingsPatch(data.settings, patch);
        return { data: { ...data, settings }, result: structuredCopy(settings) };
      }),
    getDefaultSettings: () =>
      read((data) => {
        // The default runbook in the user's language, so restoring it keeps their words'
        // language (the defaults' own language stays Swedish).
        const defaults = defaultAppSettings();
        const { language } = data.settings;
        return { ...defaults, runbook: runbookInLanguage(defaults.runbook, "sv", language) };
      }),
    getHolidays: (raw) =>
      read((data) => holidays(parseInput(holidaysSchema, raw).year, data.settings.rules)),

    exportData: () => read((data) => exportJson(data)),
    importData: (raw) =>
      change(() => {
        let imported = importJson(parseInput(importDataSchema, raw).json);
        // A timer that ran when the file was exported must not resume from then: that would
        // count the time since as worked. It comes back paused, and the result says so.
        const timer = imported.timer;
        const timerPaused = timer !== null && timer.runningSince !== null;
        if (timerPaused) imported = { ...imported, timer: { ...timer, runningSince: null } };
        return { data: imported, result: { incidents: imported.incidents.length, timerPaused } };
      }),
    exportIncidentsCsv: () => read(incidentsCsv),
    exportWeeklyPayCsv: () => read(weeklyPayCsv),
  };
}

/** A deep copy of plain JSON data, so a caller in the same process cannot edit the store. */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
