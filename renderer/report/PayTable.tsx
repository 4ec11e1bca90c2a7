import type { PayView } from "../../shared/app/weeks/week-views";
import { formatHours, formatSek } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { inForceText } from "../ui/rates-text";

const TARIFFS = [1, 2, 3] as const;

/**
 * Reported hours and pay per tariff, the allowance and the total of one week, and under
 * them the rates it is paid with (its own: DOMAIN §4 "Rates in force").
 */
export function PayTable(props: {
  pay: PayView;
  caption: string;
  held?: boolean;
  /** "v. 52", and whether it is a storhelg week: for the line naming its rates. */
  week: { label: string; storhelg: boolean };
}) {
  const { t } = useI18n();
  const { pay } = props;
  return (
    <div className="pay">
      <table className="pay-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t("report.hours")}</th>
            <th scope="col">{t("report.pay")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("report.allowance")}</th>
            <td />
            {/* No allowance for a week not held (DOMAIN §4 "Whose week"): say why. */}
            <td>{props.held === false ? t("week.notHeld") : formatSek(pay.allowanceSek)}</td>
          </tr>
          {TARIFFS.map((tariff) => (
            <tr key={tariff}>
              <th scope="row">{t("report.tariff", { n: tariff })}</th>
              <td>{formatHours(pay.hours[tariff])}</td>
              <td>{formatSek(pay.tariffSek[tariff])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("report.total")}</th>
            <td>{formatHours(pay.hours[1] + pay.hours[2] + pay.hours[3])}</td>
            <td>{formatSek(pay.totalSek)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted rates-in-force">
        {inForceText(t, props.week.label, pay.inForce, props.week.storhelg)}
      </p>
    </div>
  );
}
