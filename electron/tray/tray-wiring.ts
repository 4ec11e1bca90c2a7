import type { JourApi } from "../../shared/app/api";
import type { Language } from "../../shared/app/texts/language";
import { timeSignature } from "../../shared/app/status/change-events";
import type { ChangeEvent } from "../../shared/ipc";
import { createCopiedWeeks } from "./copied-weeks";
import type { TrayState } from "./menu";
import { createTrayActions } from "./tray-actions";
import type { TrayActionDeps } from "./tray-actions";
import { createTrayController } from "./tray-controller";
import type { TrayControllerDeps } from "./tray-controller";
import { createTrayStateReader, timerAdvanced } from "./tray-state";
import { shellTexts } from "./texts";
import type { ShellTexts } from "./texts";

/** While a timer runs, the elapsed time in the tray counts in seconds. */
const RUNNING_TICK_MS = 1_000;

export interface TrayWiringDeps {
  api: JourApi;
  /** The language of the data as opened: the tray's words until the first read. */
  language: Language;
  /** Tells the window of what time alone changed, when a refresh sees it. */
  tellWindow: (event: ChangeEvent) => void;
  /** The alert ticker's beat (a running timer's seconds); the ticker starts after the tray. */
  beat: (onBeat: (() => void) | null, beatMs: number) => void;
  /** What the menu's actions need besides the app core. */
  actions: Omit<TrayActionDeps, "api" | "texts" | "changed" | "log" | "copied">;
  /** The Electron tray, its menu and icons. */
  controller: Omit<TrayControllerDeps, "perform">;
  log: (message: string) => void;
}

export interface WiredTray {
  /** Reads the state and shows it in the tray (one read after the other). */
  refresh(): Promise<void>;
  /** After anything that may have changed the state: read all of it again and show it. */
  changed(): void;
  /** The next read fetches everything again. */
  invalidate(): void;
  /** The shell's words, in the language last read. */
  texts(): ShellTexts;
  destroy(): void;
}

/**
 * The tray of the running app: its state read from the core and shown, counted on each
 * second while a timer runs, and its menu's actions.
 */
export function wireTray(deps: TrayWiringDeps): WiredTray {
  const { api, tellWindow, log } = deps;
  let texts: ShellTexts = shellTexts(deps.language);
  let lastSignature: string | null = null;
  const copied = createCopiedWeeks();
  const reader = createTrayStateReader(api, copied);
  // The last state read, and when (monotonic): the running timer's seconds are counted on
  // from it each second; the full status is read on the 5 s tick and on every change.
  let shown: { state: TrayState; at: number } | null = null;
  const tickShownTimer = () => {
    if (shown) trayController.show(timerAdvanced(shown.state, performance.now() - shown.at), texts);
  };
  let refreshing: Promise<void> = Promise.resolve();
  const refresh = (): Promise<void> => {
    refreshing = refreshing.then(async () => {
      try {
        const { state, language } = await reader.read();
        const signature = timeSignature(state.status);
        if (lastSignature !== null && signature !== lastSignature) tellWindow({ reason: "alerts" });
        lastSignature = signature;
        texts = shellTexts(language);
        trayController.show(state, texts);
        shown = { state, at: performance.now() };
        const running = state.status.timer?.status === "running";
        deps.beat(running ? tickShownTimer : null, RUNNING_TICK_MS);
      } catch (error) {
        log(`Tray refresh failed: ${String(error)}`);
      }
    });
    return refreshing;
  };
  const changed = () => {
    reader.invalidate();
    void refresh();
  };
  const perform = createTrayActions({
    api,
    ...deps.actions,
    texts: () => texts,
    changed,
    log,
    copied,
  });
  const trayController = createTrayController({
    ...deps.controller,
    perform: (action) => void perform(action),
  });
  return {
    refresh,
    changed,
    invalidate: () => reader.invalidate(),
    texts: () => texts,
    destroy: () => trayController.destroy(),
  };
}
