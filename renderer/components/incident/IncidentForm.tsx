import { useState } from "react";
import type { Customer } from "../../../shared/app/settings";
import type { IncidentView } from "../../../shared/app/views";
import { useAction } from "../../api/api-context";
import { useI18n } from "../../i18n/i18n";
import { parseFieldError } from "../../lib/field-error";
import { ErrorMessage } from "../ErrorMessage";
import { PriorityPicker } from "./PriorityPicker";

type Priority = IncidentView["priority"];

/** Customer, priority, summary and Jira key; saved together (notes: the Timeline). */
export function IncidentForm(props: { incident: IncidentView; customers: readonly Customer[] }) {
  const { t } = useI18n();
  const act = useAction();
  const { incident } = props;
  const [customerId, setCustomerId] = useState(incident.customerId ?? "");
  const [priority, setPriority] = useState<Priority>(incident.priority);
  const [summary, setSummary] = useState(incident.summary);
  const [jiraKey, setJiraKey] = useState(incident.jiraKey ?? "");
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const badField = error ? parseFieldError(error).field : "";
  const prefix = `incident-${incident.id}`;

  const save = async () => {
    const failure = await act((api) =>
      api.updateIncident({
        id: incident.id,
        priority,
        customerId: customerId === "" ? null : customerId,
        summary,
        jiraKey: jiraKey.trim() === "" ? null : jiraKey.trim(),
      }),
    );
    setError(failure);
    setSaved(!failure);
  };

  return (
    <form
      className="card form"
      aria-label={t("incident.title", { id: incident.id })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
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
        {saved && (
          <span role="status" className="muted">
            {t("incident.saved")}
          </span>
        )}
      </div>
    </form>
  );
}
