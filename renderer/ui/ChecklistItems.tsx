import type { ChecklistItemView } from "../../shared/app/incidents/incident-views";
import { useI18n } from "../i18n/i18n";
import type { Translate } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { LinkButton } from "./LinkButton";
import { MissingSettings } from "./MissingSettings";

/** A checklist: each step a checkbox, with its quick link when it has one. */
export function ChecklistItems(props: {
  items: readonly ChecklistItemView[];
  idPrefix: string;
  onToggle: (itemId: string, done: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <ol className="checklist">
      {props.items.map((item) => {
        const id = `${props.idPrefix}-${item.id}`;
        // Information (the next handover) is read, not ticked off: a plain row.
        if (item.info) {
          return (
            <li key={item.id} className="info-row">
              <span className="info-mark" aria-hidden="true">
                ℹ
              </span>
              <span>{item.text}</span>
              {item.url !== null && <LinkButton url={item.url} name={linkName(item)} />}
            </li>
          );
        }
        return (
          <li key={item.id} className={item.done ? "done" : undefined}>
            <input
              type="checkbox"
              id={id}
              checked={item.done}
              onChange={(event) => props.onToggle(item.id, event.target.checked)}
            />
            <label htmlFor={id}>{item.text}</label>
            {item.url !== null && <LinkButton url={item.url} name={linkName(item)} />}
            {item.url === null && item.missingSettings.length > 0 && (
              <MissingSettings paths={item.missingSettings} />
            )}
            {item.url === null && item.missingSettings.length === 0 && item.missing.length > 0 && (
              <span className="muted small missing-link">
                {t("link.missing", {
                  what: item.missing.map((name) => placeholderName(name, t)).join(", "),
                })}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A short name for a step's link: its host ("newrelic.com"), else the step's text. */
function linkName(item: ChecklistItemView): string {
  if (item.url) {
    try {
      return new URL(item.url).hostname.replace(/^www\./, "");
    } catch {
      /* fall through to the text */
    }
  }
  return item.text;
}

const placeholderKeys: Record<string, MessageKey> = {
  callLink: "settings.callLink",
  newRelicUrl: "settings.newRelicUrl",
  elmahUrl: "settings.elmahUrl",
  siteUrl: "settings.siteUrl",
  jiraCreateUrl: "settings.jira",
  callForwardingPortal: "settings.callForwardingPortal",
};

/** A template placeholder ("elmahUrl") as the setting the user fills in. */
function placeholderName(name: string, t: Translate): string {
  const key = placeholderKeys[name];
  return key ? t(key) : name;
}
