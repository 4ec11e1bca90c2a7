import { Suspense, lazy, useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import type { ChangeEvents } from "../shared/app/status/change-events";
import type { WindowApi } from "../shared/shell-api";
import { ApiProvider, useApi, useLoad } from "./api/api-context";
import { forwardWindowErrors, reportWindowError } from "./api/error-reports";
import { ViewErrorBoundary } from "./ui/ViewErrorBoundary";
import { SETTINGS_KEY } from "./api/load-keys";
import type { Preloaded } from "./api/preload";
import { Nav } from "./ui/Nav";
import { useRoute } from "./hooks/use-route";
import type { Route } from "./hooks/use-route";
import { I18nProvider, useI18n } from "./i18n/i18n";
import { NowView } from "./now/NowView";

// Now is in the window's first load; every other view loads its code when first shown, so
// the first render parses only what Now needs (the entry stays small).
const SetupView = lazy(() => import("./setup/SetupView").then((m) => ({ default: m.SetupView })));
const SettingsView = lazy(() =>
  import("./settings/SettingsView").then((m) => ({ default: m.SettingsView })),
);
const HistoryView = lazy(() =>
  import("./history/HistoryView").then((m) => ({ default: m.HistoryView })),
);
const IncidentView = lazy(() =>
  import("./incident/IncidentView").then((m) => ({ default: m.IncidentView })),
);
const ReportView = lazy(() =>
  import("./report/ReportView").then((m) => ({ default: m.ReportView })),
);
const WeeksView = lazy(() => import("./weeks/WeeksView").then((m) => ({ default: m.WeeksView })));

export function App(props: {
  api: WindowApi;
  preloaded?: Preloaded;
  events?: ChangeEvents;
  now?: () => number;
}) {
  // The window's uncaught errors go to the host's log (Settings → About → Open log folder).
  useEffect(() => forwardWindowErrors(props.api, window), [props.api]);
  return (
    <ApiProvider api={props.api} preloaded={props.preloaded} events={props.events} now={props.now}>
      <LocalizedApp />
    </ApiProvider>
  );
}

/** The language and time zone come from the settings, and follow their changes. */
function LocalizedApp() {
  const settings = useLoad((jour) => jour.getSettings(), SETTINGS_KEY);
  const { api } = useApi();
  const route = useRoute();
  const [lastIncidentId, setLastIncidentId] = useState<string | null>(null);
  const routeIncident = route.view === "incident" ? route.id : null;
  // Remembered during render (not in an effect), so the nav never lags a render behind.
  if (routeIncident && routeIncident !== lastIncidentId) setLastIncidentId(routeIncident);

  // A new view starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route.view]);

  // A button that led to another view is gone with its view: the keyboard goes on from the
  // new view's start instead of from wherever the removed button was.
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) {
      main.current?.focus({ preventScroll: true });
    }
  }, [route.view, routeIncident]);

  const language = settings.data?.language ?? "sv";
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <I18nProvider
      language={language}
      timeZone={settings.data?.rules.timeZone ?? "Europe/Stockholm"}
    >
      <div className="app">
        <header className="app-header">
          <span className="brand" aria-hidden="true">
            Jour
          </span>
          <Nav current={route} lastIncidentId={lastIncidentId} />
        </header>
        <main className="view" ref={main} tabIndex={-1}>
          <ViewErrorBoundary
            key={`${route.view}:${routeIncident ?? ""}`}
            onError={(error) => reportWindowError(api, "render", error)}
            fallback={(retry) => <WindowErrorNote retry={retry} />}
          >
            <CurrentView route={route} />
          </ViewErrorBoundary>
        </main>
      </div>
    </I18nProvider>
  );
}

function CurrentView(props: { route: Route }) {
  const { route } = props;
  switch (route.view) {
    case "now":
      return <NowView />;
    case "incident":
      return <Later view={<IncidentView id={route.id} />} />;
    case "report":
      return <Later view={<ReportView />} />;
    case "weeks":
      return <Later view={<WeeksView />} />;
    case "history":
      return <Later view={<HistoryView />} />;
    case "settings":
      return <Later view={<SettingsView section={route.section} field={route.field} />} />;
    case "setup":
      return <Later view={<SetupView />} />;
  }
}

/** What a view that failed to render shows instead (the error is in the log). */
function WindowErrorNote(props: { retry: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card stack" role="alert">
      <h1>{t("windowError.title")}</h1>
      <p>{t("windowError.body")}</p>
      <div className="button-row">
        <button type="button" onClick={props.retry}>
          {t("windowError.retry")}
        </button>
      </div>
    </section>
  );
}

/** A view whose code loads when first shown. */
function Later(props: { view: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<p>{t("loading")}</p>}>{props.view}</Suspense>;
}
