import { holidays } from "../index";
import { heldIcsSchema, heldYearSchema, setRotationSchema } from "./weeks/held-inputs";
import type { HeldIcsInput, HeldYearInput, SetRotationInput } from "./weeks/held-inputs";
import type { HeldYearView, RotationView } from "./weeks/held-views";
import { setRotation } from "./weeks/held-weeks";
import {
  defaultIcsRange,
  heldWeeksIcs,
  heldYearView,
  isoWeekAt,
  rotationView,
} from "./weeks/held-year";
import { DEFAULT_TICK_MS, createAlertService } from "./alerts/alert-service";
import { createReminderService } from "./alerts/held-reminders";
import type { PlannedAlert } from "./alerts/alerts-plan";
import { forgetAlertsOf } from "./data/fired-alerts";
import { incidentChecklist } from "./incidents/checklist";
import { emptyJourData, type JourData } from "./data/document";
import { InputError } from "./texts/errors";
import { incidentView, listIncidents } from "./incidents/incident-view";
import {
  createIncident,
  deleteIncident,
  findIncident,
  markMilestone,
  setChecklistStep,
  undoMilestone,
  updateIncident,
} from "./incidents/incidents";
import {
  addIntervalSchema,
  byIdSchema,
  checklistQuerySchema,
  checklistStepSchema,
  createIncidentSchema,
  intervalRefSchema,
  listIncidentsSchema,
  markSchema,
  undoMilestoneSchema,
  updateIncidentSchema,
  updateIntervalSchema,
  addTimelineEntrySchema,
  updateTimelineEntrySchema,
  timelineEntryRefSchema,
  type Milestone,
} from "./incidents/incident-inputs";
import { holidaysSchema } from "./settings/holidays-input";
import {
  importDataSchema,
  previewImportSchema,
  restoreCopySchema,
  trashCopySchema,
} from "./data/data-inputs";
import { markWeeksReportedSchema, weeksSchema } from "./reports/report-inputs";
import { parseInput } from "./texts/errors";
import {
  setOnDutySchema,
  weekAtSchema,
  weekChecklistItemSchema,
  weekOfSchema,
} from "./weeks/week-inputs";
import { addTimelineEntry, deleteTimelineEntry, updateTimelineEntry } from "./incidents/timeline";
import { addInterval, deleteInterval, updateInterval } from "./incidents/intervals";
import type {
  Clock,
  CopiesPort,
  CopyReason,
  IdleSource,
  NotifierPort,
  ShortcutPort,
  StoragePort,
} from "./ports";
import {
  resolveIdleSchema,
  type IdleQuestionView,
  type ResolveIdleInput,
} from "./alerts/idle-view";
import { createSteadyClock } from "./alerts/steady-clock";
import { createTimerWatchService } from "./alerts/timer-watch-service";
import { idleQuestion, resolveIdle } from "./alerts/timer-watch";
import { resumeRecent, stopAndRemember } from "./incidents/timer";
import { toggleMessage } from "./incidents/toggle-message";
import { memoryCopies } from "./data/copies";
import { importPreview, mergeIncidents, replacement } from "./data/import-plan";
import {
  markWeeksReported,
  refsOfWeeks,
  unreportedWeeks,
  weekRefs,
  weekReport,
} from "./reports/reports";
import { applySettingsPatch, defaultAppSettings } from "./settings/settings";
import { runbookInLanguage } from "./settings/runbook";
import type { AppSettings, SettingsPatch } from "./settings/settings";
import { statusView } from "./status/status";
import { timerView } from "./incidents/timer-view";
import { createDocumentStore } from "./data/store";
import { restCsv } from "./reports/rest-csv";
import { pauseTimer, releaseTimer, resumeTimer, startTimer } from "./incidents/timer";
import { textsFor } from "./texts/texts";
import { StorageWriteError } from "./texts/storage-faults";
import { exportJson, importJson } from "./data/transfer";
import { incidentsCsv } from "./incidents/incidents-csv";
import { weeklyPayCsv } from "./reports/pay-csv";
import { setOnDuty, setWeekChecklistItem, weekView } from "./weeks/week";
import { answerNotHeld } from "./weeks/whose-week";
import type {
  AddIntervalInput,
  ChecklistQueryInput,
  ChecklistStepInput,
  CreateIncidentInput,
  IntervalRef,
  ListIncidentsInput,
  MarkInput,
  UndoMilestoneInput,
  UpdateIncidentInput,
  AddTimelineEntryInput,
  UpdateTimelineEntryInput,
  TimelineEntryRef,
  UpdateIntervalInput,
} from "./incidents/incident-inputs";
import type { HolidaysInput } from "./settings/holidays-input";
import type { ImportDataInput, PreviewImportInput, RestoreCopyInput } from "./data/data-inputs";
import type { MarkWeeksReportedInput, WeeksInput } from "./reports/report-inputs";
import type {
  SetOnDutyInput,
  WeekAtInput,
  WeekChecklistItemInput,
  WeekOfInput,
} from "./weeks/week-inputs";
import type { HolidayView } from "./settings/holiday-view";
import type { ImportPreview, ImportResult, KeptCopyView } from "./data/data-views";
import type {
  IncidentChecklist,
  IncidentView,
  TimerView,
  ToggleResult,
} from "./incidents/incident-views";
import type { ReportView, WeekRef } from "./reports/report-views";
import type { StatusView } from "./status/status-views";
import type { WeekView } from "./weeks/week-views";

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
  /**
   * The global shortcut: running → stop, paused → resume, none → resume the incident
   * stopped within the resume setting if still open, else a new incident. The result says
   * what it did in words (a notification's title and body).
   */
  toggleTimer(): Promise<ToggleResult>;
  /** The pending "you were away" question about the running session, or null. */
  getIdleQuestion(): Promise<IdleQuestionView | null>;
  /** Answers it: keep the time, discard it (resume from the return) or stop at idle start. */
  resolveIdle(input: ResolveIdleInput): Promise<TimerView | null>;

  // Work intervals edited by hand (end after start, not in the future; overlaps allowed).
  addInterval(input: AddIntervalInput): Promise<IncidentView>;
  updateInterval(input: UpdateIntervalInput): Promise<IncidentView>;
  deleteInterval(input: IntervalRef): Promise<IncidentView>;

  // The runbook checklist of an incident, links filled.
  getChecklist(input: ChecklistQueryInput): Promise<IncidentChecklist>;
  setChecklistStep(input: ChecklistStepInput): Promise<IncidentChecklist>;

  // The on-call week.
  getWeek(input?: WeekAtInput): Promise<WeekView>;
  setOnDuty(input: SetOnDutyInput): Promise<WeekView>;
  /** "Is this your on-call week?" answered no: not held, and not asked again for it. */
  dismissHeldQuestion(input: WeekOfInput): Promise<WeekView>;
  setWeekChecklistItem(input: WeekChecklistItemInput): Promise<WeekView>;

  // My jour weeks: a year of weeks, the rotation (swaps go through setOnDuty), a calendar.
  getHeldWeeks(input: HeldYearInput): Promise<HeldYearView>;
  /** Weeks already begun keep whether they were held. */
  setRotation(input: SetRotationInput): Promise<RotationView | null>;
  /** The held weeks as an iCalendar file (RFC 5545); the past and next 12 months by default. */
  exportHeldWeeksIcs(input?: HeldIcsInput): Promise<string>;

  // Reports.
  /** Weeks on duty or with incidents, newest first. */
  listWeeks(): Promise<WeekRef[]>;
  /** Ended weeks (not the one in progress) on duty or with work, not yet reported; oldest first. */
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
  /** What a file from exportData holds against the data now; changes nothing. */
  previewImport(input: PreviewImportInput): Promise<ImportPreview>;
  /**
   * Replaces all data with a file from exportData (mode "replace", the default), or adds
   * its incidents not already here ("merge"). The data from before is first kept as a
   * dated copy (listCopies, restoreCopy); a bad file changes nothing.
   */
  importData(input: ImportDataInput): Promise<ImportResult>;
  /** The dated copies kept before imports and restores, newest first. */
  listCopies(): Promise<KeptCopyView[]>;
  /** Puts a kept copy back (the undo of an import), keeping a copy of what it replaces. */
  restoreCopy(input: RestoreCopyInput): Promise<ImportResult>;
  /** Moves a kept copy to the system's trash (it can be brought back from there); the list after. */
  trashCopy(input: RestoreCopyInput): Promise<KeptCopyView[]>;
  /** The incidents the History's filter shows (all without one), as CSV. */
  exportIncidentsCsv(filter?: ListIncidentsInput): Promise<string>;
  exportWeeklyPayCsv(): Promise<string>;
  /** Each week's short daily rests and longest rest (Arbetstidslagen §§ 13–14). */
  exportRestCsv(): Promise<string>;
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
  /**
   * The timer's watch, on the same tick as checkAlerts: clock jumps, the idle time, the
   * long-session reminder. true when an idle question was just asked (show the window).
   */
  checkTimer(): Promise<boolean>;
  /** powerMonitor "suspend": a running timer's time asleep counts as idle. */
  suspended(): void;
  /** powerMonitor "resume": asks about the time asleep; true when it asked. */
  resumed(): Promise<boolean>;
  /** The user was away from idleSince to backAt (epoch ms); true when a question was asked. */
  reportIdle(report: { idleSince: number; backAt: number }): Promise<boolean>;
}

export interface JourAppDeps {
  clock: Clock;
  storage: StoragePort<JourData>;
  notifier: NotifierPort;
  /** The document loaded by the shell (already through parseJourData); empty when absent. */
  initial?: JourData;
  /** The alert tick interval (default 15 s): alerts more than this late are marked late. */
  tickMs?: number;
  /** The desktop's idle time, for the idle question (none: only suspends are asked about). */
  idle?: IdleSource;
  /** Binds a new globalShortcut before the setting is accepted (none: taken as given). */
  shortcut?: ShortcutPort;
  /** Where dated copies are kept before an import or restore; in memory when absent. */
  copies?: CopiesPort;
}

export function createJourApp(deps: JourAppDeps): JourApp {
  const copies = deps.copies ?? memoryCopies();
  const store = createDocumentStore(deps.storage, deps.initial ?? emptyJourData());
  // Everything below reads this clock: a running session follows real elapsed time.
  const clock = createSteadyClock(deps.clock, () => store.read().timer?.runningSince != null);
  const alerts = createAlertService({
    store,
    clock,
    notifier: deps.notifier,
    ...(deps.tickMs === undefined ? {} : { tickMs: deps.tickMs }),
  });

  // The handover reminders run with the SLA alerts, on the same tick, start and wake.
  const reminders = createReminderService({
    store,
    clock,
    notifier: deps.notifier,
    tickMs: deps.tickMs ?? DEFAULT_TICK_MS,
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
        // What failed, why, how much room it needs and where (a StorageWriteError says).
        const body =
          error instanceof StorageWriteError ? t.storage.writeFailed(error) : String(error);
        deps.notifier.notify({ title: t.saveFailed, body, urgent: true });
      }
      unsaved = true;
    }
  }

  /**
   * Keeps the data as it is now as a dated copy, before an import or restore replaces it:
   * when that fails, nothing is replaced. (A change landing between this and the replace
   * would be missing from the copy: a window's click cannot, a tray click barely could.)
   */
  async function keepCopy(reason: CopyReason): Promise<KeptCopyView> {
    try {
      return await copies.keep(exportJson(store.read()), reason, clock.now());
    } catch (error) {
      if (error instanceof InputError) throw error;
      const why = error instanceof Error ? error.message : String(error);
      throw InputError.of(
        "copy",
        `could not keep a copy of the current data, so nothing changed (${why})`,
      );
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
    // It does not decide whose week it is: a week not held asks once (asksHeld).
    const next =
      input?.reportedAt !== undefined
        ? created.data
        : startTimer(created.data, created.incident.id, now);
    return { data: next, id: created.incident.id };
  };

  const watch = createTimerWatchService({
    read: () => store.read(),
    clock,
    idle: deps.idle,
    notifier: deps.notifier,
    change,
  });

  return {
    onChange: (listener) => store.onChange(listener),
    checkTimer: () => watch.check(),
    suspended: () => watch.suspended(),
    resumed: () => watch.resumed(),
    reportIdle: (report) => watch.reportIdle(report),
    checkAlerts: async () => {
      if (unsaved) await save(store.read());
      const sent = await alerts.check();
      await reminders.check();
      return sent;
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
    stopTimer: () => change((data, now) => ({ data: stopAndRemember(data, now), result: null })),
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
          // The words use the time worked up to the stop, read before it.
          const said = toggleMessage(data, "stopped", timer.incidentId, now);
          return { data: stopAndRemember(data, now), result: said };
        }
        const resumed = timer ? resumeTimer(data, now) : resumeRecent(data, now);
        if (resumed?.timer) {
          const id = resumed.timer.incidentId;
          return { data: resumed, result: toggleMessage(resumed, "resumed", id, now) };
        }
        const created = newIncident(data, now, undefined);
        return {
          data: created.data,
          result: toggleMessage(created.data, "started", created.id, now),
        };
      }),
    getIdleQuestion: () => read((data) => idleQuestion(data)),
    resolveIdle: (raw) =>
      change((data, now) => {
        const next = resolveIdle(data, parseInput(resolveIdleSchema, raw).choice, now);
        return { data: next, result: timerView(next, now) };
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
      read((data, now) => {
        const { id, draft } = parseInput(checklistQuerySchema, raw);
        // The draft applied to a copy of the document, never stored.
        const shown = draft ? updateIncident(data, { id, ...draft }, now) : data;
        return incidentChecklist(shown, findIncident(shown, id), now);
      }),
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
    dismissHeldQuestion: (raw) =>
      change((data, now) => {
        const { week } = parseInput(weekOfSchema, raw);
        const next = answerNotHeld(data, week);
        return { data: next, result: weekView(next, week, now) };
      }),
    setWeekChecklistItem: (raw) =>
      change((data, now) => {
        const input = parseInput(weekChecklistItemSchema, raw);
        const next = setWeekChecklistItem(data, input.week, input.itemId, input.done);
        return { data: next, result: weekView(next, input.week, now) };
      }),

    getHeldWeeks: (raw) =>
      read((data, now) => heldYearView(data, parseInput(heldYearSchema, raw).year, now)),
    setRotation: (raw) =>
      change((data, now) => {
        const input = parseInput(setRotationSchema, raw).rotation;
        let rotation = null;
        if (input) {
          const week = isoWeekAt(input.fromYear, input.fromIsoWeek, data.settings);
          if (!week) {
            throw InputError.of(
              "rotation.fromIsoWeek",
              `${input.fromYear} has no week ${input.fromIsoWeek}`,
            );
          }
          rotation = { everyWeeks: input.everyWeeks, fromWeek: week.start };
        }
        const next = setRotation(data, rotation, now);
        return { data: next, result: rotationView(next) };
      }),
    exportHeldWeeksIcs: (raw) =>
      read((data, now) =>
        heldWeeksIcs(data, parseInput(heldIcsSchema, raw) ?? defaultIcsRange(now), now),
      ),

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
        // Last, once all else is valid: the shell binds the new shortcut or says why not.
        const shortcut = settings.globalShortcut;
        if (deps.shortcut && shortcut !== data.settings.globalShortcut) {
          const problem = deps.shortcut.bind(shortcut);
          if (problem === "taken") throw InputError.of("globalShortcut", "is taken by another app");
          if (problem === "invalid") {
            throw InputError.of("globalShortcut", 'is not a valid shortcut (e.g. "Ctrl+Alt+J")');
          }
        }
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
    previewImport: (raw) =>
      read((data) => importPreview(data, importJson(parseInput(previewImportSchema, raw).json))),
    importData: async (raw) => {
      const input = parseInput(importDataSchema, raw);
      const file = importJson(input.json);
      const keptCopy = await keepCopy("before-import");
      return change((data): { data: JourData; result: ImportResult } => {
        if (input.mode === "merge") {
          const merged = mergeIncidents(data, file);
          const result = { incidents: merged.data.incidents.length, timerPaused: false };
          return {
            data: merged.data,
            result: { ...result, mode: "merge", added: merged.added, keptCopy },
          };
        }
        const { data: next, timerPaused } = replacement(file);
        const result = {
          incidents: next.incidents.length,
          timerPaused,
          added: next.incidents.length,
        };
        return { data: next, result: { ...result, mode: "replace", keptCopy } };
      });
    },
    listCopies: () => copies.list(),
    restoreCopy: async (raw) => {
      const { id } = parseInput(restoreCopySchema, raw);
      const copy = importJson(await copies.read(id));
      const keptCopy = await keepCopy("before-restore");
      return change((): { data: JourData; result: ImportResult } => {
        const { data: next, timerPaused } = replacement(copy);
        const result = {
          incidents: next.incidents.length,
          timerPaused,
          added: next.incidents.length,
        };
        return { data: next, result: { ...result, mode: "replace", keptCopy } };
      });
    },
    trashCopy: async (raw) => {
      const { id } = parseInput(trashCopySchema, raw);
      await copies.trash(id);
      return copies.list();
    },
    exportIncidentsCsv: (filter) =>
      read((data, now) => incidentsCsv(data, now, parseInput(listIncidentsSchema, filter))),
    exportWeeklyPayCsv: () => read(weeklyPayCsv),
    exportRestCsv: () => read(restCsv),
  };
}

/** A deep copy of plain JSON data, so a caller in the same process cannot edit the store. */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
