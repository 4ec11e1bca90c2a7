import type { CustomerSnapshot } from "../../shared/app/data/document";
import { useI18n } from "../i18n/i18n";
import { LinkButton } from "../ui/LinkButton";

/** The chosen customer's site, New Relic and ELMAH (as on screen, or as it was when chosen). */
export function CustomerLinks(props: { customer: CustomerSnapshot }) {
  const { t } = useI18n();
  const { customer } = props;
  const links = [
    { name: `${customer.name}: ${t("incident.site")}`, url: customer.siteUrl },
    { name: `${customer.name}: ${t("incident.newRelic")}`, url: customer.newRelicUrl },
    { name: `${customer.name}: ${t("incident.elmah")}`, url: customer.elmahUrl },
  ];
  return (
    <section className="card" aria-labelledby="customer-links-title">
      <h2 id="customer-links-title">{t("incident.customerLinks")}</h2>
      <div className="button-row wrap">
        {links.map((link) => (
          <LinkButton key={link.name} name={link.name} url={link.url || null} />
        ))}
      </div>
    </section>
  );
}
