import { hrefOf } from "../hooks/use-route";
import type { Route } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";

const items: { route: Route; label: MessageKey }[] = [
  { route: { view: "now" }, label: "nav.now" },
  { route: { view: "incident", id: null }, label: "nav.incident" },
  { route: { view: "report" }, label: "nav.report" },
  { route: { view: "weeks" }, label: "nav.weeks" },
  { route: { view: "history" }, label: "nav.history" },
  { route: { view: "settings" }, label: "nav.settings" },
];

/** The views; the incident item keeps pointing at the incident being looked at. */
export function Nav(props: { current: Route; lastIncidentId: string | null }) {
  const { t } = useI18n();
  return (
    <nav className="nav" aria-label={t("nav.label")}>
      <ul>
        {items.map(({ route, label }) => {
          const target: Route =
            route.view === "incident" ? { view: "incident", id: props.lastIncidentId } : route;
          const current = props.current.view === route.view;
          return (
            <li key={route.view}>
              <a href={hrefOf(target)} aria-current={current ? "page" : undefined}>
                {t(label)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
