import type { PayView } from "../../shared/app/weeks/week-views";
import { formatHours, formatSek } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

const TARIFFS = [1, 2, 3] as const;

/** Reported hours and pay per tariff, the allowance and the total of one week. */
export function PayTable(props: { pay: PayView; caption: string; held?: boolean }) {
  const { t } = useI18n();
  const { pay } = props;
  return (
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
  );
}
