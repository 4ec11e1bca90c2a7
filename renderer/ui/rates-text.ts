import type { PayView } from "../../shared/app/weeks/week-views";
import { formatAmount, formatSek } from "../i18n/format";
import type { Translate } from "../i18n/i18n";

type InForce = PayView["inForce"];

/** "290 / 400 / 600": the three tariffs' rates. */
export function ratesText(rates: InForce["rates"]): string {
  return [rates[1], rates[2], rates[3]].map(formatAmount).join(" / ");
}

/** "50": the storhelg supplement as a percentage. */
export function supplementPercent(allowance: InForce["allowance"]): string {
  return formatAmount(Math.round(allowance.storhelgSupplement * 10000) / 100);
}

/**
 * "Taxor v. 52: 290 / 400 / 600 kr/h, jourvecka 4 500 kr" (a storhelg week adds its
 * supplement): the rates a week was paid with, named under its pay.
 */
export function inForceText(t: Translate, week: string, inForce: InForce, storhelg: boolean) {
  const values = {
    week,
    rates: ratesText(inForce.rates),
    allowance: formatSek(inForce.allowance.weeklySek),
    percent: supplementPercent(inForce.allowance),
  };
  return t(storhelg ? "rates.inForceStorhelg" : "rates.inForce", values);
}
