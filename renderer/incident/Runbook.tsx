import type { ChecklistQueryInput } from "../../shared/app/incidents/incident-inputs";
import { useAction, useLoad } from "../api/api-context";
import { useI18n } from "../i18n/i18n";
import { ChecklistItems } from "../ui/ChecklistItems";
import { ErrorMessage } from "../ui/ErrorMessage";
import { LinkButton } from "../ui/LinkButton";

/**
 * The runbook (DOMAIN §1) for this incident, each step's quick link filled in from what
 * is on screen (`draft`, the form's values, saved or not).
 */
export function Runbook(props: { incidentId: string; draft?: ChecklistQueryInput["draft"] }) {
  const { t } = useI18n();
  const act = useAction();
  const { incidentId, draft } = props;
  const checklist = useLoad(
    (api) => api.getChecklist({ id: incidentId, ...(draft ? { draft } : {}) }),
    `runbook-${incidentId}-${JSON.stringify(draft ?? null)}`,
  );
  if (!checklist.data) return <ErrorMessage error={checklist.error} />;
  const { steps, jiraCreateUrl } = checklist.data;
  // A separate Jira button only when no step already links there.
  const jiraButton = jiraCreateUrl && !steps.some((step) => step.url === jiraCreateUrl);
  return (
    <section className="card" aria-labelledby="runbook-title">
      <h2 id="runbook-title">{t("incident.runbook")}</h2>
      <ChecklistItems
        items={steps}
        idPrefix={`runbook-${incidentId}`}
        onToggle={(stepId, done) =>
          void act((api) => api.setChecklistStep({ id: incidentId, stepId, done }))
        }
      />
      {jiraButton && (
        <div className="button-row">
          <LinkButton name={t("incident.jiraCreate")} url={jiraCreateUrl} />
        </div>
      )}
    </section>
  );
}
