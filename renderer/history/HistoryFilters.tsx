import type { Customer } from "../../shared/app/settings/settings";
import type { WeekRef } from "../../shared/app/reports/report-views";
import { formatDayRange } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

export interface Filters {
  text: string;
  /** A week's start as a string, "" for all. */
  week: string;
  customerId: string;
  priority: "" | "1" | "2" | "3";
}

export function HistoryFilters(props: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  weeks: readonly WeekRef[];
  customers: readonly Customer[];
}) {
  const { t, language, timeZone } = useI18n();
  const { filters } = props;
  const set = (patch: Partial<Filters>) => props.onChange({ ...filters, ...patch });
  return (
    <div className="card filters" role="search">
      <div className="field grow">
        <label htmlFor="history-search">{t("history.search")}</label>
        <input
          id="history-search"
          type="search"
          value={filters.text}
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="history-week">{t("history.week")}</label>
        <select
          id="history-week"
          value={filters.week}
          onChange={(event) => set({ week: event.target.value })}
        >
          <option value="">{t("history.all")}</option>
          {props.weeks.map(({ week, reported, changed }) => (
            <option key={week.start} value={String(week.start)}>
              {`${week.label} · ${formatDayRange(week.start, week.end, timeZone, language)}`}
              {reported ? ` · ${t("report.reported")}` : ""}
              {changed ? ` (${t("reported.changedShort")})` : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="history-customer">{t("history.customer")}</label>
        <select
          id="history-customer"
          value={filters.customerId}
          onChange={(event) => set({ customerId: event.target.value })}
        >
          <option value="">{t("history.all")}</option>
          {props.customers.map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="history-priority">{t("history.priority")}</label>
        <select
          id="history-priority"
          value={filters.priority}
          onChange={(event) => set({ priority: event.target.value as Filters["priority"] })}
        >
          <option value="">{t("history.all")}</option>
          <option value="1">P1</option>
          <option value="2">P2</option>
          <option value="3">P3</option>
        </select>
      </div>
    </div>
  );
}
