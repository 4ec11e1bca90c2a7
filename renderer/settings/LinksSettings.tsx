import type { AppSettings, Links } from "../../shared/app/settings/settings";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { TextField } from "../ui/fields";
import type { UpdateDraft } from "./draft";

const LINKS: { key: keyof Links; label: MessageKey; url: boolean }[] = [
  { key: "callForwardingPortal", label: "settings.callForwardingPortal", url: true },
  { key: "callLink", label: "settings.callLink", url: true },
  { key: "newRelic", label: "settings.newRelic", url: true },
  { key: "jira", label: "settings.jira", url: true },
  { key: "jiraProjectId", label: "settings.jiraProjectId", url: false },
  { key: "jiraIssueTypeId", label: "settings.jiraIssueTypeId", url: false },
];

export function LinksSettings(props: { draft: AppSettings; update: UpdateDraft }) {
  const { t } = useI18n();
  const { links } = props.draft;
  return (
    <section className="card" aria-labelledby="settings-links">
      <h2 id="settings-links">{t("settings.links")}</h2>
      <div className="field-grid">
        {LINKS.map(({ key, label, url }) => (
          <TextField
            key={key}
            path={`links.${key}`}
            label={t(label)}
            value={links[key]}
            type={url ? "url" : "text"}
            placeholder={url ? "https://" : ""}
            onChange={(value) =>
              props.update((d) => ({ ...d, links: { ...d.links, [key]: value } }))
            }
          />
        ))}
      </div>
    </section>
  );
}
