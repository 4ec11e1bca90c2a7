import type { AppSettings } from "../../shared/app/settings/settings";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { CheckboxField, NumberField, TextField } from "../ui/fields";
import type { UpdateDraft } from "./draft";

type Rest = AppSettings["rest"];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The rest rule (Arbetstidslagen §§ 13–14): regular hours, the minimums, where it shows. */
export function RestSettings(props: { draft: AppSettings; update: UpdateDraft }) {
  const { t } = useI18n();
  const rest = props.draft.rest;
  const set = (change: Partial<Rest>) =>
    props.update((d) => ({ ...d, rest: { ...d.rest, ...change } }));
  const setRegular = (change: Partial<Rest["regular"]>) =>
    set({ regular: { ...rest.regular, ...change } });
  return (
    <section className="card" aria-labelledby="settings-rest">
      <h2 id="settings-rest">{t("settings.rest")}</h2>
      <p className="muted">{t("settings.restIntro")}</p>
      <div className="field-grid">
        <fieldset className="field wide weekdays" id="setting-rest-regular-days">
          <legend>{t("settings.restDays")}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} className="check">
              <input
                type="checkbox"
                checked={rest.regular.days.includes(day)}
                onChange={(event) => {
                  const days = event.target.checked
                    ? [...rest.regular.days, day].sort((a, b) => a - b)
                    : rest.regular.days.filter((d) => d !== day);
                  setRegular({ days });
                }}
              />
              {t(`weekday${day}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <TextField
          path="rest.regular.start"
          label={t("settings.restStart")}
          value={rest.regular.start}
          onChange={(start) => setRegular({ start })}
        />
        <TextField
          path="rest.regular.end"
          label={t("settings.restEnd")}
          value={rest.regular.end}
          onChange={(end) => setRegular({ end })}
        />
        <TextField
          path="rest.periodStart"
          label={t("settings.restPeriodStart")}
          value={rest.periodStart}
          onChange={(periodStart) => set({ periodStart })}
        />
        <NumberField
          path="rest.dailyRestHours"
          label={t("settings.restDaily")}
          value={rest.dailyRestHours}
          onChange={(dailyRestHours) => set({ dailyRestHours })}
        />
        <NumberField
          path="rest.weeklyRestHours"
          label={t("settings.restWeekly")}
          value={rest.weeklyRestHours}
          onChange={(weeklyRestHours) => set({ weeklyRestHours })}
        />
        <CheckboxField
          path="rest.showOnNow"
          label={t("settings.restShowOnNow")}
          checked={rest.showOnNow}
          onChange={(showOnNow) => set({ showOnNow })}
        />
        <CheckboxField
          path="rest.notify"
          label={t("settings.restNotify")}
          checked={rest.notify}
          onChange={(notify) => set({ notify })}
        />
        <CheckboxField
          path="rest.inReport"
          label={t("settings.restInReport")}
          checked={rest.inReport}
          onChange={(inReport) => set({ inReport })}
        />
      </div>
    </section>
  );
}
