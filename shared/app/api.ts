import type { AppSettings, SettingsPatch } from "./settings";
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
  /** A call came in: reportedAt = now, priority from the settings, and its timer starts. */
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
