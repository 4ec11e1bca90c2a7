import { useState } from "react";
import type { ListIncidentsInput } from "../../shared/app/incidents/incident-inputs";
import { useApi, useLoad } from "../api/api-context";
import { ErrorMessage } from "../ui/ErrorMessage";
import { HistoryFilters } from "./HistoryFilters";
import type { Filters } from "./HistoryFilters";
import { IncidentTable } from "./IncidentTable";
import { useI18n } from "../i18n/i18n";
import { downloadText } from "../ui/download";

/** All incidents: search, filters, and CSV exports. */
export function HistoryView() {
  const { t } = useI18n();
  const { api } = useApi();
  const [filters, setFilters] = useState<Filters>({
    text: "",
    week: "",
    customerId: "",
    priority: "",
  });
  const [error, setError] = useState<unknown>(null);
  const options = useLoad(async (jour) => {
    const [weeks, settings] = await Promise.all([jour.listWeeks(), jour.getSettings()]);
    return { weeks, customers: settings.customers };
  }, "history-options");
  const incidents = useLoad(
    (jour) => jour.listIncidents(toQuery(filters)),
    `history-${JSON.stringify(filters)}`,
  );

  const exports = {
    incidents: { file: "jour-incidents.csv", make: () => api.exportIncidentsCsv(toQuery(filters)) },
    pay: { file: "jour-pay.csv", make: () => api.exportWeeklyPayCsv() },
    rest: { file: "jour-rest.csv", make: () => api.exportRestCsv() },
  };
  const exportCsv = async (kind: keyof typeof exports) => {
    try {
      downloadText(exports[kind].file, await exports[kind].make(), "text/csv;charset=utf-8");
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className="stack">
      <h1>{t("history.title")}</h1>
      <HistoryFilters
        filters={filters}
        onChange={setFilters}
        weeks={options.data?.weeks ?? []}
        customers={options.data?.customers ?? []}
      />
      <div className="button-row wrap">
        <button type="button" onClick={() => void exportCsv("incidents")}>
          {t("history.exportIncidents")}
        </button>
        <button type="button" onClick={() => void exportCsv("pay")}>
          {t("history.exportPay")}
        </button>
        <button type="button" onClick={() => void exportCsv("rest")}>
          {t("history.exportRest")}
        </button>
      </div>
      <ErrorMessage error={error ?? incidents.error} />
      {incidents.data && <IncidentTable incidents={incidents.data} />}
    </div>
  );
}

function toQuery(filters: Filters): ListIncidentsInput {
  const query: NonNullable<ListIncidentsInput> = {};
  if (filters.text.trim()) query.text = filters.text.trim();
  if (filters.week) query.week = Number(filters.week);
  if (filters.customerId) query.customerId = filters.customerId;
  if (filters.priority) query.priority = Number(filters.priority) as 1 | 2 | 3;
  return query;
}
