import { useState } from "react";
import type { AppSettings, Customer } from "../../shared/app/settings/settings";
import { useApi } from "../api/api-context";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { useI18n } from "../i18n/i18n";
import { newId } from "../ui/new-id";
import { TextField } from "../ui/fields";
import type { UpdateDraft } from "./draft";

const URL_FIELDS = ["siteUrl", "newRelicUrl", "elmahUrl"] as const;

/** The customers an incident can be for, with their site, New Relic and ELMAH links. */
export function CustomersSettings(props: { draft: AppSettings; update: UpdateDraft }) {
  const { t } = useI18n();
  const { api } = useApi();
  const { customers } = props.draft;
  // The customer being removed, and how many incidents name it (asked before removing).
  const [asking, setAsking] = useState<{ customer: Customer; name: string; used: number } | null>(
    null,
  );
  const askRemove = async (customer: Customer, name: string) => {
    const used = await api
      .listIncidents({ customerId: customer.id })
      .then((list) => list.length)
      .catch(() => 0);
    setAsking({ customer, name, used });
  };
  const remove = (id: string) =>
    props.update((d) => ({ ...d, customers: d.customers.filter((c) => c.id !== id) }));
  const setCustomer = (index: number, change: Partial<Customer>) =>
    props.update((d) => ({
      ...d,
      customers: d.customers.map((c, i) => (i === index ? { ...c, ...change } : c)),
    }));
  const labels = {
    siteUrl: t("settings.siteUrl"),
    newRelicUrl: t("settings.newRelicUrl"),
    elmahUrl: t("settings.elmahUrl"),
  };
  return (
    <section className="card" aria-labelledby="settings-customers">
      <h2 id="settings-customers">{t("settings.customers")}</h2>
      {customers.map((customer, index) => {
        const who = t("settings.customerN", { n: index + 1 });
        return (
          <fieldset key={customer.id} className="sub-card">
            <legend>{customer.name || who}</legend>
            <div className="field-grid">
              <TextField
                path={`customers.${index}.name`}
                label={`${who}: ${t("settings.customerName")}`}
                value={customer.name}
                onChange={(name) => setCustomer(index, { name })}
              />
              {URL_FIELDS.map((field) => (
                <TextField
                  key={field}
                  type="url"
                  path={`customers.${index}.${field}`}
                  label={`${who}: ${labels[field]}`}
                  value={customer[field]}
                  placeholder="https://"
                  onChange={(value) => setCustomer(index, { [field]: value })}
                />
              ))}
            </div>
            <button
              type="button"
              className="remove"
              onClick={() => void askRemove(customer, customer.name || who)}
            >
              {t("settings.removeCustomer", { name: customer.name || who })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() =>
          props.update((d) => ({
            ...d,
            customers: [
              ...d.customers,
              {
                id: newId("customer", d.customers),
                name: "",
                siteUrl: "",
                newRelicUrl: "",
                elmahUrl: "",
              },
            ],
          }))
        }
      >
        {t("settings.addCustomer")}
      </button>
      {asking && (
        <ConfirmDialog
          title={t("customers.confirmTitle", { name: asking.name })}
          onCancel={() => setAsking(null)}
          actions={[
            {
              label: t("customers.remove"),
              kind: "danger",
              onClick: () => {
                remove(asking.customer.id);
                setAsking(null);
              },
            },
          ]}
        >
          <p>
            {asking.used > 1
              ? t("customers.usedBy", { count: asking.used })
              : asking.used === 1
                ? t("customers.usedByOne")
                : t("customers.usedByNone")}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
