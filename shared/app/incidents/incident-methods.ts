import type * as v from "valibot";
import type { DocumentAccess } from "../data/document-access";
import type { JourData } from "../data/document";
import { forgetAlertsOf } from "../data/fired-alerts";
import { parseInput } from "../texts/errors";
import { incidentChecklist } from "./checklist";
import {
  addIntervalSchema,
  addTimelineEntrySchema,
  byIdSchema,
  checklistQuerySchema,
  checklistStepSchema,
  intervalRefSchema,
  listIncidentsSchema,
  markSchema,
  timelineEntryRefSchema,
  undoMilestoneSchema,
  updateIncidentSchema,
  updateIntervalSchema,
  updateTimelineEntrySchema,
} from "./incident-inputs";
import type {
  AddIntervalInput,
  AddTimelineEntryInput,
  ChecklistQueryInput,
  ChecklistStepInput,
  CreateIncidentInput,
  IntervalRef,
  ListIncidentsInput,
  MarkInput,
  Milestone,
  TimelineEntryRef,
  UndoMilestoneInput,
  UpdateIncidentInput,
  UpdateIntervalInput,
  UpdateTimelineEntryInput,
} from "./incident-inputs";
import type { IncidentChecklist, IncidentView } from "./incident-views";
import { incidentView, listIncidents } from "./incident-display";
import {
  deleteIncident,
  findIncident,
  markMilestone,
  setChecklistStep,
  undoMilestone,
  updateIncident,
} from "./incidents";
import { incidentsCsv } from "./incidents-csv";
import { addInterval, deleteInterval, updateInterval } from "./intervals";
import { newCall } from "./new-call";
import { addTimelineEntry, deleteTimelineEntry, updateTimelineEntry } from "./timeline";
import { releaseTimer } from "./timer";

/** The incidents: the calls, their milestones, notes, work and runbook, and History's CSV. */
export interface IncidentMethods {
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

  // Work intervals edited by hand (end after start, not in the future; overlaps allowed).
  addInterval(input: AddIntervalInput): Promise<IncidentView>;
  updateInterval(input: UpdateIntervalInput): Promise<IncidentView>;
  deleteInterval(input: IntervalRef): Promise<IncidentView>;

  // The runbook checklist of an incident, links filled.
  getChecklist(input: ChecklistQueryInput): Promise<IncidentChecklist>;
  setChecklistStep(input: ChecklistStepInput): Promise<IncidentChecklist>;

  /** The incidents the History's filter shows (all without one), as CSV. */
  exportIncidentsCsv(filter?: ListIncidentsInput): Promise<string>;
}

export function incidentMethods({ read, change }: DocumentAccess): IncidentMethods {
  const incidentResult = (id: string) => (data: JourData, now: number) =>
    incidentView(data, findIncident(data, id), now);

  /** An edit of one incident: its argument checked, the change made, the incident's view back. */
  const edit =
    <S extends v.GenericSchema>(
      schema: S,
      idOf: (input: v.InferOutput<S>) => string,
      apply: (data: JourData, input: v.InferOutput<S>, now: number) => JourData,
    ) =>
    (raw: unknown) =>
      change((data, now) => {
        const input = parseInput(schema, raw);
        const next = apply(data, input, now);
        return { data: next, result: incidentResult(idOf(input))(next, now) };
      });
  const byId = (input: { id: string }) => input.id;
  const byIncidentId = (input: { incidentId: string }) => input.incidentId;

  const mark = (milestone: Milestone) => (raw: MarkInput) =>
    change((data, now) => {
      const input = parseInput(markSchema, raw);
      let next = markMilestone(data, input.id, milestone, input.at, now);
      // The fired alerts stay recorded: undoing "resolved" must not send them again. A
      // resolved incident plans none, and deleting it forgets them.
      if (milestone === "resolved") next = releaseTimer(next, input.id, now);
      return { data: next, result: incidentResult(input.id)(next, now) };
    });

  return {
    listIncidents: (filter) =>
      read((data, now) => listIncidents(data, parseInput(listIncidentsSchema, filter), now)),
    getIncident: (raw) =>
      read((data, now) => incidentResult(parseInput(byIdSchema, raw).id)(data, now)),
    createIncident: (raw) =>
      change((data, now) => {
        const created = newCall(data, now, raw);
        return { data: created.data, result: incidentResult(created.id)(created.data, now) };
      }),
    updateIncident: edit(updateIncidentSchema, byId, updateIncident),
    markResponded: mark("responded"),
    markRollbackRequested: mark("rollbackRequested"),
    markRollbackStarted: mark("rollbackStarted"),
    markResolved: mark("resolved"),
    undoMilestone: edit(undoMilestoneSchema, byId, (d, input) =>
      undoMilestone(d, input.id, input.milestone),
    ),
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

    addTimelineEntry: edit(
      addTimelineEntrySchema,
      byId,
      (d, input, now) => addTimelineEntry(d, input, now).data,
    ),
    updateTimelineEntry: edit(updateTimelineEntrySchema, byId, updateTimelineEntry),
    deleteTimelineEntry: edit(timelineEntryRefSchema, byId, deleteTimelineEntry),

    addInterval: edit(addIntervalSchema, byIncidentId, addInterval),
    updateInterval: edit(updateIntervalSchema, byIncidentId, updateInterval),
    deleteInterval: edit(intervalRefSchema, byIncidentId, deleteInterval),

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

    exportIncidentsCsv: (filter) =>
      read((data, now) => incidentsCsv(data, now, parseInput(listIncidentsSchema, filter))),
  };
}
