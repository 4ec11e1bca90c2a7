import { useState } from "react";
import type { AppSettings, Customer, Links } from "../../shared/app/settings/settings";
import { SETTINGS_KEY } from "../api/load-keys";
import { useAction, useLoad } from "../api/api-context";
import { ErrorMessage } from "../ui/ErrorMessage";
import { navigate } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { explainError } from "../ui/field-error";
import { newId } from "../ui/new-id";
import { FieldProblemContext, TextField } from "../ui/fields";
import type { FieldProblem } from "../ui/fields";

type LinkKey = keyof Links;

/** The steps of the first run, each a few links (the customers come last). */
const STEPS: { title: MessageKey; help: MessageKey; links: LinkKey[] }[] = [
  { title: "record.setupPortal", help: "record.setupPortalHelp", links: ["callForwardingPortal"] },
  { title: "record.setupNewRelic", help: "record.setupNewRelicHelp", links: ["newRelic"] },
  {
    title: "record.setupJira",
    help: "record.setupJiraHelp",
    links: ["jira", "jiraProjectId", "jiraIssueTypeId"],
  },
  { title: "record.setupCall", help: "record.setupCallHelp", links: ["callLink"] },
];
const CUSTOMERS_STEP = STEPS.length;

const linkLabels: Record<LinkKey, MessageKey> = {
  callForwardingPortal: "settings.callForwardingPortal",
  newRelic: "settings.newRelic",
  jira: "settings.jira",
  jiraProjectId: "settings.jiraProjectId",
  jiraIssueTypeId: "settings.jiraIssueTypeId",
  callLink: "settings.callLink",
};

/**
 * The first run: a short, skippable setup of what the quick links need (Telenor's portal,
 * New Relic, Jira with its project and issue type ids, the call link) and the first
 * customers. Each step is saved as it is left; skipping or finishing marks it done, so it
 * is offered once.
 */
export function SetupView() {
  const { t } = useI18n();
  const settings = useLoad((api) => api.getSettings(), SETTINGS_KEY);
  if (!settings.data) {
    return settings.error ? <ErrorMessage error={settings.error} /> : <p>{t("loading")}</p>;
  }
  return <SetupSteps initial={settings.data} />;
}

function SetupSteps(props: { initial: AppSettings }) {
  const { t } = useI18n();
  const act = useAction();
  const [step, setStep] = useState(0);
  const [links, setLinks] = useState(props.initial.links);
  const [customers, setCustomers] = useState<Customer[]>(
    props.initial.customers.length > 0 ? props.initial.customers : [emptyCustomer([])],
  );
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [error, setError] = useState<unknown>(null);

  const save = async (patch: Partial<AppSettings>): Promise<boolean> => {
    const failure = await act((api) => api.updateSettings(patch));
    if (!failure) {
      setProblem(null);
      setError(null);
      return true;
    }
    const { field, text } = explainError(failure, t);
    if (field) setProblem({ field, message: text });
    else setError(failure);
    return false;
  };
  const done = () => navigate({ view: "now" });
  const skip = async () => {
    if (await save({ setupDone: true })) done();
  };
  const next = async () => {
    if (step < CUSTOMERS_STEP) {
      if (await save({ links })) setStep(step + 1);
      return;
    }
    const named = customers.filter((c) => c.name.trim() !== "");
    if (await save({ customers: named, setupDone: true })) done();
  };

  const current = STEPS[step];
  const title = current ? t(current.title) : t("record.setupCustomers");
  return (
    <FieldProblemContext.Provider value={problem}>
      <form
        className="card stack setup"
        aria-labelledby="setup-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void next();
        }}
      >
        <h1 id="setup-title">{t("record.setupTitle")}</h1>
        <ol className="setup-steps" aria-hidden="true">
          {[...STEPS, null].map((_, index) => (
            <li
              key={index}
              className={index < step ? "done" : index === step ? "current" : undefined}
            />
          ))}
        </ol>
        <h2>{t("record.setupStep", { n: step + 1, of: CUSTOMERS_STEP + 1, title })}</h2>
        <p className="muted">{t(current ? current.help : "record.setupCustomersHelp")}</p>
        {current ? (
          <div className="field-grid">
            {current.links.map((key) => (
              <TextField
                key={key}
                path={`links.${key}`}
                label={t(linkLabels[key])}
                value={links[key]}
                type={key.endsWith("Id") ? "text" : "url"}
                placeholder={key.endsWith("Id") ? "10000" : "https://"}
                onChange={(value) => setLinks((old) => ({ ...old, [key]: value }))}
              />
            ))}
          </div>
        ) : (
          <CustomerRows customers={customers} setCustomers={setCustomers} />
        )}
        <ErrorMessage error={error} />
        <div className="button-row">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t("record.setupBack")}
            </button>
          )}
          <button type="submit" className="primary">
            {step < CUSTOMERS_STEP ? t("record.setupNext") : t("record.setupFinish")}
          </button>
          <button type="button" className="quiet" onClick={() => void skip()}>
            {t("record.setupSkip")}
          </button>
        </div>
      </form>
    </FieldProblemContext.Provider>
  );
}

function emptyCustomer(existing: readonly Customer[]): Customer {
  return { id: newId("customer", existing), name: "", siteUrl: "", newRelicUrl: "", elmahUrl: "" };
}

function CustomerRows(props: {
  customers: Customer[];
  setCustomers: (change: (customers: Customer[]) => Customer[]) => void;
}) {
  const { t } = useI18n();
  const set = (index: number, change: Partial<Customer>) =>
    props.setCustomers((all) => all.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <>
      {props.customers.map((customer, index) => {
        const who = t("settings.customerN", { n: index + 1 });
        return (
          <fieldset key={customer.id} className="sub-card field-grid">
            <legend>{customer.name || who}</legend>
            <TextField
              path={`customers.${index}.name`}
              label={`${who}: ${t("settings.customerName")}`}
              value={customer.name}
              onChange={(name) => set(index, { name })}
            />
            <TextField
              path={`customers.${index}.siteUrl`}
              label={`${who}: ${t("settings.siteUrl")}`}
              type="url"
              placeholder="https://"
              value={customer.siteUrl}
              onChange={(siteUrl) => set(index, { siteUrl })}
            />
          </fieldset>
        );
      })}
      <div>
        <button
          type="button"
          onClick={() => props.setCustomers((all) => [...all, emptyCustomer(all)])}
        >
          {t("settings.addCustomer")}
        </button>
      </div>
    </>
  );
}
