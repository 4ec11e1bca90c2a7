import { useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { fieldId } from "../ui/fields";
import { SETTINGS_SECTIONS, isSection, sectionLabels } from "../ui/settings-sections";
import type { SettingsSection } from "../ui/settings-sections";

/** The settings' own navigation: one section at a time instead of one long page. */
export function SettingsNav(props: {
  current: SettingsSection;
  onChoose: (section: SettingsSection) => void;
}) {
  const { t } = useI18n();
  return (
    <nav className="settings-nav" aria-label={t("record.settingsSections")}>
      <ul>
        {SETTINGS_SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              aria-current={section === props.current ? "true" : undefined}
              aria-controls="settings-section"
              onClick={() => props.onChoose(section)}
            >
              {t(sectionLabels[section])}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The section shown: the one the route names (a hint's link), else General; the route's
 * field gets the focus once its section is shown.
 */
export function useSectionFocus(
  routeSection: string | undefined,
  routeField: string | undefined,
): [SettingsSection, (section: SettingsSection) => void] {
  const [section, setSection] = useState<SettingsSection>(
    isSection(routeSection) ? routeSection : "general",
  );
  const [lastRoute, setLastRoute] = useState(routeSection);
  // A new link while Settings is open switches the section (remembered during render).
  if (routeSection !== lastRoute) {
    setLastRoute(routeSection);
    if (isSection(routeSection)) setSection(routeSection);
  }
  useEffect(() => {
    if (!routeField) return;
    // After the window's own effects (a new view scrolls to its top), so the field stays in sight.
    const handle = window.setTimeout(() => {
      const field = document.getElementById(fieldId(routeField));
      field?.focus();
      field?.scrollIntoView?.({ block: "center" });
    }, 0);
    return () => window.clearTimeout(handle);
  }, [routeSection, routeField]);
  return [section, setSection];
}
