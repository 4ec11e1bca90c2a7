import { Fragment } from "react";
import { hrefOf } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";
import { fieldLabel } from "./field-error";
import { sectionOfField } from "./settings-sections";

/**
 * "Saknas: Jira-projekt-id": exactly which settings a link lacks, each a link to its field
 * in Settings (its section opens and the field gets the focus). The incident's own customer
 * is chosen on the incident itself, so it is named without a link.
 */
export function MissingSettings(props: { paths: readonly string[] }) {
  const { t } = useI18n();
  if (props.paths.length === 0) return null;
  return (
    <span className="muted small missing-link">
      {t("link.missing", { what: "" }).trim()}{" "}
      {props.paths.map((path, index) => (
        <Fragment key={path}>
          {index > 0 && ", "}
          {path === "incident.customer" ? (
            t("record.missingCustomer")
          ) : (
            <a href={hrefOf({ view: "settings", section: sectionOfField(path), field: path })}>
              {fieldLabel(path, t)}
            </a>
          )}
        </Fragment>
      ))}
    </span>
  );
}
