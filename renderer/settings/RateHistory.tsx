import { useState } from "react";
import type { RateEntry } from "../../shared/app/settings/rate-history";
import type { AppSettings } from "../../shared/app/settings/settings";
import { useLoad } from "../api/api-context";
import type { WindowApi } from "../../shared/shell-api";
import { formatSek } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { NumberField } from "../ui/fields";
import { ratesText, supplementPercent } from "../ui/rates-text";
import type { UpdateDraft } from "./draft";

/** A week to choose for a change: its handover, "v. 2", its ISO year and "4–10 jan". */
interface WeekChoice {
  start: number;
  label: string;
  isoYear: number;
  range: string;
}

/** The weeks of last year, this year and the next, and the week after the one in progress. */
async function weekChoices(api: WindowApi): Promise<{ next: number; weeks: WeekChoice[] }> {
  const status = await api.getStatus();
  const next = (await api.getWeek({ week: status.week.end })).week;
  const years = [next.isoYear - 1, next.isoYear, next.isoYear + 1];
  const views = await Promise.all(years.map((year) => api.getHeldWeeks({ year })));
  const weeks = views.flatMap((view) =>
    view.weeks.map((cell) => ({
      start: cell.week.start,
      label: cell.week.label,
      isoYear: cell.week.isoYear,
      range: cell.range,
    })),
  );
  return { next: next.start, weeks };
}

const byFrom = (a: RateEntry, b: RateEntry) => (a.from ?? -Infinity) - (b.from ?? -Infinity);

/**
 * The allowance, the storhelg supplement and the rates with the week each applies from
 * (DOMAIN §4 "Rates in force"): the list, a way to remove a row (never the last one), and a
 * change that asks from which week, the next by default. Past weeks keep their rates.
 */
export function RateHistory(props: { draft: AppSettings; update: UpdateDraft }) {
  const { t } = useI18n();
  const choices = useLoad(weekChoices, "rate-week-choices");
  const history = [...props.draft.rateHistory].sort(byFrom);
  const latest = history[history.length - 1];
  const [values, setValues] = useState(() => ({
    weeklySek: latest?.allowance.weeklySek ?? 0,
    percent: Math.round((latest?.allowance.storhelgSupplement ?? 0) * 10000) / 100,
    rates: { ...(latest?.rates ?? { 1: 0, 2: 0, 3: 0 }) },
  }));
  const [chosen, setChosen] = useState<number | null>(null);
  const [saved, setSaved] = useState<WeekChoice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const weeks = choices.data?.weeks ?? [];
  const from = chosen ?? choices.data?.next ?? null;
  const fromWeek = weeks.find((week) => week.start === from);
  const weekOf = (start: number | null): WeekChoice | undefined =>
    weeks.find((week) => week.start === start);

  const fromText = (entry: RateEntry): string => {
    if (entry.from === null) return t("rates.fromStart");
    const week = weekOf(entry.from);
    return week
      ? t("rates.fromWeek", { week: week.label, year: week.isoYear })
      : new Date(entry.from).toISOString().slice(0, 10);
  };
  /** The first field that is not an amount ≥ 0, in words ("Taxa 1 (kr/h): ange ett tal"). */
  const firstProblem = (): string | null => {
    const fields: [string, number][] = [
      [t("settings.weeklySek"), values.weeklySek],
      [t("settings.storhelgSupplement"), values.percent],
      ...([1, 2, 3] as const).map((n): [string, number] => [
        t("settings.rate", { n }),
        values.rates[n],
      ]),
    ];
    for (const [field, value] of fields) {
      if (!Number.isFinite(value))
        return t("error.field", { field, problem: t("settings.notANumber") });
      if (value < 0) return t("error.field", { field, problem: t("code.tooSmall", { min: 0 }) });
    }
    return null;
  };

  const add = () => {
    const found = firstProblem();
    setProblem(found);
    if (found || !fromWeek) {
      setSaved(null);
      return;
    }
    const entry: RateEntry = {
      from: fromWeek.start,
      allowance: { weeklySek: values.weeklySek, storhelgSupplement: values.percent / 100 },
      rates: { ...values.rates },
    };
    // A row of the same week is replaced: that week's rates are the new ones.
    props.update((d) => ({
      ...d,
      rateHistory: [...d.rateHistory.filter((e) => e.from !== entry.from), entry].sort(byFrom),
    }));
    setSaved(fromWeek);
  };
  const remove = (entry: RateEntry) =>
    props.update((d) => ({ ...d, rateHistory: d.rateHistory.filter((e) => e !== entry) }));

  return (
    <section className="card rate-history" aria-labelledby="settings-rates">
      <h2 id="settings-rates">{t("rates.title")}</h2>
      <p className="muted">{t("rates.intro")}</p>
      <h3 id="rates-history">{t("rates.history")}</h3>
      <ul className="plain rate-list" aria-labelledby="rates-history">
        {history.map((entry, i) => (
          <li key={String(entry.from)}>
            <span>
              <strong>{fromText(entry)}</strong>:{" "}
              {t("rates.entry", {
                rates: ratesText(entry.rates),
                allowance: formatSek(entry.allowance.weeklySek),
                percent: supplementPercent(entry.allowance),
              })}
              {i === 0 && entry.from !== null && (
                <span className="muted"> ({t("rates.alsoEarlier")})</span>
              )}
            </span>
            {history.length > 1 && (
              <button
                type="button"
                className="remove"
                aria-label={t("rates.removeName", { from: fromText(entry) })}
                onClick={() => remove(entry)}
              >
                {t("rates.remove")}
              </button>
            )}
          </li>
        ))}
      </ul>
      <h3>{t("rates.change")}</h3>
      <div className="field-grid">
        <NumberField
          path="rates.weeklySek"
          label={t("settings.weeklySek")}
          value={values.weeklySek}
          onChange={(weeklySek) => setValues((v) => ({ ...v, weeklySek }))}
        />
        <NumberField
          path="rates.storhelgSupplement"
          label={t("settings.storhelgSupplement")}
          value={values.percent}
          onChange={(percent) => setValues((v) => ({ ...v, percent }))}
        />
        {([1, 2, 3] as const).map((tariff) => (
          <NumberField
            key={tariff}
            path={`rates.rates.${tariff}`}
            label={t("settings.rate", { n: tariff })}
            value={values.rates[tariff]}
            onChange={(rate) => setValues((v) => ({ ...v, rates: { ...v.rates, [tariff]: rate } }))}
          />
        ))}
        <div className="field">
          <label htmlFor="rates-from">{t("rates.fromLabel")}</label>
          <select
            id="rates-from"
            value={from ?? ""}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {weeks.map((week) => (
              <option key={week.start} value={week.start}>
                {week.start === choices.data?.next
                  ? t("rates.nextWeek", { week: week.label, year: week.isoYear })
                  : t("rates.weekOption", {
                      week: week.label,
                      year: week.isoYear,
                      range: week.range,
                    })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="button" disabled={!fromWeek} onClick={add}>
          {t("rates.save", { week: fromWeek ? `${fromWeek.label} ${fromWeek.isoYear}` : "" })}
        </button>
        {problem && (
          <span role="alert" className="error">
            {problem}
          </span>
        )}
        {saved && !problem && (
          <span role="status" className="muted">
            {t("rates.saved", { week: saved.label, year: saved.isoYear })}
          </span>
        )}
      </div>
    </section>
  );
}
