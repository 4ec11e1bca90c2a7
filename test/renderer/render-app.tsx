import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { createJourApp } from "../../shared/app/api";
import type { JourApp } from "../../shared/app/api";
import { emptyJourData } from "../../shared/app/data";
import type { DesktopNotification } from "../../shared/app/ports";
import type { AppSettings } from "../../shared/app/settings";
import { ApiProvider } from "../../renderer/api/api-context";
import type { WindowShell } from "../../renderer/api/window-shell";
import { I18nProvider } from "../../renderer/i18n/i18n";

export const MINUTE = 60_000;
/** Monday 24 November 2025, 21:40 in Stockholm (week 48). */
export const MONDAY_2140 = Date.UTC(2025, 10, 24, 20, 40);

export interface Rig {
  app: JourApp;
  shell: WindowShell & {
    openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
    copyText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
  };
  clock: { ms: number };
  notifications: DesktopNotification[];
}

/** The real app core in memory, a clock the test moves, and a shell that records. */
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
    openExternal: vi.fn(async (url: string) => void url),
    copyText: vi.fn(async (text: string) => void text),
  };
  return { app, shell, clock, notifications };
}

export function renderWith(rig: Rig, ui: ReactNode, language: "sv" | "en" = "sv") {
  return render(
    <ApiProvider api={rig.app} shell={rig.shell}>
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
