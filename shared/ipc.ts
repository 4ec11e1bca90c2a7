import * as v from "valibot";
import type { JourMethod } from "./app/api";
import { inJourWords } from "./app/texts/issue-words";
import { codeOfIssue, codeOfProblem } from "./app/texts/error-codes";
import type { ErrorCode, ErrorParams } from "./app/texts/error-codes";
import {
  InputError,
  MAX_FIELD_LENGTH,
  clip,
  clipMessage,
  fieldOfIssue,
  firstIssue,
} from "./app/texts/errors";
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
} from "./app/incidents/incident-inputs";
import { holidaysSchema } from "./app/settings/holidays-input";
import {
  importDataSchema,
  previewImportSchema,
  restoreCopySchema,
  trashCopySchema,
} from "./app/data/data-inputs";
import { markWeeksReportedSchema, weeksSchema } from "./app/reports/report-inputs";
import {
  setOnDutySchema,
  weekAtSchema,
  weekChecklistItemSchema,
  weekOfSchema,
} from "./app/weeks/week-inputs";
import { settingsPatchSchema } from "./app/settings/settings";
import { appSettingsSchema } from "./app/settings/settings";
import { idleQuestionViewSchema, resolveIdleSchema } from "./app/alerts/idle-view";
import { heldIcsSchema, heldYearSchema, setRotationSchema } from "./app/weeks/held-inputs";
import { heldYearViewSchema, rotationViewSchema } from "./app/weeks/held-views";
import { copyTextSchema, openExternalSchema } from "./shell-api";
import { aboutMethods, aboutViewSchema, reportErrorSchema, updateViewSchema } from "./about-api";
import type { ContractMethod, ShellMethod, WindowApi } from "./shell-api";
import { holidayViewSchema } from "./app/settings/holiday-view";
import { restoreBackupSchema } from "./app/data/backup-inputs";
import { backupsViewSchema } from "./app/data/backup-views";
import { importPreviewSchema, importResultSchema, keptCopySchema } from "./app/data/data-views";
import {
  incidentChecklistSchema,
  incidentViewSchema,
  timerViewSchema,
  toggleResultSchema,
} from "./app/incidents/incident-views";
import { reportViewSchema, weekRefSchema } from "./app/reports/report-views";
import { statusViewSchema } from "./app/status/status-views";
import { weekViewSchema } from "./app/weeks/week-views";

/**
 * The renderer↔main contract: one channel per WindowApi method ("jour:<method>"), that is
 * every JourApi method and the shell actions of ShellApi (links, clipboard, About), each
 * with a runtime schema for its one argument and for its result. Nothing crosses outside this list. The
 * transport (electron/) checks the sender, then calls `dispatch`; the preload exposes one
 * function per entry and checks results with `validateResult`.
 */

export type { ContractMethod, ShellMethod, WindowApi } from "./shell-api";

/** The argument a method takes over IPC (undefined for methods without one). */
export type ArgOf<M extends ContractMethod> =
  Parameters<WindowApi[M]> extends [] ? undefined : Parameters<WindowApi[M]>[0];
export type ResultOf<M extends ContractMethod> = Awaited<ReturnType<WindowApi[M]>>;

export interface ChannelSchemas<A, R> {
  arg: v.GenericSchema<unknown, A>;
  result: v.GenericSchema<unknown, R>;
}

const none = v.undefined();
const nothing = v.undefined();

export const jourContract = {
  getStatus: { arg: none, result: statusViewSchema },

  listIncidents: { arg: listIncidentsSchema, result: v.array(incidentViewSchema) },
  getIncident: { arg: byIdSchema, result: incidentViewSchema },
  createIncident: { arg: createIncidentSchema, result: incidentViewSchema },
  updateIncident: { arg: updateIncidentSchema, result: incidentViewSchema },
  markResponded: { arg: markSchema, result: incidentViewSchema },
  markRollbackRequested: { arg: markSchema, result: incidentViewSchema },
  markRollbackStarted: { arg: markSchema, result: incidentViewSchema },
  markResolved: { arg: markSchema, result: incidentViewSchema },
  undoMilestone: { arg: undoMilestoneSchema, result: incidentViewSchema },
  deleteIncident: { arg: byIdSchema, result: nothing },
  addTimelineEntry: { arg: addTimelineEntrySchema, result: incidentViewSchema },
  updateTimelineEntry: { arg: updateTimelineEntrySchema, result: incidentViewSchema },
  deleteTimelineEntry: { arg: timelineEntryRefSchema, result: incidentViewSchema },

  startTimer: { arg: byIdSchema, result: timerViewSchema },
  stopTimer: { arg: none, result: v.null() },
  pauseTimer: { arg: none, result: timerViewSchema },
  resumeTimer: { arg: none, result: timerViewSchema },
  toggleTimer: { arg: none, result: toggleResultSchema },
  getIdleQuestion: { arg: none, result: v.nullable(idleQuestionViewSchema) },
  resolveIdle: { arg: resolveIdleSchema, result: v.nullable(timerViewSchema) },

  addInterval: { arg: addIntervalSchema, result: incidentViewSchema },
  updateInterval: { arg: updateIntervalSchema, result: incidentViewSchema },
  deleteInterval: { arg: intervalRefSchema, result: incidentViewSchema },

  getChecklist: { arg: checklistQuerySchema, result: incidentChecklistSchema },
  setChecklistStep: { arg: checklistStepSchema, result: incidentChecklistSchema },

  getWeek: { arg: weekAtSchema, result: weekViewSchema },
  setOnDuty: { arg: setOnDutySchema, result: weekViewSchema },
  dismissHeldQuestion: { arg: weekOfSchema, result: weekViewSchema },
  setWeekChecklistItem: { arg: weekChecklistItemSchema, result: weekViewSchema },

  getHeldWeeks: { arg: heldYearSchema, result: heldYearViewSchema },
  setRotation: { arg: setRotationSchema, result: v.nullable(rotationViewSchema) },
  exportHeldWeeksIcs: { arg: heldIcsSchema, result: v.string() },

  listWeeks: { arg: none, result: v.array(weekRefSchema) },
  listUnreportedWeeks: { arg: none, result: v.array(weekRefSchema) },
  getReport: { arg: weeksSchema, result: reportViewSchema },
  markWeeksReported: { arg: markWeeksReportedSchema, result: v.array(weekRefSchema) },

  getSettings: { arg: none, result: appSettingsSchema },
  updateSettings: { arg: settingsPatchSchema, result: appSettingsSchema },
  getDefaultSettings: { arg: none, result: appSettingsSchema },
  getHolidays: { arg: holidaysSchema, result: v.array(holidayViewSchema) },

  exportData: { arg: none, result: v.string() },
  previewImport: { arg: previewImportSchema, result: importPreviewSchema },
  importData: { arg: importDataSchema, result: importResultSchema },
  listCopies: { arg: none, result: v.array(keptCopySchema) },
  restoreCopy: { arg: restoreCopySchema, result: importResultSchema },
  trashCopy: { arg: trashCopySchema, result: v.array(keptCopySchema) },
  listBackups: { arg: none, result: backupsViewSchema },
  restoreBackup: { arg: restoreBackupSchema, result: importResultSchema },
  chooseBackupFolder: { arg: none, result: backupsViewSchema },
  forgetBackupFolder: { arg: none, result: backupsViewSchema },
  exportIncidentsCsv: { arg: listIncidentsSchema, result: v.string() },
  exportWeeklyPayCsv: { arg: none, result: v.string() },
  exportRestCsv: { arg: none, result: v.string() },

  // The host's shell actions (ShellApi): nothing of the app's data changes.
  openExternal: { arg: openExternalSchema, result: nothing },
  copyText: { arg: copyTextSchema, result: nothing },
  // Settings → About (AboutApi): the host's version, log folder and updates.
  getAbout: { arg: none, result: aboutViewSchema },
  openLogFolder: { arg: none, result: nothing },
  checkForUpdates: { arg: none, result: updateViewSchema },
  reportError: { arg: reportErrorSchema, result: nothing },
} as const satisfies { [M in ContractMethod]: ChannelSchemas<ArgOf<M>, ResultOf<M>> };

// Every method has a channel, and every channel a method (the `satisfies` above checks
// the types of each; this checks that no method is missing).
type MissingChannels = Exclude<ContractMethod, keyof typeof jourContract>;
const noMissingChannels: [MissingChannels] extends [never] ? true : never = true;
void noMissingChannels;

/** Every method of the contract, app core and shell actions alike: one channel each. */
export const jourMethods = Object.keys(jourContract) as ContractMethod[];

const shellMethodSet: ReadonlySet<string> = new Set<ShellMethod>([
  "openExternal",
  "copyText",
  ...aboutMethods,
]);

/**
 * The one event channel from main to the window: a ChangeEvent (shared/app/status/change-events.ts)
 * after every change of the data and whenever time changed what the status shows. The
 * preload checks it against `changeEventSchema` and hands it to `window.jourEvents`
 * subscribers (never ipcRenderer itself).
 */
export const CHANGED_CHANNEL = "jour:changed";
export { changeEventSchema } from "./app/status/change-events";
export type { ChangeEvent, ChangeEvents } from "./app/status/change-events";

/** The IPC channel name of a method. */
export function channelOf(method: ContractMethod): `jour:${ContractMethod}` {
  return `jour:${method}`;
}

export function isContractMethod(name: unknown): name is ContractMethod {
  return typeof name === "string" && Object.hasOwn(jourContract, name);
}

/** A shell action (ShellApi) rather than a call of the app core (JourApi). */
export function isShellMethod(method: ContractMethod): method is ShellMethod {
  return shellMethodSet.has(method);
}

/** A call of the app core (it may have changed the app's data). */
export function isAppMethod(method: ContractMethod): method is JourMethod {
  return !isShellMethod(method);
}

export type IpcResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** "field: problem" (English, for logs and as the fallback). */
      error: string;
      field: string;
      /** What is wrong, for the window to word in its language. */
      code?: ErrorCode;
      params?: ErrorParams;
    };

// The `satisfies` on jourContract checks each entry; indexing by a generic key loses that.
function schemasOf<M extends ContractMethod>(method: M): ChannelSchemas<ArgOf<M>, ResultOf<M>> {
  return jourContract[method] as unknown as ChannelSchemas<ArgOf<M>, ResultOf<M>>;
}

function check<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, prefix: string): IpcResult<T> {
  const result = v.safeParse(schema, raw, inJourWords);
  if (result.success) return { ok: true, value: result.output };
  const issue = firstIssue(result.issues);
  const field = clip(fieldOfIssue(issue, prefix), MAX_FIELD_LENGTH);
  return {
    ok: false,
    error: clipMessage(`${field}: ${issue.message}`),
    field,
    ...codeOfIssue(issue),
  };
}

/** Checks a method's argument; the error names the field by its path ("weeks.2"). */
export function validateArg<M extends ContractMethod>(
  method: M,
  raw: unknown,
): IpcResult<ArgOf<M>> {
  return check(schemasOf(method).arg, raw, "");
}

/** Checks a method's result (the renderer never trusts one by casting). */
export function validateResult<M extends ContractMethod>(
  method: M,
  raw: unknown,
): IpcResult<ResultOf<M>> {
  return check(schemasOf(method).result, raw, "result");
}

/**
 * Runs one IPC call against the app and the host's shell actions: checks the argument, calls
 * the method, and turns bad input (an InputError, the rules' RangeError) into `{ ok: false }`.
 * Any other error is a bug and is rethrown for the shell to log.
 */
export async function dispatch(
  api: WindowApi,
  method: ContractMethod,
  raw: unknown,
): Promise<IpcResult<unknown>> {
  const arg = validateArg(method, raw);
  if (!arg.ok) return arg;
  try {
    const call = api[method] as (arg: unknown) => Promise<unknown>;
    return { ok: true, value: await call.call(api, arg.value) };
  } catch (error) {
    if (error instanceof InputError) {
      const { message, field, code, params } = error;
      return { ok: false, error: message, field, code, params };
    }
    if (error instanceof RangeError) {
      const field = clip(error.message.split(":", 1)[0] ?? "", MAX_FIELD_LENGTH);
      const problem = error.message.slice((error.message.split(":", 1)[0] ?? "").length + 2);
      return { ok: false, error: clipMessage(error.message), field, ...codeOfProblem(problem) };
    }
    throw error;
  }
}
