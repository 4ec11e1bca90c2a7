import fs from "node:fs";
import * as electron from "electron";
import { afterAll, beforeAll, expect, vi } from "vitest";
import type { MenuTemplateItem } from "../../electron/tray/template";

/**
 * The composition root started once per test file against the mocked electron (each file
 * runs in its own module graph): a fresh data folder, `electron/main` imported, and the
 * first tray awaited; the data folder is removed afterwards.
 */
const { app, Tray } = electron;
export type FakeTray = InstanceType<typeof Tray>;
export const trays = (Tray as unknown as { instances: FakeTray[] }).instances;

export function startMainOnce(): void {
  beforeAll(async () => {
    fs.rmSync(app.getPath("userData"), { recursive: true, force: true });
    await import("../../electron/main");
    await vi.waitFor(() => expect(trays).toHaveLength(1), { timeout: 5000 });
  });
  afterAll(() => {
    fs.rmSync(app.getPath("userData"), { recursive: true, force: true });
  });
}

/** The items of the menu a tray was last given. */
const menuOf = (tray: FakeTray): MenuTemplateItem[] =>
  (
    vi.mocked(tray.setContextMenu).mock.calls.at(-1)?.[0] as unknown as {
      items: MenuTemplateItem[];
    }
  ).items;

export const menuItem = (tray: FakeTray, id: string): MenuTemplateItem | undefined =>
  menuOf(tray).find((entry) => entry.id === id);
