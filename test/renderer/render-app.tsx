import { fakeAbout } from "../shared/fake-about";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { createJourApp } from "../../shared/app/api";
import type { JourApp } from "../../shared/app/api";
import { emptyJourData } from "../../shared/app/data/document";
import type { DesktopNotification } from "../../shared/app/ports";
import type { AppSettings } from "../../shared/app/settings/settings";
import type { ShellApi, WindowApi } from "../../shared/shell-api";
import { ApiProvider } from "../../renderer/api/api-context";
import { I18nProvider } from "../../renderer/i18n/i18n";

export const MINUTE = 60_000;
/** Monday 24 November 2025, 21:40 in Stockholm (week 48). */
export const MONDAY_2140 = Date.UTC(2025, 10, 24, 20, 40);

export interface Rig {
  app: JourApp;
  /** What the window gets: the app core and the host's shell actions (by default `shell`). */
  api: WindowApi;
  shell: {
    openExternal: ReturnType<typeof vi.fn<ShellApi["openExternal"]>>;
    copyText: ReturnType<typeof vi.fn<ShellApi["copyText"]>>;
  };
  clock: { ms: number };
  notifications: DesktopNotification[];
}

/** The real app core in memory, a clock the test moves, and shell actions that record. */
export function makeRig(settings: Partial<AppSettings> = {}, now = MONDAY_2140): Rig {
  const clock = { ms: now };
  const notifications: DesktopNotification[] = [];
  const base = emptyJourData();
  const app = createJourApp({
    clock: { now: () => clock.ms },
    storage: { save: async () => undefined },
    notifier: { notify: (n) => notifications.push(n) },
    initial: { ...base, settings: { ...base.settings, ...settings } },
  });
  const shell = {
    openExternal: vi.fn<ShellApi["openExternal"]>(async () => undefined),
    copyText: vi.fn<ShellApi["copyText"]>(async () => undefined),
  };
  return { app, api: { ...app, ...shell, ...fakeAbout() }, shell, clock, notifications };
}

export function renderWith(rig: Rig, ui: ReactNode, language: "sv" | "en" = "sv") {
  return render(
    <ApiProvider api={rig.api} now={() => rig.clock.ms}>
      <I18nProvider language={language} timeZone="Europe/Stockholm">
        {ui}
      </I18nProvider>
    </ApiProvider>,
  );
}

/** Swedish formats use non-breaking spaces; tests compare with plain ones. */
export function plain(text: string | null | undefined): string {
  return (text ?? "").replace(/\u00a0/g, " ");
}
