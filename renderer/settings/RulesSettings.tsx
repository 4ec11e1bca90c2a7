import type { AppSettings } from "../../shared/app/settings/settings";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { CheckboxField, NumberField, SelectField, TextField } from "../ui/fields";
import type { UpdateDraft } from "./draft";
import { RateHistory } from "./RateHistory";

type Rules = AppSettings["rules"];
type Weekday = Rules["weekStartsOn"];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DEFAULT_SLA = { p1Hours: 1, p2Hours: 3, p3HoursAfterOpening: 3, rollbackHours: 1 };

/** DOMAIN §6: the calendar, the week, pay, office hours and SLA; the rates have a history. */
export function RulesSettings(props: { draft: AppSettings; update: UpdateDraft }) {
  const { t } = useI18n();
  const rules = props.draft.rules;
  const sla = rules.sla ?? DEFAULT_SLA;
  const set = (change: Partial<Rules>) =>
    props.update((d) => ({ ...d, rules: { ...d.rules, ...change } }));
  const weekdayLabel = (day: Weekday) => t(`weekday${day}` as MessageKey);
  return (
    <>
      <section className="card" aria-labelledby="settings-rules">
        <h2 id="settings-rules">{t("settings.rules")}</h2>
        <div className="field-grid">
          <TextField
            path="rules.timeZone"
            label={t("settings.timeZone")}
            value={rules.timeZone}
            onChange={(timeZone) => set({ timeZone })}
          />
          <SelectField<Weekday>
            path="rules.weekStartsOn"
            label={t("settings.weekStartsOn")}
            value={rules.weekStartsOn}
            options={WEEKDAYS.map((day) => ({ value: day, label: weekdayLabel(day) }))}
            onChange={(weekStartsOn) => set({ weekStartsOn })}
          />
          <TextField
            path="rules.handoverTime"
            label={t("settings.handoverTime")}
            value={rules.handoverTime}
            onChange={(handoverTime) => set({ handoverTime })}
          />
          <SelectField<Rules["rounding"]>
            path="rules.rounding"
            label={t("settings.rounding")}
            value={rules.rounding}
            options={(["none", "quarter", "half", "hour"] as const).map((value) => ({
              value,
              label: t(`settings.rounding.${value}`),
            }))}
            onChange={(rounding) => set({ rounding })}
          />
          <CheckboxField
            path="rules.eveningsAsHolidays"
            label={t("settings.eveningsAsHolidays")}
            checked={rules.eveningsAsHolidays}
            onChange={(eveningsAsHolidays) => set({ eveningsAsHolidays })}
          />
          <TextField
            path="rules.office.open"
            label={t("settings.officeOpen")}
            value={rules.office.open}
            onChange={(open) => set({ office: { ...rules.office, open } })}
          />
          <TextField
            path="rules.office.close"
            label={t("settings.officeClose")}
            value={rules.office.close}
            onChange={(close) => set({ office: { ...rules.office, close } })}
          />
          <fieldset className="field wide weekdays" id="setting-rules-office-days">
            <legend>{t("settings.officeDays")}</legend>
            {WEEKDAYS.map((day) => (
              <label key={day} className="check">
                <input
                  type="checkbox"
                  checked={rules.office.days.includes(day)}
                  onChange={(event) => {
                    const days = event.target.checked
                      ? [...rules.office.days, day].sort((a, b) => a - b)
                      : rules.office.days.filter((d) => d !== day);
                    set({ office: { ...rules.office, days } });
                  }}
                />
                {weekdayLabel(day)}
              </label>
            ))}
          </fieldset>
          <NumberField
            path="rules.sla.p1Hours"
            label={t("settings.slaP1")}
            value={sla.p1Hours}
            onChange={(p1Hours) => set({ sla: { ...sla, p1Hours } })}
          />
          <NumberField
            path="rules.sla.p2Hours"
            label={t("settings.slaP2")}
            value={sla.p2Hours}
            onChange={(p2Hours) => set({ sla: { ...sla, p2Hours } })}
          />
          <NumberField
            path="rules.sla.p3HoursAfterOpening"
            label={t("settings.slaP3")}
            value={sla.p3HoursAfterOpening}
            onChange={(p3HoursAfterOpening) => set({ sla: { ...sla, p3HoursAfterOpening } })}
          />
          <NumberField
            path="rules.sla.rollbackHours"
            label={t("settings.slaRollback")}
            value={sla.rollbackHours}
            onChange={(rollbackHours) => set({ sla: { ...sla, rollbackHours } })}
          />
        </div>
      </section>
      <RateHistory draft={props.draft} update={props.update} />
    </>
  );
}
