import { JIRA_KEY } from "../../shared/app/data/jira-key";
import type { UpdateIncidentInput } from "../../shared/app/incidents/incident-inputs";
import type { IncidentView } from "../../shared/app/incidents/incident-views";

/** What the incident form shows: saved as the user types, and what the quick links use. */
export interface IncidentDraft {
  customerId: string;
  priority: IncidentView["priority"];
  summary: string;
  jiraKey: string;
}

/**
 * The update for a draft. A Jira key that is not one yet ("WEB-" while typing) is left out
 * so that the other fields still save; `badJiraKey` is then the error to show on it.
 */
export function incidentPatch(
  id: string,
  draft: IncidentDraft,
): { patch: UpdateIncidentInput; badJiraKey: string | null } {
  const key = draft.jiraKey.trim();
  const keyOk = key === "" || JIRA_KEY.test(key);
  return {
    patch: {
      id,
      priority: draft.priority,
      customerId: draft.customerId === "" ? null : draft.customerId,
      summary: draft.summary,
      ...(keyOk ? { jiraKey: key === "" ? null : key } : {}),
    },
    badJiraKey: keyOk ? null : 'jiraKey: expected a Jira key like "WEB-123"',
  };
}

/** The draft's fields that the checklist's links are made from (getChecklist's `draft`). */
export function linkDraft(draft: IncidentDraft) {
  return {
    customerId: draft.customerId === "" ? null : draft.customerId,
    priority: draft.priority,
    summary: draft.summary,
  };
}
