import { useEffect, useState } from "react";
import type { Customer } from "../../shared/app/settings/settings";
import type { IncidentView } from "../../shared/app/incidents/incident-views";
import { useAction } from "../api/api-context";
import { useAutosave } from "../hooks/use-autosave";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { parseFieldError } from "../ui/field-error";
import { AutosaveStatus } from "../ui/AutosaveStatus";
import { ErrorMessage } from "../ui/ErrorMessage";
import { incidentPatch, type IncidentDraft } from "./incident-draft";
import { PriorityPicker } from "./PriorityPicker";

type Priority = IncidentView["priority"];

/**
 * Customer, priority, summary and Jira key; saved as the user types (use-autosave). Notes
 * are the Timeline's.
 * `onDraft` hears what is on screen, so the quick links follow it before it is saved.
 */
export function IncidentForm(props: {
  incident: IncidentView;
  customers: readonly Customer[];
  onDraft?: (draft: IncidentDraft) => void;
}) {
  const { t, timeZone, language } = useI18n();
  const act = useAction();
  const { incident } = props;
  const [customerId, setCustomerId] = useState(incident.customerId ?? "");
  const [priority, setPriority] = useState<Priority>(incident.priority);
  const [summary, setSummary] = useState(incident.summary);
  const [jiraKey, setJiraKey] = useState(incident.jiraKey ?? "");
  const draft: IncidentDraft = { customerId, priority, summary, jiraKey };
  const autosave = useAutosave(draft, (value) =>
    act(async (api) => {
      const { patch, badJiraKey } = incidentPatch(incident.id, value);
      await api.updateIncident(patch);
      // The rest is saved; the key waits until it is a key (the field says why).
      if (badJiraKey) throw new Error(badJiraKey);
    }),
  );
  const error = autosave.error;
  const badField = error ? parseFieldError(error).field : "";
  const prefix = `incident-${incident.id}`;
  const { onDraft } = props;
  const draftText = JSON.stringify(draft);
  useEffect(() => {
    onDraft?.(JSON.parse(draftText) as IncidentDraft);
  }, [draftText, onDraft]);
  // A customer removed from the settings since: still this incident's, by its snapshot.
  const removedCustomer =
    incident.customerId !== null && !props.customers.some((c) => c.id === incident.customerId)
      ? incident.customerId
      : null;

  return (
    <form
      className="card form"
      aria-label={t("incident.title", {
        when: formatDateTime(incident.reportedAt, timeZone, language),
      })}
      onSubmit={(event) => {
        event.preventDefault();
        void autosave.flush();
      }}
    >
      <div className="field">
        <label htmlFor={`${prefix}-customer`}>{t("incident.customer")}</label>
        <select
          id={`${prefix}-customer`}
          value={customerId}
          onChange={(event) => setCustomerId(event.target.value)}
        >
          <option value="">{t("incident.noCustomer")}</option>
          {removedCustomer && (
            <option value={removedCustomer}>
              {`${incident.customerName ?? removedCustomer} ${t("customers.removed")}`}
            </option>
          )}
          {props.customers.map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.name}
            </option>
          ))}
        </select>
      </div>
      <PriorityPicker name={`${prefix}-priority`} value={priority} onChange={setPriority} />
      <div className="field">
        <label htmlFor={`${prefix}-summary`}>{t("incident.summary")}</label>
        <input
          id={`${prefix}-summary`}
          value={summary}
          maxLength={500}
          aria-invalid={badField === "summary"}
          onChange={(event) => setSummary(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-jira`}>{t("incident.jiraKey")}</label>
        <input
          id={`${prefix}-jira`}
          value={jiraKey}
          placeholder="WEB-123"
          autoComplete="off"
          aria-invalid={badField === "jiraKey"}
          onChange={(event) => setJiraKey(event.target.value)}
        />
      </div>
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="primary">
          {t("incident.save")}
        </button>
        <AutosaveStatus state={autosave.state} savedText={t("incident.saved")} />
      </div>
    </form>
  );
}
