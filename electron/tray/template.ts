import type { TrayAction, TrayMenuItem } from "./menu";

/** Electron's MenuItemConstructorOptions, as far as the tray uses them. */
export interface MenuTemplateItem {
  id: string;
  label?: string;
  type?: "separator" | "normal" | "submenu";
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

/** Turns the menu's actions into click handlers for `Menu.buildFromTemplate`. */
export function toMenuTemplate(
  items: readonly TrayMenuItem[],
  perform: (action: TrayAction) => void,
): MenuTemplateItem[] {
  return items.map(({ action, submenu, ...item }) => ({
    ...item,
    ...(action ? { click: () => perform(action) } : {}),
    ...(submenu ? { submenu: toMenuTemplate(submenu, perform) } : {}),
  }));
}
