import { isDeepStrictEqual } from "node:util";
import type { TrayLook } from "../../shared/app/status/status-views";
import { formatElapsed } from "./format";
import type { TrayAction, TrayMenuItem, TrayState } from "./menu";
import { buildTrayMenu } from "./menu";
import type { MenuTemplateItem } from "./template";
import { toMenuTemplate } from "./template";
import type { ShellTexts } from "./texts";

/** The parts of an Electron Tray the controller drives. */
export interface TrayLike {
  setImage(image: unknown): void;
  setToolTip(text: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: unknown): void;
  destroy(): void;
}

export interface TrayControllerDeps {
  createTray: (image: unknown) => TrayLike;
  buildFromTemplate: (template: MenuTemplateItem[]) => unknown;
  iconFor: (look: TrayLook) => unknown;
  platform: NodeJS.Platform;
  perform: (action: TrayAction) => void;
}

export interface TrayController {
  /** Shows a state: look, tooltip, title and (only when it changed) the whole menu. */
  show(state: TrayState, texts: ShellTexts): void;
  destroy(): void;
}

/** The tray icon and its menu, created on the first state shown. */
export function createTrayController(deps: TrayControllerDeps): TrayController {
  let tray: TrayLike | null = null;
  let look: TrayLook | null = null;
  let tooltip = "";
  let title = "";
  let shown: TrayMenuItem[] | null = null;
  let destroyed = false;

  return {
    show(state, texts) {
      // After destroy (at quit) a refresh still under way shows nothing: no new tray.
      if (destroyed) return;
      const { status } = state;
      if (!tray) {
        tray = deps.createTray(deps.iconFor(status.look));
        look = status.look;
      } else if (look !== status.look) {
        tray.setImage(deps.iconFor(status.look));
        look = status.look;
      }
      if (tooltip !== status.tooltip) {
        tray.setToolTip(status.tooltip);
        tooltip = status.tooltip;
      }
      if (deps.platform === "darwin") {
        // The elapsed time of a running incident beside the icon (PRODUCT §1).
        const next = status.timer ? formatElapsed(status.timer.elapsedMs) : "";
        if (next !== title) {
          tray.setTitle(next);
          title = next;
        }
      }
      const items = buildTrayMenu(state, texts);
      // Compared as values; parts kept from the last menu (the report submenu) are the same
      // objects and compare at once.
      if (!isDeepStrictEqual(items, shown)) {
        tray.setContextMenu(deps.buildFromTemplate(toMenuTemplate(items, deps.perform)));
        shown = items;
      }
    },
    destroy() {
      destroyed = true;
      tray?.destroy();
      tray = null;
    },
  };
}
